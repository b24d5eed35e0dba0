import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page';
import { Notice } from '@/components/ui/status';
import type { ReportSummary } from '@/features/reports/api/get-review-queue';
import { ReviewPanel, type ReviewOutcome } from '@/features/reports/components/review-panel';
import { ReviewQueue } from '@/features/reports/components/review-queue';

type Status = 'SUBMITTED' | 'APPROVED';

export default function ReviewPage() {
  const { t } = useTranslation(['reports', 'common']);
  const [status, setStatus] = useState<Status>('SUBMITTED');
  const [open, setOpen] = useState<ReportSummary | null>(null);
  const [outcome, setOutcome] = useState<ReviewOutcome | null>(null);
  return (
    <>
      <PageHeader title={t('review.title')} />
      {outcome ? <Notice tone="success">{t(`review.done.${outcome}`)}</Notice> : null}
      <div className="inline-form">
        <SelectField
          label={t('review.show')}
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as Status);
            setOpen(null);
          }}
        >
          <option value="SUBMITTED">{t('review.showSubmitted')}</option>
          <option value="APPROVED">{t('review.showApproved')}</option>
        </SelectField>
      </div>
      <ReviewQueue
        status={status}
        selectedId={open?.id ?? null}
        onOpen={(r) => {
          setOutcome(null);
          setOpen(r);
        }}
      />
      {open ? (
        <ReviewPanel
          key={open.id}
          orgId={open.organisation.id}
          orgName={open.organisation.name}
          year={open.year}
          onDone={(o) => {
            setOutcome(o);
            setOpen(null);
          }}
        />
      ) : null}
    </>
  );
}
