/**
 * The compare table's columns: who and where first, then the chosen metrics in dictionary order under
 * the template's section headers, so the table reads like the report form.
 */
import type { Locale } from '../format/locale';
import { isRate, METRICS, metricById } from '../metrics/dictionary';
import type { MetricId } from '../metrics/types';
import type { CompareBy } from '../view-state/view-state';
import { GROUP_LABELS, metricHeader } from './metric-headers';
import type { TableColumn } from './table-spec';

export const DEFAULT_COMPARE_METRICS: MetricId[] = [
  'appsNew', 'granted', 'partial', 'denied', 'unable', 'rejected', 'handled', 'carriedForward',
  'reviewTotal', 'litigationTotal', 'disclosureRate', 'reviewCorrectionRate',
];

const METRIC_ORDER = new Map<string, number>(METRICS.map((m, i) => [m.id, i]));

/** The chosen metric ids that exist, in dictionary order; the default set when none is chosen. */
export function chosenMetrics(ids: readonly string[]): MetricId[] {
  const known = ids.filter((id) => METRIC_ORDER.has(id)) as MetricId[];
  const list = known.length ? [...new Set(known)] : DEFAULT_COMPARE_METRICS;
  return [...list].sort((a, b) => METRIC_ORDER.get(a)! - METRIC_ORDER.get(b)!);
}

const WHO = {
  agency: { zh: '机构', en: 'Agency' },
  region: { zh: '地区', en: 'Region' },
  type: { zh: '类型', en: 'Type' },
  year: { zh: '年度', en: 'Year' },
  years: { zh: '年度范围', en: 'Years' },
  reports: { zh: '报告数', en: 'Reports' },
  errors: { zh: '错误', en: 'Errors' },
};

export function compareColumns(metricIds: readonly MetricId[], by: CompareBy, locale: Locale): TableColumn[] {
  const who: TableColumn[] = [
    { id: 'agency', header: WHO.agency[locale], kind: 'text', sortable: true, sticky: true },
    { id: 'region', header: WHO.region[locale], kind: 'text', sortable: true },
    { id: 'type', header: WHO.type[locale], kind: 'text' },
    by === 'agency'
      ? { id: 'years', header: WHO.years[locale], kind: 'text' }
      : { id: 'year', header: WHO.year[locale], kind: 'year', sortable: true },
  ];
  const metrics: TableColumn[] = metricIds.map((id) => {
    const m = metricById(id);
    return {
      id, header: metricHeader(id, locale), kind: isRate(m) ? 'rate' : m.unit === 'count' ? 'count' : 'amount',
      group: GROUP_LABELS[m.group][locale], definitionHref: `/metrics${locale === 'en' ? '?lang=en' : ''}#${id}`, sortable: true,
    };
  });
  const tail: TableColumn[] = [{ id: 'errors', header: WHO.errors[locale], kind: 'count', sortable: true }];
  if (by === 'agency') tail.unshift({ id: 'reports', header: WHO.reports[locale], kind: 'count' });
  return [...who, ...metrics, ...tail];
}
