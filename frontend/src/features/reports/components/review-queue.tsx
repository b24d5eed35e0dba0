import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { ErrorMessage, Loading } from '@/components/ui/status';
import { useFormat } from '@/lib/format';
import { useReviewQueue } from '../api/get-review-queue';
import type { Report } from '../api/get-report';
import { reportTotals } from './report-view';

export function ReviewQueue({ onOpen, selectedId }: { onOpen: (r: Report) => void; selectedId: string | null }) {
  const { t } = useTranslation('reports');
  const fmt = useFormat();
  const queue = useReviewQueue();
  if (queue.isPending) return <Loading />;
  if (queue.isError) return <ErrorMessage error={queue.error} />;
  return (
    <DataTable
      caption={t('review.queueCaption', { count: queue.data.items.length })}
      rows={queue.data.items}
      rowKey={(r) => r.id}
      empty={t('review.empty')}
      columns={[
        { key: 'org', header: t('review.organisation'), rowHeader: true, cell: (r) => r.organisation?.name ?? r.organisationName ?? r.organisationId },
        { key: 'year', header: t('review.year'), cell: (r) => r.year },
        { key: 'submitted', header: t('review.submittedAt'), cell: (r) => fmt.dateTime(r.submittedAt) },
        { key: 'total', header: t('totals.scope12'), numeric: true, cell: (r) => { const x = reportTotals(r); return fmt.tonnes(x.scope1 + x.scope2Location); } },
        {
          key: 'open',
          header: t('review.actions'),
          cell: (r) => (
            <Button aria-pressed={selectedId === r.id} onClick={() => onOpen(r)} aria-label={t('review.openFor', { name: r.organisation?.name ?? r.organisationName ?? '', year: r.year })}>
              {t('review.open')}
            </Button>
          ),
        },
      ]}
    />
  );
}
