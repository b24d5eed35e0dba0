import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { todayIso } from '@/lib/clock';
import { ErrorMessage } from '@/components/ui/status';
import { isApiError } from '@/lib/api-client';
import { useUpdateMember } from '../api/update-member';
import type { Membership } from '../api/get-members';

export function RecordLeaving({ membership }: { membership: Membership }) {
  const { t } = useTranslation(['networks', 'common']);
  const [open, setOpen] = useState(false);
  const [leftOn, setLeftOn] = useState(() => todayIso());
  const update = useUpdateMember();
  if (membership.leftOn) return null;
  if (!open)
    return (
      <Button onClick={() => setOpen(true)} aria-label={`${t('leaving.open')}: ${membership.organisation.name}`}>
        {t('leaving.open')}
      </Button>
    );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const m = membership;
    const input = {
      role: m.role,
      joinedOn: m.joinedOn,
      leftOn,
      agreementReference: m.agreementReference ?? undefined,
      agreementSignedOn: m.agreementSignedOn ?? undefined,
      periodStart: m.periodStart ?? undefined,
      periodEnd: m.periodEnd ?? undefined,
    };
    update.mutate(
      { networkId: m.networkId, membershipId: m.id, input },
      { onSuccess: () => setOpen(false) },
    );
  };
  return (
    <form onSubmit={submit} className="inline-form">
      <TextField
        type="date"
        label={t('leaving.date', { name: membership.organisation.name })}
        value={leftOn}
        min={membership.joinedOn}
        required
        onChange={(e) => setLeftOn(e.target.value)}
        errors={isApiError(update.error) ? update.error.fieldErrors.leftOn : undefined}
      />
      <Button type="submit" variant="primary" disabled={update.isPending}>
        {t('leaving.save')}
      </Button>
      <Button onClick={() => setOpen(false)}>{t('common:actions.cancel')}</Button>
      {update.isError ? <ErrorMessage error={update.error} /> : null}
    </form>
  );
}
