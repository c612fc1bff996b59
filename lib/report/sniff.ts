/**
 * Which reader a decoded document needs: HTML, Markdown or plain text, by content; the file name
 * only breaks ties (a page whose first tags are unusual, a Markdown file without pipe tables).
 *
 * Speed: the head is searched with `indexOf` for "|" and "<", not with the expressions below, which
 * walked all 20,000 characters of every text report (one cell per line: a line start every five
 * characters); the loops look only where a pipe or a "<" stands and stop at the second pipe line.
 * test/report/sniff.test.ts checks the loops against the expressions.
 */
import type { SourceFormat } from './model';
import { isSpaceCode } from './normalize';

/** How much of the text is looked at. */
const HEAD = 20000;

/**
 * What the loops compute, as expressions on the head (kept for the test): a known tag, and lines whose
 * first character after any whitespace (as `trimStart` sees it) is a pipe.
 */
export const HTML_TAG = /<(?:html|body|table|tr|td|p|div|span|br|h[1-6]|meta)\b[^>]*>/i;
export const PIPE_LINE = /(?:^|\n)[^\S\n]*\|/g;

const HTML_NAME = /\.html?$/i;
const ANY_TAG = /<[a-z!][^<>]*>/i;
const MARKDOWN_NAME = /\.(md|markdown)$/i;

export function sniffFormat(text: string, fileName: string): SourceFormat {
  const end = Math.min(text.length, HEAD);
  if (hasKnownTag(text, end) || (HTML_NAME.test(fileName) && ANY_TAG.test(text.slice(0, HEAD)))) return 'html';
  if (MARKDOWN_NAME.test(fileName)) return 'markdown';
  return pipeLines(text, end, 2) >= 2 ? 'markdown' : 'text';
}

const KNOWN_TAGS = new Set(['html', 'body', 'table', 'tr', 'td', 'p', 'div', 'span', 'br', 'meta']);
for (let h = 1; h <= 6; h++) KNOWN_TAGS.add(`h${h}`);

/**
 * `HTML_TAG.test(text.slice(0, end))`: a "<", then a known tag name that the next character ends (no
 * letter, digit or "_" follows; the names differ in their first two letters, so the name is the whole
 * run of such characters), and a ">" somewhere after the name.
 */
export function hasKnownTag(text: string, end: number): boolean {
  const lastClose = text.lastIndexOf('>', end - 1);
  if (lastClose < 0) return false;
  for (let lt = text.indexOf('<'); lt >= 0 && lt < lastClose; lt = text.indexOf('<', lt + 1)) {
    let j = lt + 1;
    while (j < end && isAsciiWordCode(text.charCodeAt(j))) j++;
    const length = j - lt - 1;
    if (length === 0 || length > 5 || j > lastClose) continue;
    if (KNOWN_TAGS.has(text.slice(lt + 1, j).toLowerCase())) return true;
  }
  return false;
}

/** `\w` without the u flag: ASCII letters, digits and "_". */
function isAsciiWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/**
 * How many lines of `text.slice(0, end)` start with a pipe after white space other than "\n" (as
 * `PIPE_LINE` counts them), counting no further than `enough`. Only the pipes are visited: a pipe starts
 * a line when nothing but such white space stands between it and the line's start.
 */
export function pipeLines(text: string, end: number, enough: number): number {
  let count = 0;
  for (let pipe = text.indexOf('|'); pipe >= 0 && pipe < end; ) {
    let i = pipe - 1;
    while (i >= 0 && text.charCodeAt(i) !== 10 && isSpaceCode(text.charCodeAt(i))) i--;
    if (i < 0 || text.charCodeAt(i) === 10) {
      if (++count >= enough) return count;
      const lineEnd = text.indexOf('\n', pipe);
      if (lineEnd < 0) break;
      pipe = text.indexOf('|', lineEnd);
    } else {
      pipe = text.indexOf('|', pipe + 1);
    }
  }
  return count;
}
