/**
 * A report score in words (issue 16): each component's points and the evidence they rest on ("表三 10 项读到 8 项",
 * "逾期 12 天", "发布日期未知，不计入"), and which weights the total was taken over. Pure, tested in both languages.
 */
import { pick, type Locale } from '../format/locale';
import { formatPoints, formatRate } from '../format/number';
import { SCORE_TEXT } from '../i18n/score-text';
import type { ReportScore, ScoreComponentId, ScoreEvidence } from '../metrics/report-score';
import type { CountMetricId } from '../metrics/types';
import { metricHeader } from './table/metric-headers';

/** A partly read table names its missing cells in the text when there are at most this many. */
const NAMED_MISSING = 3;

export interface ComponentWords {
  id: ScoreComponentId;
  name: string;
  weight: number;
  /** '95.0', or '—' when unknown. */
  points: string;
  known: boolean;
  /** What the points rest on, in words. */
  evidence: string;
  /** Every cell not read, for a title; null when all were. */
  detail: string | null;
}

export interface ScoreWords {
  /** The total, '98.8'. */
  total: string;
  /** 'score over 80/100 of the weight (timeliness unknown)', or that all four were counted. */
  counted: string;
  components: ComponentWords[];
}

/** A copied share (0.62) as the evidence says it: '62%'. */
const share = (v: number, locale: Locale) => formatRate(v, locale, 0);

function completeness(e: ScoreEvidence['completeness'], locale: Locale): { text: string; detail: string | null } {
  const t = pick(locale, SCORE_TEXT).evidence;
  const names = (ids: readonly CountMetricId[]) => ids.map((id) => metricHeader(id, locale)).join(t.listSep);
  const table = (name: string, known: number, cells: number, missing: readonly CountMetricId[]) => {
    const words = t.table(name, known, cells);
    return known > 0 && missing.length > 0 && missing.length <= NAMED_MISSING
      ? `${words}${t.missingNames(names(missing))}`
      : words;
  };
  // missing lists table 3's cells, then table 4's.
  const missing3 = e.missing.slice(0, e.table3Cells - e.table3Known);
  const missing4 = e.missing.slice(e.table3Cells - e.table3Known);
  const text = [
    e.table2Read ? t.table2.read : t.table2.missing,
    table(t.tableNames.table3, e.table3Known, e.table3Cells, missing3),
    table(t.tableNames.table4, e.table4Known, e.table4Cells, missing4),
  ].join(t.sep);
  return { text, detail: e.missing.length > 0 ? t.missingTitle(names(e.missing)) : null };
}

function evidenceOf(id: ScoreComponentId, e: ScoreEvidence, locale: Locale): { text: string; detail: string | null } {
  const t = pick(locale, SCORE_TEXT).evidence;
  switch (id) {
    case 'completeness':
      return completeness(e.completeness, locale);
    case 'consistency':
      return { text: e.consistency.errors > 0 ? t.errors(e.consistency.errors) : t.noErrors, detail: null };
    case 'timeliness': {
      const days = e.timeliness.daysLate;
      return { text: days === null ? t.undated : days > 0 ? t.late(days) : t.onTime, detail: null };
    }
    case 'originality': {
      const { copiedPrev, copiedPeer } = e.originality;
      if (copiedPrev === null && copiedPeer === null) return { text: t.notCompared, detail: null };
      const prev = copiedPrev === null ? t.noPrev : t.copiedPrev(share(copiedPrev, locale));
      const peer = copiedPeer === null ? t.noPeer : t.copiedPeer(share(copiedPeer, locale));
      return { text: `${prev}${t.sep}${peer}`, detail: null };
    }
  }
}

export function scoreWords(score: ReportScore, locale: Locale): ScoreWords {
  const t = pick(locale, SCORE_TEXT);
  const components = score.components.map((c) => {
    const evidence = evidenceOf(c.id, score.evidence, locale);
    return {
      id: c.id,
      name: t.components[c.id],
      weight: c.weight,
      points: formatPoints(c.points, locale),
      known: c.points !== null,
      evidence: evidence.text,
      detail: evidence.detail,
    };
  });
  const unknown = components.filter((c) => !c.known).map((c) => (locale === 'en' ? c.name.toLowerCase() : c.name));
  return {
    total: formatPoints(score.total, locale),
    counted: unknown.length === 0 ? t.allCounted : t.counted(score.weightCounted, unknown.join(t.unknownSep)),
    components,
  };
}
