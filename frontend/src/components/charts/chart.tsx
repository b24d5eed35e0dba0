import type { EChartsCoreOption } from 'echarts/core';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { downloadText } from '@/lib/csv';

const EChart = lazy(() => import('./echart'));

export type { EChartsCoreOption as ChartOption };

type Props = {
  title: string;
  /** A one-sentence summary read to screen-reader users instead of the drawing. */
  summary: string;
  option: EChartsCoreOption;
  /** The same figures as a table: the accessible alternative and the "show as table" view. */
  table: ReactNode;
  csv: () => string;
  csvFilename: string;
  height?: number;
  /** Caveats the reader must see with the figures (e.g. a year still being reported), under chart and table alike. */
  notes?: readonly string[];
};

/** Every chart comes with its data as a table and as CSV, the WCAG-friendly way to read it. */
export function ChartPanel({ title, summary, option, table, csv, csvFilename, height = 320, notes = [] }: Props) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  return (
    <figure className="chart-panel">
      <figcaption>
        <span className="chart-title">{title}</span>
        <span className="chart-actions">
          <Button aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
            {asTable ? t('chart.showChart') : t('chart.showTable')}
          </Button>
          <Button onClick={() => downloadText(csvFilename, csv())}>{t('chart.downloadCsv')}</Button>
        </span>
      </figcaption>
      {asTable ? (
        table
      ) : (
        <div role="img" aria-label={`${title}. ${summary}`}>
          <Suspense fallback={<div style={{ height }} className="chart-placeholder" />}>
            <EChart option={option} height={height} />
          </Suspense>
        </div>
      )}
      {notes.length > 0 ? (
        <ul className="chart-notes">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
    </figure>
  );
}
