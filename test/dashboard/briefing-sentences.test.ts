/** The briefing's sentences from plain numbers (lib/dashboard/briefing/sentences.ts), in Chinese and English. */
import { describe, expect, test } from 'vitest';
import {
  applicationsSentence,
  proceedingsSentence,
  rankSentence,
  rateSentence,
  scopeSentence,
} from '../../lib/dashboard/briefing/sentences';

const thisYear = (value: number | null, reports?: number) => ({ year: 2023, value, reports });
const lastYear = (value: number | null, reports?: number) => ({ year: 2022, value, reports });

describe('new requests against the year before', () => {
  test.each([
    [
      'increase',
      thisYear(1234),
      lastYear(1099),
      '2023年浙江省共新收政府信息公开申请 1,234 件，比上年（2022年 1,099 件）增加 12.3%。',
      'In 2023, 浙江省 received 1,234 new information requests, up 12.3% on 2022 (1,099).',
    ],
    [
      'decrease',
      thisYear(900),
      lastYear(1000),
      '2023年浙江省共新收政府信息公开申请 900 件，比上年（2022年 1,000 件）减少 10.0%。',
      'In 2023, 浙江省 received 900 new information requests, down 10.0% on 2022 (1,000).',
    ],
    [
      'unchanged',
      thisYear(50),
      lastYear(50),
      '2023年浙江省共新收政府信息公开申请 50 件，与上年（2022年 50 件）持平。',
      'In 2023, 浙江省 received 50 new information requests, the same as in 2022 (50).',
    ],
    [
      'no previous year',
      thisYear(50),
      undefined,
      '2023年浙江省共新收政府信息公开申请 50 件；没有 2022 年的数据，不作比较。',
      'In 2023, 浙江省 received 50 new information requests; no data for 2022 to compare with.',
    ],
    [
      'previous year zero',
      thisYear(7),
      lastYear(0),
      '2023年浙江省共新收政府信息公开申请 7 件；上年（2022年）为 0 件，不计算增幅。',
      'In 2023, 浙江省 received 7 new information requests; 2022 had none, so no percentage change.',
    ],
    [
      'previous year blank',
      thisYear(7),
      lastYear(null),
      '2023年浙江省共新收政府信息公开申请 7 件；2022年的新收申请数未填报，不作比较。',
      'In 2023, 浙江省 received 7 new information requests; the figure for 2022 was not reported, so no comparison.',
    ],
    [
      'this year blank',
      thisYear(null),
      lastYear(10),
      '2023年浙江省的新收申请数未填报（不按 0 计）。',
      'The new requests of 浙江省 in 2023 were not reported (not counted as 0).',
    ],
  ])('%s', (_case, n, b, zh, en) => {
    expect(applicationsSentence({ subject: '浙江省', now: n, before: b }, 'zh')).toBe(zh);
    expect(applicationsSentence({ subject: '浙江省', now: n, before: b }, 'en')).toBe(en);
  });

  test('a blank is never read as 0: this year blank against 0 says not reported, not "unchanged"', () => {
    expect(applicationsSentence({ subject: 'X', now: thisYear(null), before: lastYear(0) }, 'zh')).not.toMatch(
      /持平|0 件/,
    );
  });

  test('reports counted in different numbers each year are said', () => {
    expect(applicationsSentence({ subject: '全国', now: thisYear(300, 3), before: lastYear(100, 1) }, 'zh')).toBe(
      '2023年全国共新收政府信息公开申请 300 件，比上年（2022年 100 件）增加 200.0%（2023年 3 份报告，2022年 1 份，增减含报告数变化的影响）。',
    );
    expect(applicationsSentence({ subject: 'China', now: thisYear(300, 3), before: lastYear(100, 1) }, 'en')).toBe(
      'In 2023, China received 300 new information requests, up 200.0% on 2022 (100) (3 reports in 2023, 1 in 2022: the change includes the change in reports).',
    );
    expect(
      applicationsSentence({ subject: '全国', now: thisYear(300, 3), before: lastYear(100, 3) }, 'zh'),
    ).not.toContain('份报告');
  });

  test('a change too small for one decimal keeps a second one', () => {
    expect(applicationsSentence({ subject: 'X', now: thisYear(10001), before: lastYear(10000) }, 'en')).toContain(
      'up 0.01%',
    );
  });
});

describe('a rate with the count it rests on', () => {
  test('with a reference below it', () => {
    expect(
      rateSentence(
        { name: '公开率', rate: 0.582, base: 1234, reference: { label: '全国同期', rate: 0.61, base: 20000 } },
        'zh',
      ),
    ).toBe('公开率为 58.2%（基于 1,234 件已办结申请），低于全国同期的 61.0%（基于 20,000 件）。');
    expect(
      rateSentence(
        {
          name: 'Disclosure rate',
          rate: 0.582,
          base: 1234,
          reference: { label: 'the national rate for the same years', rate: 0.61, base: 20000 },
        },
        'en',
      ),
    ).toBe(
      'Disclosure rate: 58.2% (of 1,234 requests handled), below the national rate for the same years of 61.0% (of 20,000).',
    );
  });

  test('above, and equal as shown to one decimal', () => {
    expect(
      rateSentence({ name: '公开率', rate: 0.7, base: 100, reference: { label: 'M', rate: 0.6 } }, 'zh'),
    ).toContain('，高于M的 60.0%');
    expect(
      rateSentence({ name: '公开率', rate: 0.60001, base: 100, reference: { label: 'M', rate: 0.6 } }, 'zh'),
    ).toContain('，与M持平（60.0%）');
    expect(
      rateSentence({ name: '公开率', rate: 0.6, base: 100, reference: { label: 'M', rate: 0.6, base: 3 } }, 'zh'),
    ).toBe('公开率为 60.0%（基于 100 件已办结申请），与M持平（60.0%，基于 3 件）。');
    expect(
      rateSentence({ name: 'Rate', rate: 0.6, base: 100, reference: { label: 'M', rate: 0.6, base: 3 } }, 'en'),
    ).toBe('Rate: 60.0% (of 100 requests handled), the same as M (60.0% of 3).');
  });

  test('a small base carries the mark and says so', () => {
    expect(rateSentence({ name: '公开率', rate: 1, base: 3 }, 'zh')).toBe(
      '公开率为 100.0%（基于 3 件已办结申请†，件数少于 30 件，仅供参考）。',
    );
    expect(rateSentence({ name: 'Disclosure rate', rate: 1, base: 3 }, 'en')).toBe(
      'Disclosure rate: 100.0% (of 3 requests handled†; fewer than 30 cases, read with care).',
    );
  });

  test('no rate (blank, or nothing handled) says it cannot be computed, never 0%', () => {
    for (const input of [
      { rate: null, base: null },
      { rate: null, base: 0 },
      { rate: 0.5, base: 0 },
    ]) {
      expect(rateSentence({ name: '公开率', ...input }, 'zh')).toBe('公开率无法计算：没有可计算的已办结申请。');
      expect(rateSentence({ name: 'Disclosure rate', ...input }, 'en')).toBe(
        'Disclosure rate: cannot be computed, no handled requests to compute it from.',
      );
    }
  });

  test('a blank reference is left unsaid', () => {
    expect(rateSentence({ name: '公开率', rate: 0.5, base: 100, reference: { label: 'M', rate: null } }, 'zh')).toBe(
      '公开率为 50.0%（基于 100 件已办结申请）。',
    );
  });
});

describe('reviews and lawsuits', () => {
  test.each([
    [
      'counts',
      { total: 40, corrected: 10, rate: 0.25 },
      '行政复议共 40 件，其中被纠错 10 件，纠错率 25.0%。',
      '40 administrative reviews, 10 of them corrected (25.0%).',
    ],
    [
      'some pending: the rate is over the concluded cases, and says so',
      { total: 40, corrected: 10, rate: 10 / 36, concluded: 36 },
      '行政复议共 40 件，已审结 36 件，其中被纠错 10 件，纠错率 27.8%（按已审结件数计）。',
      '40 administrative reviews, 36 concluded, 10 of them corrected (27.8% of those concluded).',
    ],
    [
      'concluded equal to the total: the plain sentence',
      { total: 40, corrected: 10, rate: 0.25, concluded: 40 },
      '行政复议共 40 件，其中被纠错 10 件，纠错率 25.0%。',
      '40 administrative reviews, 10 of them corrected (25.0%).',
    ],
    [
      'small base',
      { total: 4, corrected: 1, rate: 0.25 },
      '行政复议共 4 件，其中被纠错 1 件，纠错率 25.0%（†件数少于 30 件，仅供参考）。',
      '4 administrative reviews, 1 of them corrected (25.0%); †fewer than 30 cases, read with care.',
    ],
    [
      'none',
      { total: 0, corrected: 0, rate: null },
      '本期没有行政复议案件。',
      'No administrative reviews in this period.',
    ],
    [
      'blank',
      { total: null, corrected: null, rate: null },
      '行政复议件数未填报（不按 0 计）。',
      'The number of administrative reviews was not reported (not counted as 0).',
    ],
    [
      'corrected blank',
      { total: 40, corrected: null, rate: null },
      '行政复议共 40 件，被纠错件数未填报。',
      '40 administrative reviews; how many were corrected was not reported.',
    ],
  ])('%s', (_case, numbers, zh, en) => {
    expect(proceedingsSentence({ kind: 'review', ...numbers }, 'zh')).toBe(zh);
    expect(proceedingsSentence({ kind: 'review', ...numbers }, 'en')).toBe(en);
  });

  test('lawsuits by name', () => {
    expect(proceedingsSentence({ kind: 'litigation', total: 0, corrected: 0, rate: null }, 'zh')).toBe(
      '本期没有行政诉讼案件。',
    );
  });
});

test('scope and rank', () => {
  expect(scopeSentence('浙江省 · 2020年', 5, 3, 'zh')).toBe('本简报涵盖“浙江省 · 2020年”的 5 份年报，涉及 3 个机构。');
  expect(scopeSentence('Zhejiang · 2020', 1, 1, 'en')).toBe(
    'This briefing covers 1 report from 1 agency: Zhejiang · 2020.',
  );
  expect(rankSentence({ metric: '新收申请', rank: 3, n: 1200, type: '科技局', year: 2020 }, 'zh')).toBe(
    '按新收申请，在 2020 年全国 1,200 个同类机构（科技局）中排第 3 位（由高到低）。',
  );
});
