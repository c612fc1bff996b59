/**
 * The form's row labels found in the stream as anchors, in the form's order: every place a row's words
 * occur is a candidate, and the chain kept is the one with the most (and surest) anchors whose rows and
 * places both increase. A label moved out of order (a converter printed it lines away) is left out of
 * the chain, never followed; a label split or wrapped still matches by a keyword of either part.
 */
import { dice } from '../interpret/match';
import type { FormRow, Pattern } from './form';
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
  const index = patternIndex(rows);
  // The next number mark at or after `markFrom` (-1: none), kept while the hits move forward: one
  // `indexOf` per stretch between marks instead of one per hit.
  let markFrom = Number.MAX_SAFE_INTEGER;
  let mark = -1;
  // One pass over the region, trying only the patterns that start with the character there (not every
  // pattern searched for through the whole text: that was most of the time of the anchors).
  for (let at = from; at < to; at++) {
    const candidates = index[text.charCodeAt(at)];
    if (candidates === undefined) continue;
    const second = text.charCodeAt(at + 1);
    for (const p of candidates) {
      // The second character rules out most candidates before the whole words are compared.
      if (p.second !== second) continue;
      const end = at + p.text.length;
      if (end > to || !text.startsWith(p.text, at)) continue;
      if (end < markFrom || (mark >= 0 && end > mark)) {
        markFrom = end;
        mark = text.indexOf(NUMBER_MARK, end);
      }
      // A label with its numbers right after it is surer than the same words in prose.
      const near = mark >= 0 && mark - end <= NEAR ? 0.5 : 0;
      hits.push({ key: p.key, row: p.row, start: at, end, score: p.score + near });
    }
  }
  const chain = bestChain(dedupe(hits));
  const near = approximateHits(text, chain, rows, from, to);
  return near.length > 0 ? bestChain(dedupe([...hits, ...near])) : chain;
}

interface IndexedPattern<K extends string> extends Pattern {
  key: K;
  row: number;
  /** The pattern's second UTF-16 code unit (every pattern has two characters at least). */
  second: number;
}

/**
 * The form's patterns by their first character (an array indexed by UTF-16 code unit: a lookup per
 * character of the region), in the form's order (row, then pattern) within each.
 */
const INDEXES = new WeakMap<FormRow<string>[], (IndexedPattern<string>[] | undefined)[]>();

function patternIndex<K extends string>(rows: FormRow<K>[]): (IndexedPattern<K>[] | undefined)[] {
  const known = INDEXES.get(rows);
  if (known) return known as (IndexedPattern<K>[] | undefined)[];
  const index: (IndexedPattern<K>[] | undefined)[] = new Array(0x10000).fill(undefined);
  rows.forEach((row, r) => {
    for (const p of row.patterns) {
      const first = p.text.charCodeAt(0);
      const list = index[first] ?? (index[first] = []);
      list.push({ text: p.text, score: p.score, key: row.key, row: r, second: p.text.charCodeAt(1) });
    }
  });
  INDEXES.set(rows, index);
  return index;
}

/** A label an OCR misread in a character or two ("本机关不掌据相关政府信息") still shares most bigrams. */
const MIN_SIMILARITY = 0.6;

/**
 * Labels the chain skipped, looked for again between the anchors around them by bigram similarity, so an
 * OCR-garbled label is found where the form's order puts it and nowhere else. Only whole labels of at
 * least five characters: short words match too much by chance.
 */
function approximateHits<K extends string>(
  text: string,
  chain: Anchor<K>[],
  rows: FormRow<K>[],
  from: number,
  to: number,
): Anchor<K>[] {
  const out: Anchor<K>[] = [];
  for (let j = 0; j <= chain.length; j++) {
    const before = chain[j - 1];
    const after = chain[j];
    const first = before ? before.row + 1 : 0;
    const last = after ? after.row : rows.length;
    if (first >= last) continue;
    const start = before ? before.end : from;
    const end = after ? after.start : to;
    for (let r = first; r < last; r++) {
      const label = rows[r].patterns.find((p) => p.score === 3)?.text;
      if (!label || label.length < 5) continue;
      const hit = bestWindow(text, start, end, label);
      if (hit) out.push({ key: rows[r].key, row: r, start: hit.start, end: hit.start + label.length, score: 1 });
    }
  }
  return out;
}

function bestWindow(text: string, from: number, to: number, label: string): { start: number } | null {
  let best: { start: number; score: number } | null = null;
  for (let at = from; at + label.length <= to; at++) {
    const window = text.slice(at, at + label.length);
    if (window.includes(NUMBER_MARK)) continue;
    const score = dice(label, window);
    if (score >= MIN_SIMILARITY && (!best || score > best.score)) best = { start: at, score };
  }
  return best;
}

/** One hit per row and place: the longest (surest) pattern where several start in the same words. */
function dedupe<K extends string>(hits: Anchor<K>[]): Anchor<K>[] {
  hits.sort((a, b) => a.start - b.start || b.score - a.score || b.end - a.end);
  const kept: Anchor<K>[] = [];
  // Only a hit of the same row can cover another: the kept ones are looked through row by row.
  const keptByRow: (Anchor<K>[] | undefined)[] = [];
  for (const h of hits) {
    const same = keptByRow[h.row];
    if (same?.some((k) => h.start < k.end && h.end > k.start && k.score >= h.score)) continue;
    kept.push(h);
    if (same) same.push(h);
    else keptByRow[h.row] = [h];
  }
  return kept;
}

/** The increasing chain (by row and by place) with the greatest total score. */
function bestChain<K extends string>(hits: Anchor<K>[]): Anchor<K>[] {
  const n = hits.length;
  // Plain arrays: two typed arrays made per table cost more than the search itself.
  const best: number[] = new Array(n);
  const prev: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    best[i] = hits[i].score;
    prev[i] = -1;
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
