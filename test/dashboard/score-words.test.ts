/**
 * A report score in words, in both languages: each component's points and the evidence they rest on, and which
 * weights the total was taken over.
 */
import { describe, expect, test } from 'vitest';
import { scoreWords } from '../../lib/dashboard/score-words';
import type { Locale } from '../../lib/format/locale';
import { TABLE2_SCORE_CELLS } from '../../db/schema/score-columns';
import { reportScore, type ScoreInput } from '../../lib/metrics/report-score';
import { COUNT_METRIC_IDS } from '../../lib/metrics/report-metrics';

const full = Object.fromEntries(COUNT_METRIC_IDS.map((id) => [id, 1])) as ScoreInput['metrics'];
const base: ScoreInput = { metrics: full, errorCount: 0, daysLate: -3, copiedPrev: 0.1, copiedPeer: 0.05 };
const words = (input: Partial<ScoreInput>, locale: Locale) => scoreWords(reportScore({ ...base, ...input }), locale);
const evidence = (input: Partial<ScoreInput>, locale: Locale) =>
  Object.fromEntries(words(input, locale).components.map((c) => [c.id, c.evidence]));

describe('the evidence of each component', () => {
  test.each<[string, Partial<ScoreInput>, Locale, Record<string, string>]>([
    [
      'a full, on-time report',
      {},
      'zh',
      {
        completeness: '表二有数；表三 10 项全部读到；表四 3 项全部读到',
        consistency: '未发现错误',
        timeliness: '按时发布',
        originality: '与上年重复 10%；与同年他文最高重复 5%',
      },
    ],
    [
      'a full, on-time report',
      {},
      'en',
      {
        completeness: 'table 2 read; table 3: all 10 cells read; table 4: all 3 cells read',
        consistency: 'no errors found',
        timeliness: 'published on time',
        originality: '10% repeated from the previous year; at most 5% repeated from another report of the year',
      },
    ],
    [
      'late, with errors, nothing compared',
      { daysLate: 12, errorCount: 2, copiedPrev: null, copiedPeer: null },
      'zh',
      {
        completeness: '表二有数；表三 10 项全部读到；表四 3 项全部读到',
        consistency: '2 处错误',
        timeliness: '逾期 12 天',
        originality: '无可比对的报告，不计入',
      },
    ],
    [
      'late, with errors, nothing compared',
      { daysLate: 1, errorCount: 1, copiedPrev: null, copiedPeer: null },
      'en',
      {
        completeness: 'table 2 read; table 3: all 10 cells read; table 4: all 3 cells read',
        consistency: '1 error',
        timeliness: '1 day late',
        originality: 'nothing to compare with; not counted',
      },
    ],
    [
      'undated, only the previous year compared',
      { daysLate: null, copiedPrev: 0.62, copiedPeer: null },
      'zh',
      {
        completeness: '表二有数；表三 10 项全部读到；表四 3 项全部读到',
        consistency: '未发现错误',
        timeliness: '发布日期未知，不计入',
        originality: '与上年重复 62%；同年无相近报告',
      },
    ],
    [
      'undated, only a peer compared',
      { daysLate: null, copiedPrev: null, copiedPeer: 0.08 },
      'en',
      {
        completeness: 'table 2 read; table 3: all 10 cells read; table 4: all 3 cells read',
        consistency: 'no errors found',
        timeliness: 'publication date unknown; not counted',
        originality: 'no previous-year report; at most 8% repeated from another report of the year',
      },
    ],
  ])('%s (%s)', (_what, input, locale, expected) => {
    expect(evidence(input, locale)).toEqual(expected);
  });
});

describe('completeness: which tables were read, naming a few missing cells', () => {
  const partial = { ...full, appsCarriedOver: null, otherOutcome: null };
  const noTable4 = { ...partial, reviewTotal: null, litigationDirectTotal: null, litigationAfterReviewTotal: null };
  const noTable2 = Object.fromEntries(
    Object.entries(noTable4).map(([id, v]) =>
      (TABLE2_SCORE_CELLS as readonly string[]).includes(id) ? [id, null] : [id, v],
    ),
  ) as ScoreInput['metrics'];

  test('zh', () => {
    const c = words({ metrics: noTable4 }, 'zh').components[0];
    expect(c.evidence).toBe('表二有数；表三 10 项读到 8 项（缺：上年结转、其他处理）；表四缺失');
    expect(c.points).toBe('60.0');
    expect(c.detail).toBe(
      '未读到：上年结转、其他处理、复议总数、行政诉讼（未经复议直接起诉）：总计、行政诉讼（复议后起诉）：总计',
    );
    expect(words({ metrics: noTable2 }, 'zh').components[0].evidence).toMatch(/^表二缺失；/);
  });

  test('en', () => {
    const c = words({ metrics: partial }, 'en').components[0];
    expect(c.evidence).toBe(
      'table 2 read; table 3: 8 of 10 cells read (missing: Carried over, Other handling); table 4: all 3 cells read',
    );
    expect(c.detail).toBe('Not read: Carried over, Other handling');
    expect(words({ metrics: noTable2 }, 'en').components[0].evidence).toBe(
      'table 2 missing; table 3: 8 of 10 cells read (missing: Carried over, Other handling); table 4 missing',
    );
  });

  test('more than three missing: only the count in the text, every name in the detail', () => {
    const metrics = { ...full };
    for (const id of ['appsNew', 'appsCarriedOver', 'granted', 'partial'] as const) metrics[id] = null;
    const c = words({ metrics }, 'zh').components[0];
    expect(c.evidence).toBe('表二有数；表三 10 项读到 6 项；表四 3 项全部读到');
    expect(c.detail).toBe('未读到：新收申请、上年结转、予以公开、部分公开');
  });
});

describe('the total and the weights it rests on', () => {
  test.each<[Partial<ScoreInput>, Locale, string, string]>([
    [{}, 'zh', '98.0', '四项均已计入'],
    [{}, 'en', '98.0', 'all four components counted'],
    [{ daysLate: 5, copiedPrev: null, copiedPeer: null }, 'zh', '98.8', '得分基于 80/100 权重（原创性未知）'],
    [{ daysLate: null }, 'en', '97.5', 'score over 80/100 of the weight (timeliness unknown)'],
    [
      { daysLate: null, copiedPrev: null, copiedPeer: null },
      'zh',
      '100.0',
      '得分基于 60/100 权重（及时性、原创性未知）',
    ],
    [
      { daysLate: null, copiedPrev: null, copiedPeer: null },
      'en',
      '100.0',
      'score over 60/100 of the weight (timeliness and originality unknown)',
    ],
  ])('%o (%s) → %s, %s', (input, locale, total, counted) => {
    const w = words(input, locale);
    expect([w.total, w.counted]).toEqual([total, counted]);
  });

  test('an unknown component shows a dash, a known one its points with one decimal', () => {
    const w = words({ daysLate: 5, copiedPrev: null, copiedPeer: null }, 'zh');
    expect(w.components.map((c) => [c.name, c.weight, c.points, c.known])).toEqual([
      ['完整性', 30, '100.0', true],
      ['一致性', 30, '100.0', true],
      ['及时性', 20, '95.0', true],
      ['原创性', 20, '—', false],
    ]);
  });
});
