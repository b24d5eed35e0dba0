import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page';
import { Notice } from '@/components/ui/status';
import type { Report } from '@/features/reports/api/get-report';
import { ReviewPanel } from '@/features/reports/components/review-panel';
import { ReviewQueue } from '@/features/reports/components/review-queue';

export default function ReviewPage() {
  const { t } = useTranslation('reports');
  const [open, setOpen] = useState<Pick<Report, 'id' | 'organisationId' | 'year'> | null>(null);
  const [outcome, setOutcome] = useState<'approved' | 'returned' | null>(null);
  return (
    <>
      <PageHeader title={t('review.title')} />
      {outcome ? <Notice tone="success">{t(`review.done.${outcome}`)}</Notice> : null}
      <ReviewQueue
        selectedId={open?.id ?? null}
        onOpen={(r) => {
          setOutcome(null);
          setOpen(r);
        }}
      />
      {open ? (
        <ReviewPanel
          key={open.id}
          orgId={open.organisationId}
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
