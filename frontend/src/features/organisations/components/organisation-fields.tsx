import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '@/components/ui/field';
import type { FieldErrors } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { validateOrgNumber } from '../utils/org-number';

export type OrganisationDraft = {
  name: string;
  country: string;
  orgNumber: string;
  sector: Schemas['Sector'];
  municipality: string;
  employeeCount: string;
};

export const emptyOrganisation = (country = 'NO'): OrganisationDraft => ({
  name: '',
  country,
  orgNumber: '',
  sector: 'PRIVATE',
  municipality: '',
  employeeCount: '',
});

const COUNTRIES = ['NO', 'SE', 'DK', 'FI', 'IS'] as const;

/** Client-side check of the organisation number; returns an i18n key when it is wrong. */
export function orgNumberProblem(d: OrganisationDraft): 'format' | 'checksum' | null {
  if (d.orgNumber.trim() === '') return null;
  const result = validateOrgNumber(d.country, d.orgNumber);
  return result.status === 'invalid' ? result.reason : null;
}

export function toOrganisationInput(d: OrganisationDraft): Schemas['OrganisationInput'] {
  const result = d.orgNumber.trim() === '' ? null : validateOrgNumber(d.country, d.orgNumber);
  return {
    name: d.name.trim(),
    country: d.country,
    sector: d.sector,
    orgNumber: result && result.status !== 'invalid' ? result.normalised : d.orgNumber.trim() || undefined,
    municipality: d.municipality.trim() || undefined,
    employeeCount: d.employeeCount.trim() === '' ? undefined : Number.parseInt(d.employeeCount, 10),
  };
}

export function OrganisationFields({ value, onChange, errors, showOrgNumberCheck }: {
  value: OrganisationDraft;
  onChange: (v: OrganisationDraft) => void;
  errors: FieldErrors;
  /** Show the check-digit verdict only after the user left the field or submitted. */
  showOrgNumberCheck: boolean;
}) {
  const { t } = useTranslation(['networks', 'common']);
  const set = <K extends keyof OrganisationDraft>(k: K, v: OrganisationDraft[K]) => onChange({ ...value, [k]: v });
  const problem = showOrgNumberCheck ? orgNumberProblem(value) : null;
  const orgNumberErrors = [...(problem ? [t(`orgNumber.${problem}`, { country: t(`common:countries.${value.country}`, { defaultValue: value.country }) })] : []), ...(errors.orgNumber ?? [])];
  return (
    <fieldset>
      <legend>{t('addMember.organisation')}</legend>
      <TextField label={t('organisation.name')} required value={value.name} onChange={(e) => set('name', e.target.value)} errors={errors.name} autoComplete="organization" />
      <SelectField label={t('fields.country')} value={value.country} onChange={(e) => set('country', e.target.value)} errors={errors.country}>
        {COUNTRIES.map((c) => (
          <option key={c} value={c}>
            {t(`common:countries.${c}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('organisation.orgNumber')}
        hint={t('organisation.orgNumberHint')}
        inputMode="numeric"
        value={value.orgNumber}
        onChange={(e) => set('orgNumber', e.target.value)}
        errors={orgNumberErrors.length > 0 ? orgNumberErrors : undefined}
      />
      <SelectField label={t('members.sector')} value={value.sector} onChange={(e) => set('sector', e.target.value as OrganisationDraft['sector'])} errors={errors.sector}>
        {(['PUBLIC', 'PRIVATE', 'ACADEMIC', 'NON_PROFIT'] as const).map((s) => (
          <option key={s} value={s}>
            {t(`common:sector.${s}`)}
          </option>
        ))}
      </SelectField>
      <TextField label={t('organisation.municipality')} value={value.municipality} onChange={(e) => set('municipality', e.target.value)} errors={errors.municipality} />
      <TextField label={t('organisation.employeeCount')} inputMode="numeric" pattern="[0-9]*" value={value.employeeCount} onChange={(e) => set('employeeCount', e.target.value)} errors={errors.employeeCount} />
    </fieldset>
  );
}
