/**
 * The order stream's hand-written number scans against the regexes they replace, on random text made of
 * the characters that matter (digits, signs, commas, points, spaces, ideographs, 第, prose marks).
 */
import { describe, expect, test } from 'vitest';
import { NUMBER_WINDOW, numberEnd, proseBefore } from '../../../lib/report/order/number-scan';

const NUMBER = /^[+-]?\d+(?:,\d{3})*(?:\.\d+)?/;
const PROSE_BEFORE = /(?:[A-Za-z_/\\.:：@=?&~〔[【第]|\d[-/])\s*$/;
const PIECES = ['0', '1', '7', '9', ',', '.', '-', '+', ' ', '\u3000', '件', '第', '年', 'a', '/', '：', '【', '\t'];

function randomText(seed: number, length: number): string {
  let x = seed;
  let s = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += PIECES[x % PIECES.length];
  }
  return s;
}

describe('number scans of the order stream', () => {
  test('numberEnd ends a number where the regex on the window does', () => {
    let checked = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const s = randomText(seed, 80);
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        const digitAt = (k: number) => k < s.length && s.charCodeAt(k) >= 0x30 && s.charCodeAt(k) <= 0x39;
        if (!(digitAt(i) || ((c === 0x2b || c === 0x2d) && digitAt(i + 1)))) continue;
        const limit = Math.min(s.length, i + NUMBER_WINDOW);
        const match = NUMBER.exec(s.slice(i, limit));
        expect(numberEnd(s, i, limit), `${JSON.stringify(s)} at ${i}`).toBe(i + (match ? match[0].length : 0));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  test('proseBefore answers as the regex on the three characters before', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const s = randomText(seed * 7 + 1, 40);
      for (let i = 1; i < s.length; i++)
        expect(proseBefore(s, i), `${JSON.stringify(s)} at ${i}`).toBe(
          PROSE_BEFORE.test(s.slice(Math.max(0, i - 3), i)),
        );
    }
  });
});
