import { describe, expect, it } from 'vitest';
import { compact, compactEquals } from '../../lib/report/normalize';

/** What `compact` promises, spelled out the slow way. */
const reference = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

describe('compact', () => {
  it('equals NFKC without whitespace for every character of the basic plane', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCharCode(c);
      if (compact(s) !== reference(s)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('equals it for label-like mixes of plain text, whitespace and characters NFKC changes', () => {
    const pieces = [
      '（三）',
      '不予公开',
      ' ',
      '\u3000',
      '\u00a0',
      '1.',
      '属于国家秘密',
      'ＡＢ１２',
      '⼀',
      '兀',
      'ﬁ',
      'e\u0301',
      '\t',
      '、',
      '“',
      '”',
      '—',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % pieces.length;
    for (let i = 0; i < 2000; i++) {
      const s = Array.from({ length: 1 + (i % 7) }, () => pieces[next()]).join('');
      expect(compact(s), JSON.stringify(s)).toBe(reference(s));
    }
  });

  it('returns plain text as it is and drops its whitespace', () => {
    expect(compact('政府信息公开')).toBe('政府信息公开');
    expect(compact(' 1. 属于\u3000国家秘密 ')).toBe('1.属于国家秘密');
    expect(compact('（一）')).toBe('(一)');
  });
});

describe('compactEquals', () => {
  it('is compact(text) === word, with or without NFKC', () => {
    const texts = [
      '自然人',
      ' 自然人 ',
      '自 然\u3000人',
      '⾃然人',
      '自然人\u2028',
      '自然',
      '自然人们',
      '',
      ' ',
      '（自然人）',
      '自然\u00a0人',
    ];
    for (const t of texts) expect([t, compactEquals(t, '自然人')]).toEqual([t, compact(t) === '自然人']);
  });
});
