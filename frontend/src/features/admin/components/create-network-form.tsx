import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { ErrorMessage, Notice } from '@/components/ui/status';
import { isApiError } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { useCreateNetwork } from '../api/create-network';

const empty = { slug: '', name: '', country: 'NO', region: '', foundedOn: '', description: '', visibility: 'PUBLIC' as Schemas['Visibility'] };

export function CreateNetworkForm() {
  const { t } = useTranslation(['admin', 'common']);
  const [v, setV] = useState(empty);
  const create = useCreateNetwork();
  const fe = isApiError(create.error) ? create.error.fieldErrors : {};
  const set = (k: keyof typeof empty, value: string) => setV((x) => ({ ...x, [k]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { slug: v.slug, name: v.name, country: v.country, region: v.region || undefined, foundedOn: v.foundedOn || undefined, description: v.description || undefined, visibility: v.visibility },
      { onSuccess: () => setV(empty) },
    );
  };
  return (
    <form onSubmit={submit} className="grid-2">
      <TextField label={t('networks.name')} required value={v.name} onChange={(e) => set('name', e.target.value)} errors={fe.name} />
      <TextField label={t('networks.slug')} hint={t('networks.slugHint')} required pattern="[a-z0-9-]+" value={v.slug} onChange={(e) => set('slug', e.target.value)} errors={fe.slug} />
      <SelectField label={t('networks.country')} value={v.country} onChange={(e) => set('country', e.target.value)} errors={fe.country}>
        {(['NO', 'SE', 'DK', 'FI', 'IS'] as const).map((c) => (
          <option key={c} value={c}>
            {t(`common:countries.${c}`)}
          </option>
        ))}
      </SelectField>
      <TextField label={t('networks.region')} value={v.region} onChange={(e) => set('region', e.target.value)} errors={fe.region} />
      <TextField label={t('networks.foundedOn')} type="date" value={v.foundedOn} onChange={(e) => set('foundedOn', e.target.value)} errors={fe.foundedOn} />
      <SelectField label={t('networks.visibility')} value={v.visibility} onChange={(e) => set('visibility', e.target.value)} errors={fe.visibility}>
        <option value="PUBLIC">{t('networks.PUBLIC')}</option>
        <option value="MEMBERS_ONLY">{t('networks.MEMBERS_ONLY')}</option>
      </SelectField>
      <TextAreaField label={t('networks.description')} value={v.description} onChange={(e) => set('description', e.target.value)} errors={fe.description} />
      <div>
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {t('networks.create')}
        </Button>
      </div>
      {create.isError ? <ErrorMessage error={create.error} /> : null}
      {create.isSuccess ? <Notice tone="success">{t('saved')}</Notice> : null}
    </form>
  );
}
