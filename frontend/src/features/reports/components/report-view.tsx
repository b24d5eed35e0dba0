import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/ui/data-table';
import type { Schemas } from '@/lib/api-schemas';
import { toMilli } from '@/lib/decimal';
import { useFormat } from '@/lib/format';
import type { TotalsMilli } from '../utils/line-draft';
import { toScope } from '../utils/categories';
import { fromApiLine, lineMilli } from '../utils/line-draft';

export function reportTotals(report: { totals: Schemas['ReportTotals'] }): TotalsMilli {
  const m = (v: number) => toMilli(v) ?? 0n;
  return {
    scope1: m(report.totals.scope1T),
    scope2Location: m(report.totals.scope2LocationT),
    scope2Market: m(report.totals.scope2MarketT),
    scope3: m(report.totals.scope3T),
  };
}

/** Read-only lines, as the reviewer sees them. */
export function ReportLinesTable({ report }: { report: Schemas['ReportView'] }) {
  const { t } = useTranslation(['reports', 'common']);
  const fmt = useFormat();
  const rows = report.lines.map((l, i) => ({ i, line: l, draft: fromApiLine(l) }));
  return (
    <DataTable
      caption={t('review.linesCaption', { year: report.year })}
      rows={rows}
      rowKey={(r) => String(r.i)}
      empty={t('lines.empty')}
      columns={[
        { key: 'scope', header: t('lines.scope'), cell: (r) => t(`scope.${toScope(r.line.scope)}`) },
        { key: 'cat', header: t('lines.category'), rowHeader: true, cell: (r) => t(`common:category.${r.line.category}`) },
        { key: 'act', header: t('lines.activity'), cell: (r) => r.line.activity ?? '' },
        { key: 'qty', header: t('lines.quantity'), numeric: true, cell: (r) => (r.line.quantity === null || r.line.quantity === undefined ? '—' : `${fmt.decimal(r.line.quantity)} ${r.line.unit ?? ''}`) },
        { key: 'f', header: t('lines.factor'), numeric: true, cell: (r) => (r.line.factorKgPerUnit === null || r.line.factorKgPerUnit === undefined ? '—' : fmt.decimal(r.line.factorKgPerUnit)) },
        {
          key: 'em',
          header: t('lines.lineTotal'),
          numeric: true,
          cell: (r) => {
            const m = toMilli(r.line.emissionsT) ?? lineMilli(r.draft);
            return m === null ? '—' : fmt.tonnesExact(m);
          },
        },
      ]}
    />
  );
}

/** The scope-3 categories reported without figures, with their notation keys and reasons. */
export function NotationsTable({ report }: { report: Schemas['ReportView'] }) {
  const { t } = useTranslation(['reports', 'common']);
  if (report.scope3Notations.length === 0) return null;
  return (
    <DataTable
      caption={t('notations.viewCaption')}
      rows={report.scope3Notations}
      rowKey={(n) => n.category}
      columns={[
        { key: 'cat', header: t('lines.category'), rowHeader: true, cell: (n) => t(`common:category.${n.category}`) },
        { key: 'key', header: t('notations.key'), cell: (n) => t(`notations.keys.${n.notation}`) },
        { key: 'why', header: t('notations.reason'), cell: (n) => n.reason },
      ]}
    />
  );
}
