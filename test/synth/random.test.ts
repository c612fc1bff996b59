import { describe, expect, test } from 'vitest';
import { TABLE4_GROUPS } from '../../lib/report/types';
import { TABLE2_BLOCKS, table3Keys } from '../../lib/synth/labels';
import {
  consistencyErrors,
  mulberry32,
  randomContent,
  renderHtml,
  renderMarkdown,
  renderRunTogether,
  renderText,
} from '../../lib/synth/render';
import { splitCount } from '../../lib/synth/prng';

const draws = (n: number, seed = 1) => {
  const rng = mulberry32(seed);
  return Array.from({ length: n }, () => randomContent(rng));
};

describe('randomContent', () => {
  const sample = draws(2000);

  test('is consistent by the template rules', () => {
    for (const [i, c] of sample.entries()) expect(consistencyErrors(c), `draw ${i}`).toEqual([]);
  });

  test('checks the rules it claims: a broken sum is reported', () => {
    const c = structuredClone(sample.find((x) => (x.table3.granted?.natural ?? 0) > 0)!);
    c.table3.granted!.natural! += 1;
    expect(consistencyErrors(c)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^table3\.granted\.total/),
        expect.stringMatching(/^table3\.total\.natural/),
      ]),
    );
    c.table4.review.total = (c.table4.review.total ?? 0) + 1;
    expect(consistencyErrors(c)).toContainEqual(expect.stringMatching(/^table4\.review\.total/));
  });

  test('years 2019–2024, template by year, rows of that template only', () => {
    for (const c of sample) {
      expect(c.year).toBeGreaterThanOrEqual(2019);
      expect(c.year).toBeLessThanOrEqual(2024);
      expect(c.template).toBe(c.year <= 2020 ? '2019' : '2021');
      expect(Object.keys(c.table3).sort()).toEqual([...table3Keys(c.template)].sort());
      const blocks = TABLE2_BLOCKS[c.template];
      expect(Object.keys(c.table2).sort()).toEqual(blocks.flatMap((b) => b.rows.map((r) => r.key)).sort());
      for (const b of blocks) for (const r of b.rows) expect(c.table2[r.key]).toHaveLength(b.columns.length);
      expect(Object.keys(c.table4)).toEqual([...TABLE4_GROUPS]);
    }
    expect(new Set(sample.map((c) => c.year)).size).toBe(6);
  });

  test('application counts are skewed: mostly 0–5, a few in the hundreds or thousands', () => {
    const totals = sample.map((c) => c.table3.newReceived!.total!);
    const small = totals.filter((n) => n <= 5).length / totals.length;
    expect(small).toBeGreaterThan(0.6);
    expect(totals.filter((n) => n === 0).length / totals.length).toBeGreaterThan(0.3);
    expect(totals.filter((n) => n >= 100).length).toBeGreaterThan(20);
    expect(Math.max(...totals)).toBeGreaterThan(1000);
  });

  test('agency names are real places plus agency types, and vary', () => {
    const names = new Set(sample.map((c) => c.agency));
    expect(names.size).toBeGreaterThan(200);
    for (const n of names)
      expect(n).toMatch(
        /^[\u4e00-\u9fa5]+(省|自治区|市|县|区)[\u4e00-\u9fa5]*(局|厅|委员会|政府|办公室|办公厅|办事处)$/,
      );
  });

  test('the same seed gives the same content and the same documents', () => {
    expect(draws(50, 42)).toEqual(draws(50, 42));
    expect(draws(50, 42)).not.toEqual(draws(50, 43));
    const [a] = draws(1, 9);
    const [b] = draws(1, 9);
    expect(renderText(a, 'cell-per-line', { noise: true })).toBe(renderText(b, 'cell-per-line', { noise: true }));
    expect(renderHtml(a, { page: true })).toBe(renderHtml(b, { page: true }));
    expect(renderMarkdown(a)).toBe(renderMarkdown(b));
    expect(renderRunTogether(a)).toBe(renderRunTogether(b));
  });

  test('options: template, year, agency', () => {
    const rng = mulberry32(3);
    for (let i = 0; i < 50; i++) {
      expect(randomContent(rng, { template: '2019' }).year).toBeLessThanOrEqual(2020);
      expect(randomContent(rng, { template: '2021' }).year).toBeGreaterThanOrEqual(2021);
    }
    const c = randomContent(rng, { year: 2020, agency: '嘉兴市教育局' });
    expect([c.year, c.template, c.agency]).toEqual([2020, '2019', '嘉兴市教育局']);
  });

  test('blanks leave cells null, and the rules still hold for the cells that are there', () => {
    const rng = mulberry32(11);
    const withBlanks = Array.from({ length: 200 }, () => randomContent(rng, { blanks: 1 }));
    const hasNull = (c: (typeof withBlanks)[number]) => JSON.stringify([c.table2, c.table3]).includes('null');
    expect(withBlanks.every(hasNull)).toBe(true);
    for (const c of withBlanks) expect(consistencyErrors(c)).toEqual([]);
    expect(sample.some(hasNull)).toBe(false);
  });
});

test.each([0, 1, 7, 150, 201, 5000, 123456])('splitCount(%i) sums exactly', (n) => {
  const parts = splitCount(mulberry32(n), n, [40, 8, 0.3, 20, 0, 3]);
  expect(parts.reduce((a, b) => a + b, 0)).toBe(n);
  expect(parts.every((p) => Number.isInteger(p) && p >= 0)).toBe(true);
  expect(parts[4]).toBe(0);
});
