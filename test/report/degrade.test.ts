/**
 * The degradations themselves (test/support/degrade.ts): a wild-forms result is only as good as the
 * damaged documents it parses, so each damage must do something, alone, and the same way every time.
 */
import { describe, expect, it } from 'vitest';
import {
  BLANK_TOTALS,
  BLANK_ZEROS,
  degrade,
  FORM_DAMAGES,
  flattenLikeCrawler,
  type WildForm,
} from '../support/degrade';
import { seedExpectations } from '../support/expectations';
import { renumber } from '../support/renumber';
import { seedSource } from '../support/seed-source';
import { goldenCells } from '../support/wild-score';

const seeds = seedExpectations();
const sources = seeds.map(seedSource);
const forms = Object.keys(FORM_DAMAGES) as WildForm[];

describe('seed sources', () => {
  it.each(sources.map((s) => [s.id, s] as const))(
    '%s: title, prose, three tables, the golden as expected',
    (_id, s) => {
      const e = seeds.find((x) => x.id === s.id)!;
      expect(s.title.join('')).toContain(String(e.year));
      expect(s.parts.filter((p) => 'table' in p).map((p) => ('table' in p ? p.table : ''))).toEqual([
        'table2',
        'table3',
        'table4',
      ]);
      expect(s.parts.filter((p) => 'prose' in p).length).toBeGreaterThan(3);
      expect(goldenCells(s.expected)).toEqual(goldenCells(e));
      expect(s.table4.cells).toHaveLength(15);
    },
  );
});

describe.each(forms)('%s', (form) => {
  const src = sources.find((s) => s.id.startsWith('003'))!;
  const bare = degrade(form, src, [], 1).text;

  it('is deterministic', () => {
    expect(degrade(form, src, FORM_DAMAGES[form], 2).text).toBe(degrade(form, src, FORM_DAMAGES[form], 2).text);
  });

  it.each(FORM_DAMAGES[form].filter((d) => d !== BLANK_ZEROS && d !== BLANK_TOTALS))(
    'damage %s changes the document on its own',
    (d) => {
      expect(degrade(form, src, [d], 1).text).not.toBe(bare);
    },
  );

  it('blankZeros blanks cells and makes their expected values null', () => {
    const d = degrade(form, src, [BLANK_ZEROS], 1);
    const nulls = goldenCells(d.expected).filter(([, v]) => v === null).length;
    expect(nulls).toBeGreaterThan(20);
    expect(d.text).not.toBe(bare);
  });

  it('blankTotals blanks every table 3 总计 cell and nulls it', () => {
    const d = degrade(form, src, [BLANK_TOTALS], 1);
    expect(Object.values(d.expected.table3).every((r) => r!.total === null)).toBe(true);
    expect(d.text).not.toBe(bare);
  });
});

describe('crawler text', () => {
  it('is a metadata header and one body line, rows run together', () => {
    const text = flattenLikeCrawler(sources.find((s) => s.id.startsWith('003'))!, { damages: [], seed: 1 });
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^标题: 嘉兴市科学技术局2020年度/);
    expect(lines).toContain('==================== 正文 ====================');
    expect(lines.at(-1)).toContain('一、本年新收政府信息公开申请数量3000003二、上年结转');
  });
});

describe('renumbered sources', () => {
  it.each(sources.map((s) => [s.id, s] as const))('%s: the template arithmetic holds', (_id, s) => {
    const r = renumber(s, 1).expected;
    const t3 = r.table3;
    for (const row of Object.values(t3)) {
      const { total, ...six } = row!;
      expect(total).toBe(Object.values(six).reduce((a, b) => a! + b!, 0));
    }
    expect(t3.newReceived!.total! + t3.carriedOver!.total!).toBe(t3.total!.total! + t3.carriedForward!.total!);
    for (const g of Object.values(r.table4)) expect(g.total).toBe(g.upheld! + g.corrected! + g.other! + g.pending!);
    expect(goldenCells(r).some(([, v]) => v !== null && v > 0)).toBe(true);
  });
});
