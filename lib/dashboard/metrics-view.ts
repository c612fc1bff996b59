/**
 * The metrics as the pages list them: the choices of the metric picker and the column chooser, the
 * definitions page, and the link from a number to its definition. Pure, so client components may import it.
 */
import { pick, type Locale } from '../format/locale';
import { METRIC_TEXT } from '../i18n/metric-text';
import { isRate, METRICS } from '../metrics/dictionary';
import type { MetricDefinition, MetricGroup, MetricId } from '../metrics/types';
import { groupLabel, metricHeader, metricName } from './table/metric-headers';

export { isSmallBase, SMALL_BASE } from '../metrics/rate-base';

export interface MetricChoice {
  id: MetricId;
  /** The dictionary's name. */
  name: string;
  /** The column header: the short name where the dictionary's is long. */
  header: string;
}

export interface MetricGroupOf<T> {
  group: MetricGroup;
  label: string;
  metrics: T[];
}

/** The pickers' order: what was asked and how it ended first. */
const CHOICE_ORDER: MetricGroup[] = ['applications', 'outcomes', 'rates', 'review', 'reasons', 'published'];
/** The definitions page's order: the form's tables first, the rates derived from them after. */
const DEFINITION_ORDER: MetricGroup[] = ['applications', 'outcomes', 'reasons', 'review', 'rates', 'published'];

function grouped<T>(
  order: readonly MetricGroup[],
  locale: Locale,
  view: (m: MetricDefinition) => T,
): MetricGroupOf<T>[] {
  return order.map((group) => ({
    group,
    label: groupLabel(group, locale),
    metrics: METRICS.filter((m) => m.group === group).map(view),
  }));
}

export function metricChoices(locale: Locale): MetricGroupOf<MetricChoice>[] {
  return grouped(CHOICE_ORDER, locale, (m) => ({
    id: m.id,
    name: metricName(m.id, locale),
    header: metricHeader(m.id, locale),
  }));
}

export interface MetricDefinitionView {
  id: MetricId;
  name: string;
  /** The name in the other language, shown beside it. */
  otherName: string;
  formula: string;
  /** A rate's parts as sums of metric ids ('granted + partial'); null for a count. */
  parts: { numerator: string; denominator: string } | null;
  unit: string;
  templates: string;
  source: string;
  caveats: string[];
}

function sum(list: { id: string; sign: 1 | -1 }[]): string {
  return list.map((p, i) => `${p.sign < 0 ? ' − ' : i ? ' + ' : ''}${p.id}`).join('');
}

/** The definitions page: every metric of the dictionary, by group. */
export function metricDefinitions(locale: Locale): MetricGroupOf<MetricDefinitionView>[] {
  const units = pick(locale, METRIC_TEXT).units;
  return grouped(DEFINITION_ORDER, locale, (m) => ({
    id: m.id,
    name: metricName(m.id, locale),
    otherName: metricName(m.id, locale === 'zh' ? 'en' : 'zh'),
    formula: m.formula,
    parts: isRate(m) ? { numerator: sum(m.numerator), denominator: sum(m.denominator) } : null,
    unit: units[m.unit],
    templates: m.templates.join(' / '),
    source: m.source,
    caveats: m.caveats,
  }));
}

/** Where a metric (or a group of metrics, by its first) is defined, in the page's language. */
export function definitionHref(anchor: string, locale: Locale): string {
  return `/metrics${locale === 'en' ? '?lang=en' : ''}#${anchor}`;
}
