import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use as registerEcharts, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only the chart types we draw are registered, and this module is only reached through the
// lazy import in chart.tsx, so ECharts stays out of the initial bundle.
registerEcharts([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

export default function EChart({ option, height }: { option: EChartsCoreOption; height: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  // One instance per mounted element; options are replaced below without re-creating it.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = init(el, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => instance.resize());
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // Respect the reader's reduced-motion setting; the bars are the data, not the animation.
    const animation = !globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    chart.current?.setOption({ animation, ...option }, { notMerge: true });
  }, [option]);

  return <div ref={ref} style={{ height, width: '100%' }} aria-hidden="true" />;
}
