'use client';
/**
 * The one chart component: creates the chart, updates it in place when the option changes, follows the
 * container's width and disposes of it on unmount. Options come from the pure builders in lib/charts;
 * exports are links to the server route, so a saved picture never depends on this screen.
 */
import type { EChartsOption } from 'echarts';
import { useEffect, useRef } from 'react';
import { echarts } from '@/lib/charts/echarts-registry';

export interface EChartProps {
  option: EChartsOption;
  height: number;
  /** Accessible name of the chart, e.g. its title. */
  label: string;
  /** Route to the same chart as an image, without `format`; the links add format=png|svg. */
  exportHref?: string;
  exportLabels?: { png: string; svg: string };
  /** Link to the metric's definition. */
  definitionHref?: string;
  definitionLabel?: string;
}

export function EChart({
  option,
  height,
  label,
  exportHref,
  exportLabels,
  definitionHref,
  definitionLabel,
}: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    const el = box.current!;
    const instance = echarts.init(el, null, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  const join = (href: string, format: string) => `${href}${href.includes('?') ? '&' : '?'}format=${format}`;
  return (
    <figure style={{ margin: 0 }}>
      {(exportHref || definitionHref) && (
        <div className="chart-tools" style={{ justifyContent: 'flex-end' }}>
          {definitionHref && <a href={definitionHref}>{definitionLabel}</a>}
          {exportHref && exportLabels && (
            <>
              <a href={join(exportHref, 'png')} download data-export="png">
                {exportLabels.png}
              </a>
              <a href={join(exportHref, 'svg')} download data-export="svg">
                {exportLabels.svg}
              </a>
            </>
          )}
        </div>
      )}
      <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} />
    </figure>
  );
}
