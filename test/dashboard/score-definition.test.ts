/**
 * The report score on /metrics: each component's rule carries the numbers of db/schema/score-columns.ts (its weight,
 * points per error and per day late, the cells counted), the Wilson example is computed, and every text is in the
 * page's language only.
 */
import { describe, expect, test } from 'vitest';
import { TABLE3_SCORE_CELLS, TABLE4_SCORE_CELLS } from '../../db/schema/score-columns';
import { scoreDefinition } from '../../lib/dashboard/metrics-view';
import { POINTS_PER_DAY_LATE, POINTS_PER_ERROR, SCORE_WEIGHTS } from '../../lib/metrics/report-score';
import { wrongLanguage } from '../browser/language-rules';

const texts = (v: ReturnType<typeof scoreDefinition>) => [
  v.title,
  v.intro,
  v.known,
  v.ranks,
  v.wilson,
  ...v.components.flatMap((c) => [c.name, c.weight, c.rule, c.evidence]),
];

describe('scoreDefinition', () => {
  test('zh: the four components in order, with their anchors, weights and rules', () => {
    const v = scoreDefinition('zh', 5);
    expect(v.components.map((c) => [c.anchor, c.name, c.weight])).toEqual([
      ['score-completeness', '完整性', `权重 ${SCORE_WEIGHTS.completeness}%`],
      ['score-consistency', '一致性', `权重 ${SCORE_WEIGHTS.consistency}%`],
      ['score-timeliness', '及时性', `权重 ${SCORE_WEIGHTS.timeliness}%`],
      ['score-originality', '原创性', `权重 ${SCORE_WEIGHTS.originality}%`],
    ]);
    const [completeness, consistency, timeliness, originality] = v.components.map((c) => c.rule);
    expect(completeness).toContain(`表三按 ${TABLE3_SCORE_CELLS.length} 项汇总数（本年新收政府信息公开申请数、`);
    expect(completeness).toContain(`表四按 ${TABLE4_SCORE_CELLS.length} 项总计（行政复议：总计、`);
    expect(consistency).toContain(`每发现一处错误扣 ${POINTS_PER_ERROR} 分，${100 / POINTS_PER_ERROR} 处及以上为 0 分`);
    expect(timeliness).toContain(
      `逾期每天扣 ${POINTS_PER_DAY_LATE} 分，逾期 ${100 / POINTS_PER_DAY_LATE} 天及以上为 0 分`,
    );
    expect(originality).toContain('取两者中较大者');
    expect(v.known).toContain('基于 80/100 权重（及时性未知）');
    expect(v.ranks).toContain('少于 5 份报告的地区');
    // wilsonInterval(2, 3): 20.8 %–93.9 %.
    expect(v.wilson).toContain('3 份中 2 份按时为 67%，95% 区间 21%–94%');
  });

  test('en: the same rules in English', () => {
    const v = scoreDefinition('en', 5);
    expect(v.components.map((c) => c.name)).toEqual(['Completeness', 'Consistency', 'Timeliness', 'Originality']);
    expect(v.components[1].rule).toContain(`less ${POINTS_PER_ERROR} points for each error`);
    expect(v.components[2].rule).toContain('less 1 point for each day late; 100 days late or more give 0');
    expect(v.known).toContain('score over 80/100 of the weight (timeliness unknown)');
    expect(v.wilson).toContain('2 of 3 on time is 67%, with a 95% interval of 21%–94%');
  });

  test.each(['zh', 'en'] as const)('%s: every text in its language only', (locale) => {
    for (const text of texts(scoreDefinition(locale, 5))) expect(wrongLanguage(text, locale), text).toEqual([]);
  });
});
