/**
 * The query cases of this run against those of an earlier run (`--baseline FILE`: a BENCHMARKS.md the bench wrote,
 * read at the section of the same size): the cases whose median grew by a factor, however far under target. A
 * 12× slower compare table (6.6 → 79 ms at 100k) passed every target in issue 21's fifth pass and was found only
 * by diffing two runs by hand.
 */
import type { QueryResult } from './bench-results';

/** A case's median (ms) by `view / filter / call`, from the query tables of section `## {size} reports`. */
export function readQueryMedians(markdown: string, size: string): Map<string, number> {
  const out = new Map<string, number>();
  const start = markdown.indexOf(`\n## ${size} reports\n`);
  if (start < 0) return out;
  const next = markdown.indexOf('\n## ', start + 1);
  let view = '';
  for (const line of markdown.slice(start, next < 0 ? undefined : next).split('\n')) {
    if (line.startsWith('#### ')) view = line.slice(5).trim();
    const cells = line.split('|').map((c) => c.trim());
    // | filter | call | p50 | p95 | max | target | mark |
    if (view && cells.length >= 8 && /^[\d.]+$/.test(cells[3]))
      out.set(`${view} / ${cells[1]} / ${cells[2]}`, Number(cells[3]));
  }
  return out;
}

export interface SlowerCase {
  name: string;
  before: number;
  now: number;
}

/** Cases whose median is at least `factor` times the baseline's and `minMs` more (noise on sub-millisecond calls is not news). */
export function slowerThanBaseline(
  queries: readonly QueryResult[],
  baseline: ReadonlyMap<string, number>,
  factor = 3,
  minMs = 5,
): SlowerCase[] {
  return queries.flatMap((q) => {
    const name = `${q.view} / ${q.filter} / ${q.call}`;
    const before = baseline.get(name);
    return before !== undefined && q.p50 >= before * factor && q.p50 - before >= minMs
      ? [{ name, before, now: q.p50 }]
      : [];
  });
}
