import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { ErrorMessage, Notice } from '@/components/ui/status';
import { isApiError } from '@/lib/api-client';
import { useFormat } from '@/lib/format';
import { useUpdateSiteSettings, type SiteSettings } from '../api/site-settings';
import { JURISDICTIONS, type Jurisdiction } from './legal-text';

type Form = {
  operatorName: string;
  country: Jurisdiction | '';
  privacyContact: string;
  accessibilityContact: string;
  securityContact: string;
  /** yyyy-mm-dd from the date input; the expiry is the start of that day in UTC */
  securityTxtExpires: string;
};

const toForm = (s: SiteSettings): Form => ({
  operatorName: s.operatorName ?? '',
  country: s.country ?? '',
  privacyContact: s.privacyContact ?? '',
  accessibilityContact: s.accessibilityContact ?? '',
  securityContact: s.securityContact ?? '',
  securityTxtExpires: s.securityTxtExpires ? s.securityTxtExpires.slice(0, 10) : '',
});

const blankToNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** Administrators name the operator and the contacts the public pages and security.txt show. */
export function SiteSettingsForm({ settings, etag }: { settings: SiteSettings; etag: string | null }) {
  const { t } = useTranslation('site');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const update = useUpdateSiteSettings();
  const [form, setForm] = useState<Form>(() => toForm(settings));
  const fe = isApiError(update.error) ? update.error.fieldErrors : {};
  const set = (key: keyof Form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({
      etag,
      input: {
        operatorName: blankToNull(form.operatorName),
        country: form.country === '' ? null : form.country,
        privacyContact: blankToNull(form.privacyContact),
        accessibilityContact: blankToNull(form.accessibilityContact),
        securityContact: blankToNull(form.securityContact),
        // left out (not null) when empty: the contract declares it as an optional date-time
        securityTxtExpires: form.securityTxtExpires ? `${form.securityTxtExpires}T00:00:00Z` : undefined,
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <TextField label={t('settings.operatorName')} maxLength={200} value={form.operatorName} onChange={set('operatorName')} errors={fe.operatorName} />
      <SelectField label={t('settings.country')} value={form.country} onChange={set('country')} errors={fe.country}>
        <option value="">{t('settings.countryNone')}</option>
        {JURISDICTIONS.map((c) => (
          <option key={c} value={c}>
            {tc(`countries.${c}`)}
          </option>
        ))}
      </SelectField>
      <TextField label={t('settings.privacyContact')} hint={t('settings.contactHint')} maxLength={320} value={form.privacyContact} onChange={set('privacyContact')} errors={fe.privacyContact} />
      <TextField label={t('settings.accessibilityContact')} hint={t('settings.contactHint')} maxLength={320} value={form.accessibilityContact} onChange={set('accessibilityContact')} errors={fe.accessibilityContact} />
      <TextField label={t('settings.securityContact')} hint={t('settings.securityContactHint')} maxLength={320} value={form.securityContact} onChange={set('securityContact')} errors={fe.securityContact} />
      <TextField type="date" label={t('settings.securityTxtExpires')} hint={t('settings.securityTxtExpiresHint')} value={form.securityTxtExpires} onChange={set('securityTxtExpires')} errors={fe.securityTxtExpires} />
      <p className="muted">
        {settings.securityTxtExpiresEffective ? t('settings.currentExpiry', { date: format.date(settings.securityTxtExpiresEffective) }) : t('settings.notPublished')}
      </p>
      <Button type="submit" variant="primary" disabled={update.isPending}>
        {t('settings.save')}
      </Button>
      {update.isError ? <ErrorMessage error={update.error} /> : null}
      {update.isSuccess ? <Notice tone="success">{t('settings.saved')}</Notice> : null}
    </form>
  );
}
