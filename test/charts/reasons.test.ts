import { describe, expect, test } from 'vitest';
import { reasonLabel, reasonMetric, reasonsOption } from '../../lib/charts/reasons';
import { OUTCOME_COLORS } from '../../lib/charts/palette';
import { REASON_METRICS } from '../../lib/metrics/definitions/reasons';
import { caption, graphicTexts, REASONS, seriesOf, valueOf } from './samples';

const zh = reasonsOption(REASONS, 'zh', caption('zh'));
const en = reasonsOption(REASONS, 'en', caption('en'));

describe('reasonMetric and reasonLabel', () => {
  test('every dictionary reason has an outcome group and a short label', () => {
    for (const m of REASON_METRICS) {
      expect(['denied', 'unable', 'rejected', 'other']).toContain(reasonMetric(m.id).group);
      expect(reasonLabel(m, 'zh')).not.toContain('：');
    }
  });

  test.each([
    ['deniedStateSecret', 'zh', '属于国家秘密'],
    ['deniedStateSecret', 'en', 'state secret'],
    ['unableNotHeld', 'zh', '本机关不掌握相关政府信息'],
  ] as const)('%s (%s) → %s', (id, locale, label) => {
    expect(reasonLabel(reasonMetric(id).metric, locale)).toBe(label);
  });

  test.each(['granted', 'nonsense'])('%s is not a reason', (id) => {
    expect(() => reasonMetric(id)).toThrow(/not a reason metric/);
  });
});

describe('reasonsOption', () => {
  test('labels from the dictionary, largest first, zero kept, nulls left out', () => {
    expect((zh.yAxis as { data: string[] }).data).toEqual([
      '本机关不掌握相关政府信息',
      '重复申请',
      '属于国家秘密',
      '保护第三方合法权益',
    ]);
    expect((en.yAxis as { data: string[] }).data[0]).toBe('information not held by the agency');
  });

  test('one series per outcome group present, coloured by outcome, aligned to the rows', () => {
    const s = seriesOf(zh);
    expect(s.map((x) => x.name)).toEqual(['不予公开', '无法提供', '不予处理']);
    expect(s.map((x) => x.color)).toEqual([OUTCOME_COLORS.denied, OUTCOME_COLORS.unable, OUTCOME_COLORS.rejected]);
    expect(s.map((x) => x.data.map(valueOf))).toEqual([
      [null, null, 2, 0],
      [12, null, null, null],
      [null, 5, null, null],
    ]);
    expect(s.every((x) => x.stack === 'reasons')).toBe(true);
  });

  test('tooltips carry the full dictionary name and the count', () => {
    expect(seriesOf(zh)[0].data[2].tooltip.formatter).toBe('不予公开：属于国家秘密<br/>2 件');
    expect(seriesOf(en)[1].data[0].tooltip.formatter).toBe(
      'Unable to provide: information not held by the agency<br/>12',
    );
  });

  test('the caption names the reasons left out for want of data', () => {
    expect(graphicTexts(zh)).toContain('未列出无数据的原因 2 项：申请人逾期未缴纳费用、其他。' /* dictionary order */);
    expect(graphicTexts(en)).toContain(
      '2 reasons with no data not shown: applicant did not pay the fee in time; other.',
    );
    expect(graphicTexts(reasonsOption([{ id: 'deniedInquiry', value: 1 }], 'zh', caption('zh'))).join()).not.toContain(
      '未列出',
    );
  });

  test('many missing reasons: the first four named, then 等', () => {
    const all = REASON_METRICS.map((m) => ({ id: m.id, value: null }));
    expect(graphicTexts(reasonsOption(all, 'zh', caption('zh'))).find((t) => t.startsWith('未列出'))).toMatch(
      /^未列出无数据的原因 19 项：.*等。$/,
    );
  });

  test('ties keep dictionary order', () => {
    const o = reasonsOption(
      [
        { id: 'rejectedRepeated', value: 1 },
        { id: 'deniedStateSecret', value: 1 },
      ],
      'zh',
      caption('zh'),
    );
    expect((o.yAxis as { data: string[] }).data).toEqual(['属于国家秘密', '重复申请']);
  });
});

describe('a period without a single refusal', () => {
  test('says so in one line instead of drawing nineteen zero bars', async () => {
    const { reasonsOption } = await import('../../lib/charts/reasons');
    const { REASON_METRICS } = await import('../../lib/metrics/definitions/reasons');
    const option = reasonsOption(
      REASON_METRICS.map((m) => ({ id: m.id, value: 0 })),
      'zh',
      { title: 't', filters: 'f', dataDate: 'd' },
    );
    expect(option.series).toEqual([]);
    expect(JSON.stringify(option.graphic)).toContain('本期没有不予公开、无法提供或不予处理的申请');
  });
});
