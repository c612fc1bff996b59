/**
 * Between two anchors of the chain stand the numbers of the rows from the first anchor's row up to the
 * next anchor's: usually one row, several when labels were lost or moved. A segment is read as written
 * when its tokens are exactly the cells of its rows, else cut by the rows' arithmetic.
 */
import type { Anchor } from './anchors';
import { applicantSum, type Budget, splitSumRow, splitTokens, type Part, wordBreaks } from './split';
import type { NumberToken, OrderStream } from './stream';

export interface Segment {
  /** Rows [first, first + rows) of the form. */
  first: number;
  rows: number;
  tokens: NumberToken[];
  /** Tokens with words before them (see `wordBreaks`). */
  breaks: ReadonlySet<number>;
  /** Readings of rows × width numbers that satisfy every row's rule (several: the columns must choose). */
  readings: Part[][];
  /** How the reading was found: cells as written, digits cut by the sums, or numbers given rows by order. */
  how: 'read' | 'decoded' | 'order';
  /** No reading, or too many to check. */
  failed: 'none' | 'tooMany' | null;
}

export function segmentsOf<K extends string>(
  stream: OrderStream,
  chain: Anchor<K>[],
  formRows: number,
  to: number,
  width: number,
  rowRule: (row: number[]) => boolean,
  budget: Budget,
): Segment[] {
  const spans = chain.map((anchor, j) => {
    const next = chain[j + 1];
    const end = next ? next.start : to;
    return {
      first: anchor.row,
      rows: (next ? next.row : formRows) - anchor.row,
      tokens: tokensBetween(stream.numbers, anchor.end, end),
      moved: false,
    };
  });
  labelsAfterNumbers(spans, width, (tokens) => wordBreaks(stream.text, tokens));
  return spans.map((s) => {
    const segment = readSegment(s.first, s.rows, s.tokens, width, rowRule, wordBreaks(stream.text, s.tokens), budget);
    return s.moved ? { ...segment, how: 'order' } : segment;
  });
}

/** The tokens whose marks lie in [from, to): the stream's numbers stand in the order of their marks. */
function tokensBetween(numbers: NumberToken[], from: number, to: number): NumberToken[] {
  const first = firstAtOrAfter(numbers, from);
  const last = firstAtOrAfter(numbers, to);
  return numbers.slice(first, Math.max(first, last));
}

/** The index of the first token whose mark is at or after `at` (binary search). */
function firstAtOrAfter(numbers: NumberToken[], at: number): number {
  let lo = 0;
  let hi = numbers.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (numbers[mid].at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A label printed after its row's numbers (a PDF page that opens with a wrapped label, a converter
 * that moves a label down): the row before holds its own numbers and, after words, one row more, and
 * this row holds none. The extra row's numbers are moved to it, as a reading by order (kept only when
 * every sum of the table holds).
 */
function labelsAfterNumbers(
  spans: { rows: number; tokens: NumberToken[]; moved: boolean }[],
  width: number,
  breaksOf: (t: NumberToken[]) => Set<number>,
): void {
  for (let j = 0; j + 1 < spans.length; j++) {
    const here = spans[j];
    const next = spans[j + 1];
    const own = here.rows * width;
    if (next.tokens.length > 0 || here.tokens.length !== own + next.rows * width) continue;
    if (!here.tokens.every((t) => t.run === null) || !breaksOf(here.tokens).has(own)) continue;
    next.tokens = here.tokens.slice(own);
    here.tokens = here.tokens.slice(0, own);
    next.moved = true;
  }
}

function readSegment(
  first: number,
  rows: number,
  tokens: NumberToken[],
  width: number,
  rowRule: (row: number[]) => boolean,
  breaks: ReadonlySet<number>,
  budget: Budget,
): Segment {
  const count = rows * width;
  const segment: Segment = {
    first,
    rows,
    tokens,
    breaks,
    readings: [],
    how: rows > 1 ? 'order' : 'read',
    failed: null,
  };
  if (tokens.length === 0) return { ...segment, failed: 'none' };
  const plain = tokens.every((t) => t.run === null);
  if (rows === 1 && plain && breaks.size === 0 && tokens.length === count && tokens.every((t) => t.value !== null)) {
    segment.readings = [tokens.map((t, i) => ({ value: t.value!, token: i }))];
    return segment;
  }
  const single = rows === 1 && tokens.length === 1 && tokens[0].run !== null && rowRule === applicantSum;
  const { readings, truncated } = single
    ? splitSumRow(tokens[0].run!, width - 1, budget)
    : splitTokens(tokens, count, width, rowRule, 12, breaks, budget);
  segment.readings = truncated ? [] : readings;
  if (truncated) segment.failed = 'tooMany';
  else if (readings.length === 0) segment.failed = 'none';
  if (!plain && rows === 1) segment.how = 'decoded';
  return segment;
}
