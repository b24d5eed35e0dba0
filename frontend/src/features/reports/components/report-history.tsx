import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/ui/data-table';
import { ErrorMessage, Loading } from '@/components/ui/status';
import { useFormat } from '@/lib/format';
import { useReportHistory } from '../api/get-report-history';
import { reportTotals } from './report-view';

const ACTIONS = ['created', 'updated', 'lines-imported', 'submitted', 'approved', 'returned', 'reopened'] as const;
type KnownAction = (typeof ACTIONS)[number];
const isKnown = (a: string): a is KnownAction => (ACTIONS as readonly string[]).includes(a);

/**
 * Who acted, for people: the name the API resolved (a user's display name, an API client's name), "Klimanett"
 * for the service's own steps, and the raw actor only for someone who no longer exists.
 */
export function actorLabel(actor: string, name: string | null | undefined, system: string): string {
  if (name) return name;
  return actor.startsWith('system:') ? system : actor;
}

/** Who did what when, and the approved revisions kept on reopening (never changed afterwards). */
export function ReportHistoryView({ orgId, year }: { orgId: string; year: number }) {
  const { t } = useTranslation('reports');
  const fmt = useFormat();
  const history = useReportHistory(orgId, year);
  if (history.isPending) return <Loading />;
  if (history.isError) return <ErrorMessage error={history.error} />;
  const { events, revisions } = history.data;
  const note = (details: Record<string, unknown>) => {
    const text = details.comment ?? details.reason;
    return typeof text === 'string' ? text : '';
  };
  return (
    <>
      <DataTable
        caption={t('history.eventsCaption', { year })}
        rows={[...events].sort((a, b) => b.id - a.id)}
        rowKey={(e) => String(e.id)}
        empty={t('history.none')}
        columns={[
          { key: 'when', header: t('history.when'), rowHeader: true, cell: (e) => fmt.dateTime(e.occurredAt) },
          { key: 'who', header: t('history.who'), cell: (e) => actorLabel(e.actor, e.actorName, t('history.system')) },
          { key: 'what', header: t('history.what'), cell: (e) => (isKnown(e.action) ? t(`history.action.${e.action}`) : e.action) },
          { key: 'note', header: t('history.note'), cell: (e) => note(e.details) },
        ]}
      />
      {revisions.length > 0 ? (
        <DataTable
          caption={t('history.revisionsCaption')}
          rows={revisions}
          rowKey={(r) => String(r.revision)}
          columns={[
            { key: 'rev', header: t('trend.revision'), rowHeader: true, cell: (r) => r.revision },
            { key: 'approved', header: t('history.approvedAt'), cell: (r) => fmt.dateTime(r.approvedAt) },
            { key: 'reopened', header: t('history.reopenedAt'), cell: (r) => `${fmt.dateTime(r.reopenedAt)} (${actorLabel(r.reopenedBy, r.reopenedByName, t('history.system'))})` },
            { key: 'reason', header: t('history.reason'), cell: (r) => r.reopenReason },
            {
              key: 's12',
              header: t('totals.scope12'),
              numeric: true,
              cell: (r) => {
                const x = reportTotals(r.snapshot);
                return fmt.tonnesExact(x.scope1 + x.scope2Location);
              },
            },
          ]}
        />
      ) : null}
    </>
  );
}
