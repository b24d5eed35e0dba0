import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChartPanel } from '@/components/charts/chart';
import { DataTable } from '@/components/ui/data-table';
import { ErrorMessage, Loading } from '@/components/ui/status';
import { paths } from '@/config/paths';
import { toCsv } from '@/lib/csv';
import { milliToString } from '@/lib/decimal';
import { useFormat } from '@/lib/format';
import { useOrganisationReports } from '../api/get-organisation-reports';
import { reportTotals } from './report-view';

/** The organisation's own approved figures over the years, plus its reports and their status. */
export function OrganisationTrend({ orgId, canReport }: { orgId: string; canReport: boolean }) {
  const { t } = useTranslation(['reports', 'common']);
  const fmt = useFormat();
  const reports = useOrganisationReports(orgId);
  if (reports.isPending) return <Loading />;
  if (reports.isError) return <ErrorMessage error={reports.error} />;
  const all = [...reports.data.items].sort((a, b) => a.year - b.year);
  const approved = all.filter((r) => r.status === 'APPROVED').map((r) => ({ year: r.year, ...reportTotals(r) }));
  const n = (m: bigint) => Number(milliToString(m));
  return (
    <>
      {approved.length > 0 ? (
        <ChartPanel
          title={t('trend.title')}
          summary={t('trend.summary', { count: approved.length })}
          csvFilename={`organisation-${orgId}-trend.csv`}
          csv={() => toCsv([[t('review.year'), t('totals.scope1'), t('totals.scope2Location'), t('totals.scope3')], ...approved.map((r) => [r.year, milliToString(r.scope1), milliToString(r.scope2Location), milliToString(r.scope3)])])}
          option={{
            tooltip: { trigger: 'axis' },
            legend: { top: 0 },
            grid: { left: 64, right: 16, top: 40, bottom: 32 },
            xAxis: { type: 'category', data: approved.map((r) => String(r.year)) },
            yAxis: { type: 'value', name: 'tCO2e' },
            series: [
              { name: t('totals.scope1'), type: 'bar', stack: 's12', color: '#1b5e20', data: approved.map((r) => n(r.scope1)) },
              { name: t('totals.scope2Location'), type: 'bar', stack: 's12', color: '#0d47a1', data: approved.map((r) => n(r.scope2Location)) },
              { name: t('totals.scope3'), type: 'bar', stack: 's3', color: '#8a5a00', data: approved.map((r) => n(r.scope3)) },
            ],
          }}
          table={
            <DataTable
              caption={t('trend.title')}
              rows={approved}
              rowKey={(r) => String(r.year)}
              columns={[
                { key: 'y', header: t('review.year'), rowHeader: true, cell: (r) => r.year },
                { key: 's1', header: t('totals.scope1'), numeric: true, cell: (r) => fmt.tonnes(r.scope1) },
                { key: 's2', header: t('totals.scope2Location'), numeric: true, cell: (r) => fmt.tonnes(r.scope2Location) },
                { key: 's3', header: t('totals.scope3'), numeric: true, cell: (r) => fmt.tonnes(r.scope3) },
              ]}
            />
          }
        />
      ) : (
        <p>{t('trend.none')}</p>
      )}
      <DataTable
        caption={t('trend.reportsCaption')}
        rows={all}
        rowKey={(r) => r.id}
        empty={t('trend.noReports')}
        columns={[
          { key: 'y', header: t('review.year'), rowHeader: true, cell: (r) => (canReport ? <Link to={paths.report(orgId, r.year)}>{r.year}</Link> : r.year) },
          { key: 'st', header: t('editor.status'), cell: (r) => t(`common:reportStatus.${r.status}`) },
          { key: 'rev', header: t('trend.revision'), numeric: true, cell: (r) => r.revision },
        ]}
      />
    </>
  );
}
