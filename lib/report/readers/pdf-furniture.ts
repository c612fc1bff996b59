/**
 * Page furniture: page numbers ("— 3 —", "- 3 -", "第 3 页", "3/5", a lone number) and running headers or
 * footers (a line repeated at the same height on several pages, e.g. a browser's date, title and URL).
 * Only lines above or below all other content of a page, near its top or bottom edge, are considered.
 */
import type { Line } from './pdf-lines';
import type { PageContent } from './pdf-page';

/** Share of the page height, from the top or the bottom edge, where furniture lives. */
const EDGE = 0.12;
/** Points: repeated lines match at this height difference. */
const SAME_Y = 3;

const PAGE_NUMBER = [
  /^[-—–－―~·•\s]*\d{1,4}[-—–－―~·•\s]*$/,
  /^第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?$/,
  /^共\s*\d+\s*页\s*[,，]?\s*第\s*\d+\s*页$/,
  /^\d+\s*\/\s*\d+$/,
  /^page\s*\d+(?:\s*of\s*\d+)?$/i,
];

const key = (l: Line) => l.text.replace(/\d+/g, '#').replace(/\s+/g, '');

/** Lines at the top and bottom edges of a page, outside its tables. */
function edgeLines(page: PageContent): Line[] {
  const tableTop = Math.min(...page.tables.map((t) => t.top), Infinity);
  const tableBottom = Math.max(...page.tables.map((t) => t.bottom), -Infinity);
  const out: Line[] = [];
  for (const l of page.lines) {
    if (l.base < page.height * EDGE && l.base < tableTop) out.push(l);
    else break;
  }
  for (let i = page.lines.length - 1; i >= 0; i--) {
    const l = page.lines[i];
    if (l.base > page.height * (1 - EDGE) && l.base > tableBottom && !out.includes(l)) out.push(l);
    else break;
  }
  return out;
}

/** Removes page numbers and running headers/footers from every page's prose lines. */
export function dropFurniture(pages: PageContent[]): void {
  const edges = pages.map(edgeLines);
  const seen = new Map<string, { base: number; page: number }[]>();
  edges.forEach((lines, p) => {
    for (const l of lines) {
      const k = key(l);
      seen.set(k, [...(seen.get(k) ?? []), { base: l.base, page: p }]);
    }
  });
  const repeated = (l: Line, p: number) => {
    const others = (seen.get(key(l)) ?? []).filter((o) => o.page !== p && Math.abs(o.base - l.base) <= SAME_Y);
    return new Set(others.map((o) => o.page)).size >= 1;
  };
  pages.forEach((page, p) => {
    const drop = new Set(edges[p].filter((l) => PAGE_NUMBER.some((re) => re.test(l.text.trim())) || repeated(l, p)));
    if (drop.size > 0) page.lines = page.lines.filter((l) => !drop.has(l));
  });
}
