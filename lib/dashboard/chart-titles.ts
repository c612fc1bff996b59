/** Chart titles in both languages; the metric's own name where the chart is about one metric. */
import type { Locale } from '../format/locale';
import { metricById } from '../metrics/dictionary';
import type { MetricId } from '../metrics/types';

const name = (id: MetricId, locale: Locale) => (locale === 'zh' ? metricById(id).zh : metricById(id).en);

export const CHART_TITLES = {
  trend: (m: MetricId, l: Locale) => (l === 'zh' ? `${name(m, l)}：逐年变化` : `${name(m, l)} by year`),
  outcomes: (l: Locale) => (l === 'zh' ? '申请办理结果构成（按年度）' : 'How requests ended, by year'),
  reasons: (l: Locale) => (l === 'zh' ? '不予公开、无法提供、不予处理的理由' : 'Why requests were denied, unanswerable or not processed'),
  review: (l: Locale) => (l === 'zh' ? '行政复议与行政诉讼结果' : 'Administrative review and litigation results'),
  ranking: (m: MetricId, place: string, l: Locale) => (l === 'zh' ? `${place}各地${name(m, l)}排名` : `${name(m, l)}: ${place} ranked`),
  peers: (m: MetricId, type: string, year: number, l: Locale) =>
    (l === 'zh' ? `${year}年同类机构（${type}）${name(m, l)}分布` : `${name(m, l)} among ${type} agencies, ${year}`),
  // Agency charts name the agency in their caption line, so a title fits a half-width panel.
  agencyTrend: (m: MetricId, l: Locale) => (l === 'zh' ? `${name(m, l)}：逐年变化` : `${name(m, l)} by year`),
  agencyOutcomes: (l: Locale) => (l === 'zh' ? '申请办理结果构成（按年度）' : 'How requests ended, by year'),
  agencyReasons: (year: number, l: Locale) => (l === 'zh' ? `${year}年不予公开等理由` : `Reasons, ${year}`),
  agencyReview: (year: number, l: Locale) => (l === 'zh' ? `${year}年复议与诉讼结果` : `Review and litigation, ${year}`),
};
