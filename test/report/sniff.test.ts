import { describe, expect, test } from 'vitest';
import { HTML_TAG, hasKnownTag, PIPE_LINE, pipeLines, sniffFormat } from '../../lib/report/sniff';
// A seeded generator, so a failure can be replayed.
import { mulberry32 as random } from '../../lib/synth/prng';

const PIECES = [
  '<',
  '>',
  '<p',
  '<P>',
  '<pre>',
  '<br/>',
  '<Table',
  '<tbody>',
  '<td ',
  '<tr>',
  '<h1>',
  '<h7>',
  '<H6 a="x">',
  '<html',
  '<meta',
  '<span',
  '<div',
  '<body',
  '<b>',
  '<p_',
  '<p1',
  '<p中',
  'x',
  '中',
  ' ',
  '\t',
  '\u3000',
  '\u00a0',
  '\r',
  '\n',
  '\n|',
  '\n |',
  '| a |',
  '\n\t|',
  '\r\n|',
  '|',
  '-',
  '2021',
  'ſpan',
  '\u2028|',
];

function text(next: () => number): string {
  let s = '';
  const n = Math.floor(next() * 24);
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

describe('sniffFormat', () => {
  test.each([
    ['<html><body>x</body></html>', 'a.txt', 'html'],
    ['说明 <p>正文</p>', 'a.txt', 'html'],
    ['a <pre> b', 'a.txt', 'text'],
    ['<custom>x</custom>', 'a.htm', 'html'],
    ['| a |\n| b |', 'a.txt', 'markdown'],
    ['| a |\n正文', 'a.txt', 'text'],
    ['正文', 'a.md', 'markdown'],
    ['\t表\n\t0', 'a.txt', 'text'],
  ])('%j (%s) is %s', (source, name, format) => {
    expect(sniffFormat(source, name)).toBe(format);
  });

  test('the loops agree with the expressions they replace on 20,000 random heads', () => {
    const next = random(21);
    const differ: [string, number][] = [];
    for (let k = 0; k < 20_000; k++) {
      const s = text(next);
      const end = Math.floor(next() * (s.length + 1));
      const head = s.slice(0, end);
      const lines = Math.min(head.match(PIPE_LINE)?.length ?? 0, 3);
      if (hasKnownTag(s, end) !== HTML_TAG.test(head) || pipeLines(s, end, 3) !== lines) differ.push([s, end]);
    }
    expect(differ).toEqual([]);
  });
});
