import { useTranslation } from 'react-i18next';
import { ChartPanel } from '@/components/charts/chart';
import { DataTable } from '@/components/ui/data-table';
import { ErrorMessage, Loading } from '@/components/ui/status';
import { toCsv } from '@/lib/csv';
import { milliToString } from '@/lib/decimal';
import { useFormat } from '@/lib/format';
import { useComparison, type ComparisonRow } from '../api/get-compare';
import { SCOPE_COLOURS } from './chart-theme';

export function ComparisonView({ networkIds, year }: { networkIds: readonly string[]; year?: number }) {
  const { t } = useTranslation('networks');
  const fmt = useFormat();
  const comparison = useComparison(networkIds, year);
  if (networkIds.length === 0) return <p>{t('compare.pickNetworks')}</p>;
  if (comparison.isPending) return <Loading />;
  if (comparison.isError) return <ErrorMessage error={comparison.error} />;
  const rows = comparison.data;
  const option = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 64, right: 16, top: 40, bottom: 48 },
    xAxis: { type: 'category', data: rows.map((r) => r.networkName), axisLabel: { interval: 0, overflow: 'truncate', width: 120 } },
    yAxis: { type: 'value', name: 'tCO2e' },
    series: [
      { name: t('scopes.scope12'), type: 'bar', color: SCOPE_COLOURS.scope1, data: rows.map((r) => Number(milliToString(r.scope12))) },
      { name: t('scopes.scope3'), type: 'bar', color: SCOPE_COLOURS.scope3, data: rows.map((r) => Number(milliToString(r.scope3))) },
    ],
  };
  const opt = (m: bigint | null) => (m === null ? '—' : fmt.tonnesExact(m));
  return (
    <ChartPanel
      title={t('compare.chartTitle')}
      summary={t('compare.summary', { count: rows.length })}
      option={option}
      csvFilename="comparison.csv"
      csv={() =>
        toCsv([
          [t('compare.network'), t('table.year'), t('scopes.scope12'), t('scopes.scope3'), t('table.members'), t('table.reporting'), t('compare.perMember'), t('compare.perEmployee')],
          ...rows.map((r) => [r.networkName, r.year, milliToString(r.scope12), milliToString(r.scope3), r.members, r.reportingMembers, r.scope12PerMember === null ? '' : milliToString(r.scope12PerMember), r.scope12PerEmployee === null ? '' : milliToString(r.scope12PerEmployee)]),
        ])
      }
      table={
        <DataTable<ComparisonRow>
          caption={t('compare.tableCaption')}
          rows={rows}
          rowKey={(r) => `${r.networkId}-${r.year}`}
          columns={[
            { key: 'name', header: t('compare.network'), rowHeader: true, cell: (r) => r.networkName },
            { key: 'year', header: t('table.year'), cell: (r) => r.year },
            { key: 's12', header: t('scopes.scope12'), numeric: true, cell: (r) => fmt.tonnes(r.scope12) },
            { key: 's3', header: t('scopes.scope3'), numeric: true, cell: (r) => fmt.tonnes(r.scope3) },
            { key: 'mem', header: t('table.members'), numeric: true, cell: (r) => `${fmt.integer(r.reportingMembers)} / ${fmt.integer(r.members)}` },
            { key: 'pm', header: t('compare.perMember'), numeric: true, cell: (r) => opt(r.scope12PerMember) },
            { key: 'pe', header: t('compare.perEmployee'), numeric: true, cell: (r) => opt(r.scope12PerEmployee) },
          ]}
        />
      }
    />
  );
}
