'use client';
/**
 * The one chart component: creates the chart, updates it in place when the option changes, follows the
 * container's width (a ResizeObserver; the option is refitted to it, see chart-fit.ts) and disposes of it on
 * unmount. Options come from the pure builders in lib/charts;
 * exports are links to the server route, so a saved picture never depends on this screen. A chart whose data
 * items carry a `code` (the tile map) may link them: a click on the item opens `links[code]`.
 */
import type { EChartsOption } from 'echarts';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { echarts } from '@/lib/charts/echarts-registry';
import { nameLang } from '@/lib/format/locale';
import { nameParts } from '@/lib/format/name-parts';
import { fitToWidth } from './chart-fit';

let context: CanvasRenderingContext2D | null = null;

/** A text's width as the browser draws it, which is how ECharts measures it too. */
function measureText(text: string, font: string): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * 14;
  context.font = font;
  return context.measureText(text).width;
}

export interface EChartProps {
  option: EChartsOption;
  height: number;
  /** Accessible name of the chart, e.g. its title. */
  label: string;
  /** Who the chart is about (an agency), named in its description: marked there as a name, not words to translate. */
  subject?: string;
  /** Route to the same chart as an image, without `format`; the links add format=png|svg. */
  exportHref?: string;
  exportLabels?: { png: string; svg: string };
  /** Link to the metric's definition. */
  definitionHref?: string;
  definitionLabel?: string;
  /** Where a click on a data item goes, by the item's `code`; items without a link do nothing. */
  links?: Readonly<Record<string, string>>;
}

export function EChart({
  option,
  height,
  label,
  subject,
  exportHref,
  exportLabels,
  definitionHref,
  definitionLabel,
  links,
}: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const descriptionId = useId();
  const description = chartDescription(option, label);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const drawn = useRef('');
  const [width, setWidth] = useState(0);
  const router = useRouter();
  // Read at click time, so the handler, registered once, follows the links and router of the latest render.
  const navigation = useRef({ links, router });
  useEffect(() => {
    navigation.current = { links, router };
  }, [links, router]);

  useEffect(() => {
    const el = box.current!;
    const instance = echarts.init(el, null, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => {
      const code = (params.data as { code?: unknown } | null | undefined)?.code;
      const href = typeof code === 'string' ? navigation.current.links?.[code] : undefined;
      if (href) navigation.current.router.push(href);
    });
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(() => {
      instance.resize();
      setWidth(el.clientWidth);
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
      drawn.current = '';
    };
  }, []);

  const fitted = useMemo(
    () => (width > 0 ? fitToWidth(option, width, height, measureText) : null),
    [option, width, height],
  );

  useEffect(() => {
    // A resize that leaves the fitted option as it was only resizes (above): setting it again replays the animation.
    const json = fitted ? JSON.stringify(fitted) : '';
    if (!fitted || json === drawn.current) return;
    drawn.current = json;
    // ECharts would write its description into the container's aria-label, a string in which no name can be
    // marked; the page describes the chart itself (aria-describedby below). Exports keep ECharts' own.
    chart.current?.setOption({ ...fitted, aria: { ...(fitted.aria as object), enabled: false } }, { notMerge: true });
  }, [fitted]);

  const join = (href: string, format: string) => `${href}${href.includes('?') ? '&' : '?'}format=${format}`;
  return (
    <figure style={{ margin: 0, minWidth: 0 }}>
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
      <div
        ref={box}
        role="img"
        aria-label={label}
        aria-describedby={description ? descriptionId : undefined}
        style={{ width: '100%', minWidth: 0, height }}
      />
      {description && (
        <p id={descriptionId} hidden>
          {nameParts(description, subject ? [subject] : []).map((p, i) =>
            p.name ? (
              <span key={i} translate="no" lang={nameLang(p.text)}>
                {p.text}
              </span>
            ) : (
              p.text
            ),
          )}
        </p>
      )}
    </figure>
  );
}

/** The chart's caption as sentences (filters, data date, source), without the title the label already says. */
function chartDescription(option: EChartsOption, label: string): string {
  const aria = option.aria as { label?: { description?: string } } | undefined;
  const text = aria?.label?.description ?? '';
  return text.startsWith(label) ? text.slice(label.length).replace(/^[。.\s]+/u, '') : text;
}
