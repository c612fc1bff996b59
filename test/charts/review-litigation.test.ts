import { describe, expect, test } from 'vitest';
import { proceedingTotal, reviewLitigationOption } from '../../lib/charts/review-litigation';
import { RESULT_COLORS } from '../../lib/charts/palette';
import { caption, graphicTexts, REVIEW, seriesOf, valueOf } from './samples';

const zh = reviewLitigationOption(REVIEW, 'zh', caption('zh'));
const en = reviewLitigationOption(REVIEW, 'en', caption('en'));

describe('reviewLitigationOption', () => {
  test.each([
    [REVIEW.review, 8],
    [REVIEW.litigationDirect, 3],
    [REVIEW.litigationAfterReview, null],
  ])('proceedingTotal(%j) = %s', (p, total) => {
    expect(proceedingTotal(p)).toBe(total);
  });

  test('three proceedings on x, labelled with their totals or "no data"', () => {
    expect((zh.xAxis as { data: string[] }).data).toEqual(['行政复议\n8 件', '直接起诉\n3 件', '复议后起诉\n无数据']);
    expect((en.xAxis as { data: string[] }).data).toEqual([
      'Administrative review\n8',
      'Litigation, direct\n3',
      'Litigation after review\nno data',
    ]);
  });

  test('four stacked result series in the result palette; counts, nulls and zeros draw nothing', () => {
    const s = seriesOf(zh);
    expect(s.map((x) => x.name)).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结']);
    expect(s.map((x) => x.color)).toEqual(Object.values(RESULT_COLORS));
    expect(s.every((x) => x.stack === 'results')).toBe(true);
    expect(s.map((x) => x.data.map(valueOf))).toEqual([
      [5, 2, null],
      [1, null, null],
      [2, null, null],
      [null, 1, null],
    ]);
  });

  test('tooltip lists every result of the proceeding, unknown ones as no data', () => {
    expect(seriesOf(zh)[0].data[1].tooltip.formatter).toBe(
      ['<b>直接起诉</b>', '<b>结果维持：2 件</b>', '结果纠正：0 件', '其他结果：无数据', '尚未审结：1 件'].join(
        '<br/>',
      ),
    );
  });

  test('a proceeding with some results unknown is noted in the caption', () => {
    expect(graphicTexts(zh)).toContain('直接起诉：部分结果无数据，合计仅含已知结果。');
    expect(graphicTexts(en)).toContain('Litigation, direct: some results unknown; totals count the known ones.');
  });

  test('count axis with whole-number ticks', () => {
    expect(zh.yAxis).toMatchObject({ type: 'value', minInterval: 1 });
  });
});

describe('a period without reviews or lawsuits', () => {
  test('writes that across the plot', async () => {
    const { reviewLitigationOption } = await import('../../lib/charts/review-litigation');
    const zero = { upheld: 0, corrected: 0, other: 0, pending: 0 };
    const option = reviewLitigationOption({ review: zero, litigationDirect: zero, litigationAfterReview: zero }, 'en', {
      title: 't',
      filters: 'f',
      dataDate: 'd',
    });
    expect(JSON.stringify(option.graphic)).toContain('No reviews or lawsuits in this period');
    const some = reviewLitigationOption(
      { review: { ...zero, upheld: 1 }, litigationDirect: zero, litigationAfterReview: zero },
      'en',
      { title: 't', filters: 'f', dataDate: 'd' },
    );
    expect(JSON.stringify(some.graphic)).not.toContain('No reviews');
  });
});
