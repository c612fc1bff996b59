/**
 * The metrics as the pages list them: the choices of the metric picker and the column chooser, the
 * definitions page (with the report score's components, weights and rules), and the link from a number to its
 * definition. Pure, so client components may import it.
 */
import { TABLE2_SCORE_CELLS, TABLE3_SCORE_CELLS, TABLE4_SCORE_CELLS } from '../../db/schema/score-columns';
import { pick, type Locale } from '../format/locale';
import { formatRate } from '../format/number';
import { METRIC_TEXT } from '../i18n/metric-text';
import { SCORE_TEXT } from '../i18n/score-text';
import { isRate, METRICS } from '../metrics/dictionary';
import { POINTS_PER_DAY_LATE, POINTS_PER_ERROR, SCORE_COMPONENTS, SCORE_WEIGHTS } from '../metrics/report-score';
import { wilsonInterval } from '../metrics/wilson';
import type { CountMetricId, MetricDefinition, MetricGroup, MetricId } from '../metrics/types';
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
  /** The name in the page's language only (issue 18: the other language beside it read as noise). */
  name: string;
  /** The formula in the page's language. */
  formula: string;
  /**
   * The formula in the national form's own Chinese words ('一、本年新收政府信息公开申请数量（总计列）'): in English
   * the label to look for in a report, shown as a quoted source label; in Chinese the formula itself, so null.
   */
  formWords: string | null;
  /** A rate's parts as sums of metric ids ('granted + partial'); null for a count. */
  parts: { numerator: string; denominator: string } | null;
  unit: string;
  templates: string;
  source: string;
  /** In the page's language. */
  caveats: string[];
}

/** Han characters, CJK punctuation and full-width forms: where the Chinese half of a dictionary text ends. */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60]/;

/**
 * The dictionary writes each formula and caveat in both languages, Chinese first: "一、…（总计列） — requests
 * received this year (total column)", "多数基层机关…波动。 Most local agencies…". The two halves, split after
 * the last Chinese character (and a " — " after it). A text with no English half gives '' for `en`.
 */
export function splitBilingual(text: string): { zh: string; en: string } {
  let end = text.length;
  while (end > 0 && !CJK.test(text[end - 1])) end--;
  const zh = text.slice(0, end).trim();
  const en = text
    .slice(end)
    .replace(/^\s*—\s*/, '')
    .trim();
  return { zh, en };
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
    formula: pick(locale, splitBilingual(m.formula)),
    formWords: locale === 'en' ? splitBilingual(m.formula).zh : null,
    parts: isRate(m) ? { numerator: sum(m.numerator), denominator: sum(m.denominator) } : null,
    unit: units[m.unit],
    templates: m.templates.join(' / '),
    source: m.source,
    caveats: m.caveats.map((c) => pick(locale, splitBilingual(c))),
  }));
}

/** Where a metric (or a group of metrics, by its first) is defined, in the page's language. */
export function definitionHref(anchor: string, locale: Locale): string {
  return `/metrics${locale === 'en' ? '?lang=en' : ''}#${anchor}`;
}

/** Where the report score or one of its components is defined on /metrics (anchors "score", "score-originality"…). */
export function scoreHref(
  part: 'score' | 'completeness' | 'consistency' | 'timeliness' | 'originality',
  locale: Locale,
) {
  return definitionHref(part === 'score' ? 'score' : `score-${part}`, locale);
}

export interface ScoreDefinitionView {
  title: string;
  intro: string;
  /** The total is over the known components. */
  known: string;
  components: { id: string; anchor: string; name: string; weight: string; rule: string; evidence: string }[];
  /** Ranks need MIN_RANKED reports. */
  ranks: string;
  wilson: string;
}

/** The report score on /metrics (#score, #score-completeness…): each component's weight, rule and evidence. */
export function scoreDefinition(locale: Locale, minRanked: number): ScoreDefinitionView {
  const t = pick(locale, SCORE_TEXT);
  const d = t.definition;
  const names = (ids: readonly CountMetricId[]) => ids.map((id) => metricName(id, locale)).join(t.evidence.listSep);
  const w = SCORE_WEIGHTS;
  const rules = {
    completeness: d.completeness(
      names(TABLE2_SCORE_CELLS),
      TABLE3_SCORE_CELLS.length,
      names(TABLE3_SCORE_CELLS),
      TABLE4_SCORE_CELLS.length,
      names(TABLE4_SCORE_CELLS),
    ),
    consistency: d.consistency(POINTS_PER_ERROR, Math.ceil(100 / POINTS_PER_ERROR)),
    timeliness: d.timeliness(POINTS_PER_DAY_LATE, Math.ceil(100 / POINTS_PER_DAY_LATE)),
    originality: d.originality(),
  };
  const evidence = {
    completeness: d.completenessEvidence,
    consistency: d.consistencyEvidence,
    timeliness: d.timelinessEvidence,
    originality: d.originalityEvidence,
  };
  // The interval's example, computed: 2 of 3 on time.
  const example = wilsonInterval(2, 3)!;
  const pct = (v: number) => formatRate(v, locale, 0);
  const known = 100 - w.timeliness;
  return {
    title: t.title,
    intro: d.intro,
    known: d.known(t.counted(known, locale === 'en' ? t.components.timeliness.toLowerCase() : t.components.timeliness)),
    components: SCORE_COMPONENTS.map((id) => ({
      id,
      anchor: `score-${id}`,
      name: t.components[id],
      weight: t.weight(w[id]),
      rule: rules[id],
      evidence: evidence[id],
    })),
    ranks: d.ranks(minRanked),
    wilson: d.wilson(2, 3, pct(2 / 3), pct(example.low), pct(example.high)),
  };
}
