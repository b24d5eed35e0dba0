import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/ui/data-table';
import { ErrorMessage, Loading } from '@/components/ui/status';
import { useFormat } from '@/lib/format';
import { useCommitments, type CommitmentListParams } from '../api/get-commitments';

export function CommitmentList({ params, caption }: { params: CommitmentListParams; caption: string }) {
  const { t } = useTranslation(['networks', 'common']);
  const fmt = useFormat();
  const commitments = useCommitments(params);
  if (commitments.isPending) return <Loading />;
  if (commitments.isError) return <ErrorMessage error={commitments.error} />;
  return (
    <DataTable
      caption={caption}
      rows={commitments.data.items}
      rowKey={(c) => c.id}
      empty={t('commitments.empty')}
      columns={[
        { key: 'title', header: t('commitments.title'), rowHeader: true, cell: (c) => c.title },
        { key: 'type', header: t('commitments.type'), cell: (c) => t(`common:targetType.${c.targetType}`) },
        {
          key: 'target',
          header: t('commitments.target'),
          cell: (c) =>
            c.targetType === 'ACTION'
              ? fmt.date(c.dueOn)
              : c.reductionPct !== null && c.reductionPct !== undefined && c.targetYear
                ? t('commitments.reductionBy', { pct: fmt.percent(c.reductionPct / 100), base: c.baseYear ?? '—', year: c.targetYear })
                : (c.targetYear ?? '—'),
        },
        { key: 'status', header: t('commitments.status'), cell: (c) => t(`common:commitmentStatus.${c.status}`) },
      ]}
    />
  );
}
