/**
 * The compare table's columns: who and where first, then the chosen metrics in dictionary order under
 * the template's section headers, so the table reads like the report form; then, always, how late each
 * agency-year's report was published, its score and originality (agency-year rows only) and its error findings.
 */
import { pick, type Locale } from '../../format/locale';
import { COMPARE_TEXT } from '../../i18n/compare-text';
import { isRate, METRICS, metricById } from '../../metrics/dictionary';
import type { MetricId } from '../../metrics/types';
import type { CompareBy } from '../../view-state/view-state';
import { definitionHref, scoreHref } from '../metrics-view';
import { groupLabel, metricHeader } from './metric-headers';
import type { TableColumn } from './table-spec';

export const DEFAULT_COMPARE_METRICS: MetricId[] = [
  'appsNew',
  'granted',
  'partial',
  'denied',
  'unable',
  'rejected',
  'handled',
  'carriedForward',
  'reviewTotal',
  'litigationTotal',
  'disclosureRate',
  'reviewCorrectionRate',
];

const METRIC_ORDER = new Map<string, number>(METRICS.map((m, i) => [m.id, i]));

/** The chosen metric ids that exist, in dictionary order; the default set when none is chosen. */
export function chosenMetrics(ids: readonly string[]): MetricId[] {
  const known = ids.filter((id) => METRIC_ORDER.has(id)) as MetricId[];
  const list = known.length ? [...new Set(known)] : DEFAULT_COMPARE_METRICS;
  return [...list].sort((a, b) => METRIC_ORDER.get(a)! - METRIC_ORDER.get(b)!);
}

export function compareColumns(metricIds: readonly MetricId[], by: CompareBy, locale: Locale): TableColumn[] {
  const who = pick(locale, COMPARE_TEXT).headers;
  const lead: TableColumn[] = [
    { id: 'agency', header: who.agency, kind: 'text', sortable: true, sticky: true, names: true },
    { id: 'region', header: who.region, kind: 'text', sortable: true },
    { id: 'type', header: who.type, kind: 'text' },
    by === 'agency'
      ? { id: 'years', header: who.years, kind: 'text' }
      : { id: 'year', header: who.year, kind: 'year', sortable: true },
  ];
  const metrics: TableColumn[] = metricIds.map((id) => {
    const m = metricById(id);
    return {
      id,
      header: metricHeader(id, locale),
      kind: isRate(m) ? 'rate' : m.unit === 'count' ? 'count' : 'amount',
      group: groupLabel(m.group, locale),
      definitionHref: definitionHref(id, locale),
      sortable: true,
    };
  });
  const tail: TableColumn[] = [{ id: 'errors', header: who.errors, kind: 'count', sortable: true }];
  if (by === 'agency') tail.unshift({ id: 'reports', header: who.reports, kind: 'count' });
  // An agency-year's own report was on time or late and has a score; an agency's row spans years, so it has no
  // one figure.
  else
    tail.unshift(
      { id: 'daysLate', header: who.daysLate, kind: 'count', format: 'days-late', sortable: true },
      {
        id: 'score',
        header: who.score,
        kind: 'amount',
        format: 'points',
        definitionHref: scoreHref('score', locale),
        sortable: true,
      },
      {
        id: 'originality',
        header: who.originality,
        kind: 'amount',
        format: 'points',
        definitionHref: scoreHref('originality', locale),
        sortable: true,
      },
    );
  return [...lead, ...metrics, ...tail];
}
