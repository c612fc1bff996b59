/**
 * `splitLines` reads short lines character by character and long ones with `indexOf`: both must give what
 * the rules say, checked here against a reference written the slow way on random texts of both kinds.
 */
import { describe, expect, test } from 'vitest';
import { BLANK, CELL, FOOTER, MARKDOWN, splitLines, TAB_ROW, TEXT } from '../../../lib/report/readers/text-lines';

const FOOTERS = [
  /^[-—–－─_\s]*\d{1,3}[-—–－─_\s]*$/,
  /^第\s*\d{1,3}\s*页(\s*[,，/]?\s*共\s*\d{1,3}\s*页)?$/,
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
];

/** The kind of one line, by the rules of text-lines.ts. */
function kindOf(line: string): number {
  if (line.startsWith('\t') && !line.slice(1).includes('\t')) return CELL;
  const trimmed = line.trim();
  if (trimmed === '') return BLANK;
  if (trimmed.startsWith('|')) return MARKDOWN;
  if (line.includes('\t')) return TAB_ROW;
  if (/[-/—–－─页]/.test(trimmed) && FOOTERS.some((re) => re.test(trimmed))) return FOOTER;
  return TEXT;
}

function reference(text: string): [number, number, number][] {
  const out: [number, number, number][] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    out.push([kindOf(text.slice(start, m.index)), start, m.index]);
    start = m.index + m[0].length;
  }
  out.push([kindOf(text.slice(start)), start, text.length]);
  return out;
}

const PIECES = [
  '\t',
  '\n',
  '\r',
  '\r\n',
  ' ',
  '\u3000',
  '|',
  '中',
  '0',
  '12',
  '- 3 -',
  '第 2 页',
  '1/2',
  'x'.repeat(30),
  '文'.repeat(60),
];

describe('splitLines', () => {
  test('agrees with the rules written the slow way on 20,000 random texts, short lines and long', () => {
    let s = 11;
    const next = () => (s = (s * 1103515245 + 12345) >>> 0) / 4294967296;
    const differ: string[] = [];
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      const n = Math.floor(next() * 24);
      for (let i = 0; i < n; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      const lines = splitLines(text);
      const got: [number, number, number][] = [];
      for (let i = 0; i < lines.count; i++) got.push([lines.kinds[i], lines.starts[i], lines.ends[i]]);
      if (JSON.stringify(got) !== JSON.stringify(reference(text))) differ.push(text);
    }
    expect(differ).toEqual([]);
  });
});
