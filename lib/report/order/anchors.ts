/**
 * The form's row labels found in the stream as anchors, in the form's order: every place a row's words
 * occur is a candidate, and the chain kept is the one with the most (and surest) anchors whose rows and
 * places both increase. A label moved out of order (a converter printed it lines away) is left out of
 * the chain, never followed; a label split or wrapped still matches by a keyword of either part.
 */
import type { FormRow } from './form';
import { NUMBER_MARK } from './stream';

export interface Anchor<K extends string> {
  key: K;
  /** The row's index in the form. */
  row: number;
  /** Where its words stand in the stream's text: [start, end). */
  start: number;
  end: number;
  score: number;
}

/** How far after a label its numbers may start, in stream characters, for the label to be preferred. */
const NEAR = 48;

export function findAnchors<K extends string>(text: string, from: number, to: number, rows: FormRow<K>[]): Anchor<K>[] {
  const hits: Anchor<K>[] = [];
  rows.forEach((row, index) => {
    for (const p of row.patterns) {
      for (let at = text.indexOf(p.text, from); at >= 0 && at + p.text.length <= to; at = text.indexOf(p.text, at + 1)) {
        const end = at + p.text.length;
        // A label with its numbers right after it is surer than the same words in prose.
        const next = text.indexOf(NUMBER_MARK, end);
        const near = next >= 0 && next - end <= NEAR ? 0.5 : 0;
        hits.push({ key: row.key, row: index, start: at, end, score: p.score + near });
      }
    }
  });
  return bestChain(dedupe(hits));
}

/** One hit per row and place: the longest (surest) pattern where several start in the same words. */
function dedupe<K extends string>(hits: Anchor<K>[]): Anchor<K>[] {
  hits.sort((a, b) => a.start - b.start || b.score - a.score || b.end - a.end);
  const kept: Anchor<K>[] = [];
  for (const h of hits) {
    const covered = kept.some((k) => k.row === h.row && h.start < k.end && h.end > k.start && k.score >= h.score);
    if (!covered) kept.push(h);
  }
  return kept;
}

/** The increasing chain (by row and by place) with the greatest total score. */
function bestChain<K extends string>(hits: Anchor<K>[]): Anchor<K>[] {
  const n = hits.length;
  const best = new Float64Array(n);
  const prev = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    best[i] = hits[i].score;
    for (let j = 0; j < i; j++) {
      if (hits[j].row < hits[i].row && hits[j].end <= hits[i].start && best[j] + hits[i].score > best[i]) {
        best[i] = best[j] + hits[i].score;
        prev[i] = j;
      }
    }
  }
  let end = -1;
  for (let i = 0; i < n; i++) if (end < 0 || best[i] > best[end]) end = i;
  const chain: Anchor<K>[] = [];
  for (let i = end; i >= 0; i = prev[i]) chain.push(hits[i]);
  return chain.reverse();
}
