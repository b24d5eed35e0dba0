import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { ErrorMessage, Loading } from '@/components/ui/status';
import { useFormat } from '@/lib/format';
import { useReviewQueue } from '../api/get-review-queue';
import type { ReportSummary } from '../api/get-review-queue';
import { reportTotals } from './report-view';

export function ReviewQueue({ onOpen, selectedId, status }: { onOpen: (r: ReportSummary) => void; selectedId: string | null; status: 'SUBMITTED' | 'APPROVED' }) {
  const { t } = useTranslation('reports');
  const fmt = useFormat();
  const queue = useReviewQueue({ status });
  if (queue.isPending) return <Loading />;
  if (queue.isError) return <ErrorMessage error={queue.error} />;
  return (
    <DataTable
      caption={status === 'SUBMITTED' ? t('review.queueCaption', { count: queue.data.items.length }) : t('review.approvedCaption', { count: queue.data.items.length })}
      rows={queue.data.items}
      rowKey={(r) => r.id}
      empty={status === 'SUBMITTED' ? t('review.empty') : t('review.emptyApproved')}
      columns={[
        { key: 'org', header: t('review.organisation'), rowHeader: true, cell: (r) => r.organisation.name },
        { key: 'year', header: t('review.year'), cell: (r) => r.year },
        status === 'SUBMITTED'
          ? { key: 'submitted', header: t('review.submittedAt'), cell: (r) => fmt.dateTime(r.submittedAt) }
          : { key: 'approved', header: t('review.approvedAt'), cell: (r) => fmt.dateTime(r.approvedAt) },
        { key: 'total', header: t('totals.scope12'), numeric: true, cell: (r) => { const x = reportTotals(r); return fmt.tonnes(x.scope1 + x.scope2Location); } },
        {
          key: 'open',
          header: t('review.actions'),
          cell: (r) => (
            <Button aria-pressed={selectedId === r.id} onClick={() => onOpen(r)} aria-label={t('review.openFor', { name: r.organisation.name, year: r.year })}>
              {t('review.open')}
            </Button>
          ),
        },
      ]}
    />
  );
}
