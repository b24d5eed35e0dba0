import { useTranslation } from 'react-i18next';
import { ChartPanel } from '@/components/charts/chart';
import { DataTable } from '@/components/ui/data-table';
import { toCsv } from '@/lib/csv';
import { milliToString } from '@/lib/decimal';
import { ratio, useFormat } from '@/lib/format';
import type { LikeForLikeFigures, NetworkStats, YearFigures } from '../api/get-network-stats';
import { incompleteYears, latestCompleteYear } from '../incomplete-years';
import { SCOPE_COLOURS } from './chart-theme';

const tonnes = (m: bigint) => Number(milliToString(m)); // chart geometry only; labels use exact Intl formatting

const rgba = (hex: string, alpha: number) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
};

/**
 * A year still being reported is drawn pale, hatched and outlined dashed, so it differs from the
 * others in more than colour (WCAG 1.4.1); the stripes and outline keep the scope's full colour.
 */
const incompleteItemStyle = (colour: string) => ({
  color: rgba(colour, 0.25),
  borderColor: colour,
  borderWidth: 1.5,
  borderType: 'dashed',
  decal: { symbol: 'rect', symbolSize: 1, color: rgba(colour, 0.8), dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4 },
});

export function TotalsChart({ stats, slug }: { stats: NetworkStats; slug: string }) {
  const { t } = useTranslation(['networks', 'common']);
  const fmt = useFormat();
  const years = stats.years;
  const last = years.at(-1);
  const incomplete = incompleteYears(years);
  const latestComplete = latestCompleteYear(years, incomplete);
  const note = (y: YearFigures) =>
    t('charts.incompleteNote', { year: y.year, reporting: fmt.integer(y.reportingMembers), members: fmt.integer(y.members) });
  const headline = (y: YearFigures, key: 'charts.totalsSummary' | 'charts.totalsSummaryLatestComplete') =>
    t(key, { year: y.year, scope12: fmt.tonnes(y.scope1 + y.scope2Location), scope3: fmt.tonnes(y.scope3) });
  // The summary must not headline a year that is still being reported as if it were final.
  const summary = !last
    ? t('charts.noData')
    : !incomplete.has(last.year)
      ? headline(last, 'charts.totalsSummary')
      : latestComplete
        ? `${headline(latestComplete, 'charts.totalsSummaryLatestComplete')} ${note(last)}`
        : `${note(last)} ${headline(last, 'charts.totalsSummary')}`;
  const bars = (colour: string, value: (y: YearFigures) => bigint) =>
    years.map((y) => (incomplete.has(y.year) ? { value: tonnes(value(y)), itemStyle: incompleteItemStyle(colour) } : tonnes(value(y))));
  const option = {
    aria: { enabled: false },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${fmt.integer(Number(v))} t` },
    legend: { top: 0 },
    grid: { left: 64, right: 16, top: 40, bottom: incomplete.size > 0 ? 52 : 32 },
    xAxis: {
      type: 'category',
      data: years.map((y) => String(y.year)),
      // every label shown: the one that says "incomplete" must not be dropped for lack of room
      axisLabel: { interval: 0, lineHeight: 16, formatter: (v: string) => (incomplete.has(Number(v)) ? t('charts.incompleteAxis', { year: v }) : v) },
    },
    yAxis: { type: 'value', name: 'tCO2e', axisLabel: { formatter: (v: number) => fmt.integer(v) } },
    // Scope 3 is its own bar beside the 1+2 stack: partners' scope 3 overlaps others' scope 1.
    series: [
      { name: t('scopes.scope1'), type: 'bar', stack: 's12', color: SCOPE_COLOURS.scope1, data: bars(SCOPE_COLOURS.scope1, (y) => y.scope1) },
      { name: t('scopes.scope2'), type: 'bar', stack: 's12', color: SCOPE_COLOURS.scope2, data: bars(SCOPE_COLOURS.scope2, (y) => y.scope2Location) },
      { name: t('scopes.scope3'), type: 'bar', stack: 's3', color: SCOPE_COLOURS.scope3, data: bars(SCOPE_COLOURS.scope3, (y) => y.scope3) },
    ],
  };
  const header = [t('table.year'), t('scopes.scope1'), t('scopes.scope2Location'), t('scopes.scope2Market'), t('scopes.scope12'), t('scopes.scope3')];
  return (
    <ChartPanel
      title={t('charts.totals')}
      summary={summary}
      option={option}
      notes={years.filter((y) => incomplete.has(y.year)).map(note)}
      csvFilename={`${slug}-totals.csv`}
      csv={() =>
        toCsv([
          [...header, t('table.reporting'), t('table.members')],
          ...years.map((y) => [
            y.year,
            milliToString(y.scope1),
            milliToString(y.scope2Location),
            milliToString(y.scope2Market),
            milliToString(y.scope1 + y.scope2Location),
            milliToString(y.scope3),
            y.reportingMembers,
            y.members,
          ]),
        ])
      }
      table={
        <DataTable<YearFigures>
          caption={t('charts.totalsTable')}
          rows={years}
          rowKey={(y) => String(y.year)}
          columns={[
            { key: 'year', header: header[0], rowHeader: true, cell: (y) => (incomplete.has(y.year) ? t('charts.incompleteYear', { year: y.year }) : y.year) },
            { key: 's1', header: header[1], numeric: true, cell: (y) => fmt.tonnes(y.scope1) },
            { key: 's2l', header: header[2], numeric: true, cell: (y) => fmt.tonnes(y.scope2Location) },
            { key: 's2m', header: header[3], numeric: true, cell: (y) => fmt.tonnes(y.scope2Market) },
            { key: 's12', header: header[4], numeric: true, cell: (y) => fmt.tonnes(y.scope1 + y.scope2Location) },
            { key: 's3', header: header[5], numeric: true, cell: (y) => fmt.tonnes(y.scope3) },
            {
              key: 'reported',
              header: t('table.reported'),
              numeric: true,
              cell: (y) => t('table.reportedOf', { reporting: fmt.integer(y.reportingMembers), members: fmt.integer(y.members) }),
            },
          ]}
        />
      }
    />
  );
}

export function LikeForLikeChart({ stats, slug }: { stats: NetworkStats; slug: string }) {
  const { t } = useTranslation(['networks', 'common']);
  const fmt = useFormat();
  const rows = stats.likeForLike;
  const change = (l: LikeForLikeFigures) => (l.from === 0n ? null : ratio(l.to - l.from, l.from));
  const option = {
    tooltip: { trigger: 'axis' },
    grid: { left: 64, right: 16, top: 24, bottom: 32 },
    xAxis: { type: 'category', data: rows.map((l) => `${l.fromYear}–${l.toYear}`) },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => fmt.percent(v) } },
    series: [{ name: t('charts.likeForLike'), type: 'line', color: SCOPE_COLOURS.line, symbolSize: 8, data: rows.map((l) => change(l)) }],
  };
  return (
    <ChartPanel
      title={t('charts.likeForLike')}
      summary={t('charts.likeForLikeSummary')}
      option={option}
      csvFilename={`${slug}-like-for-like.csv`}
      csv={() => toCsv([[t('table.fromYear'), t('table.toYear'), t('table.organisations'), t('table.fromT'), t('table.toT')], ...rows.map((l) => [l.fromYear, l.toYear, l.organisations, milliToString(l.from), milliToString(l.to)])])}
      table={
        <DataTable<LikeForLikeFigures>
          caption={t('charts.likeForLikeTable')}
          rows={rows}
          rowKey={(l) => `${l.fromYear}-${l.toYear}`}
          empty={t('charts.noData')}
          columns={[
            { key: 'period', header: t('table.period'), rowHeader: true, cell: (l) => `${l.fromYear}–${l.toYear}` },
            { key: 'orgs', header: t('table.organisations'), numeric: true, cell: (l) => fmt.integer(l.organisations) },
            { key: 'from', header: t('table.fromT'), numeric: true, cell: (l) => fmt.tonnes(l.from) },
            { key: 'to', header: t('table.toT'), numeric: true, cell: (l) => fmt.tonnes(l.to) },
            { key: 'chg', header: t('table.change'), numeric: true, cell: (l) => { const c = change(l); return c === null ? '—' : fmt.signedPercent(c); } },
          ]}
        />
      }
    />
  );
}

export function CoverageChart({ stats, slug }: { stats: NetworkStats; slug: string }) {
  const { t } = useTranslation(['networks', 'common']);
  const fmt = useFormat();
  const years = stats.years;
  const share = (y: YearFigures) => (y.members === 0 ? 0 : y.reportingMembers / y.members);
  const option = {
    tooltip: { trigger: 'axis' },
    grid: { left: 64, right: 16, top: 24, bottom: 32 },
    xAxis: { type: 'category', data: years.map((y) => String(y.year)) },
    yAxis: { type: 'value', max: 1, axisLabel: { formatter: (v: number) => fmt.percent(v) } },
    series: [{ name: t('charts.coverage'), type: 'bar', color: SCOPE_COLOURS.scope2, data: years.map(share) }],
  };
  return (
    <ChartPanel
      title={t('charts.coverage')}
      summary={t('charts.coverageSummary')}
      option={option}
      height={240}
      csvFilename={`${slug}-coverage.csv`}
      csv={() => toCsv([[t('table.year'), t('table.reporting'), t('table.members')], ...years.map((y) => [y.year, y.reportingMembers, y.members])])}
      table={
        <DataTable<YearFigures>
          caption={t('charts.coverageTable')}
          rows={years}
          rowKey={(y) => String(y.year)}
          columns={[
            { key: 'year', header: t('table.year'), rowHeader: true, cell: (y) => y.year },
            { key: 'rep', header: t('table.reporting'), numeric: true, cell: (y) => fmt.integer(y.reportingMembers) },
            { key: 'mem', header: t('table.members'), numeric: true, cell: (y) => fmt.integer(y.members) },
            { key: 'share', header: t('table.share'), numeric: true, cell: (y) => fmt.percent(share(y)) },
          ]}
        />
      }
    />
  );
}

export function ProgressTable({ stats }: { stats: NetworkStats }) {
  const { t } = useTranslation(['networks', 'common']);
  return (
    <DataTable
      caption={t('charts.progressTable')}
      rows={stats.progress}
      rowKey={(p) => p.commitmentId}
      empty={t('charts.noData')}
      columns={[
        { key: 'title', header: t('commitments.title'), rowHeader: true, cell: (p) => (p.organisationName ? `${p.title} (${p.organisationName})` : p.title) },
        { key: 'year', header: t('commitments.targetYear'), cell: (p) => p.targetYear ?? '—' },
        { key: 'status', header: t('commitments.progress'), cell: (p) => t(`common:progress.${p.status}`) },
      ]}
    />
  );
}
