/** A metric's name, its column header (short where the dictionary's name is long) and its group's name. */
import { pick, type Locale } from '../../format/locale';
import { METRIC_TEXT } from '../../i18n/metric-text';
import { metricById } from '../../metrics/dictionary';
import type { MetricGroup, MetricId } from '../../metrics/types';

/** The dictionary's name in the locale. */
export function metricName(id: MetricId, locale: Locale): string {
  const m = metricById(id);
  return locale === 'zh' ? m.zh : m.en;
}

/** The dictionary's full name stays in the definition the header links to. */
export function metricHeader(id: MetricId, locale: Locale): string {
  const headers = pick(locale, METRIC_TEXT).headers;
  return Object.hasOwn(headers, id) ? headers[id] : metricName(id, locale);
}

export function groupLabel(group: MetricGroup, locale: Locale): string {
  return pick(locale, METRIC_TEXT).groups[group];
}
