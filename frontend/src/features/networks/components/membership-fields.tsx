import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '@/components/ui/field';
import { todayIso } from '@/lib/clock';
import type { FieldErrors } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';

export type MembershipDraft = { role: Schemas['MemberRole']; joinedOn: string; agreementReference: string; agreementSignedOn: string };

export const emptyMembership = (): MembershipDraft => ({
  role: 'PARTNER',
  joinedOn: todayIso(),
  agreementReference: '',
  agreementSignedOn: '',
});

export function toMembershipInput(organisationId: string, d: MembershipDraft): Schemas['MembershipInput'] {
  return {
    organisationId,
    role: d.role,
    joinedOn: d.joinedOn,
    agreementReference: d.agreementReference.trim() || undefined,
    agreementSignedOn: d.agreementSignedOn || undefined,
  };
}

export function MembershipFields({ value, onChange, errors }: { value: MembershipDraft; onChange: (v: MembershipDraft) => void; errors: FieldErrors }) {
  const { t } = useTranslation(['networks', 'common']);
  const set = <K extends keyof MembershipDraft>(k: K, v: MembershipDraft[K]) => onChange({ ...value, [k]: v });
  return (
    <fieldset>
      <legend>{t('addMember.membership')}</legend>
      <SelectField label={t('members.role')} value={value.role} onChange={(e) => set('role', e.target.value as MembershipDraft['role'])} errors={errors.role}>
        {(['PARTNER', 'FOUNDING_PARTNER', 'OBSERVER'] as const).map((r) => (
          <option key={r} value={r}>
            {t(`common:membershipRole.${r}`)}
          </option>
        ))}
      </SelectField>
      <TextField type="date" label={t('members.joinedOn')} required value={value.joinedOn} onChange={(e) => set('joinedOn', e.target.value)} errors={errors.joinedOn} />
      <TextField label={t('addMember.agreementReference')} value={value.agreementReference} onChange={(e) => set('agreementReference', e.target.value)} errors={errors.agreementReference} />
      <TextField type="date" label={t('addMember.agreementSignedOn')} value={value.agreementSignedOn} onChange={(e) => set('agreementSignedOn', e.target.value)} errors={errors.agreementSignedOn} />
    </fieldset>
  );
}
