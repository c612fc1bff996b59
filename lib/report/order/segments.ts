/**
 * Between two anchors of the chain stand the numbers of the rows from the first anchor's row up to the
 * next anchor's: usually one row, several when labels were lost or moved. A segment is read as written
 * when its tokens are exactly the cells of its rows, else cut by the rows' arithmetic.
 */
import type { Anchor } from './anchors';
import { type Budget, splitTokens, type Part, wordBreaks } from './split';
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
  const out: Segment[] = [];
  chain.forEach((anchor, j) => {
    const next = chain[j + 1];
    const end = next ? next.start : to;
    const tokens = stream.numbers.filter((t) => t.at >= anchor.end && t.at < end);
    const rows = (next ? next.row : formRows) - anchor.row;
    out.push(readSegment(anchor.row, rows, tokens, width, rowRule, wordBreaks(stream.text, tokens), budget));
  });
  return out;
}

export function readSegment(first: number, rows: number, tokens: NumberToken[], width: number, rowRule: (row: number[]) => boolean, breaks: ReadonlySet<number>, budget: Budget): Segment {
  const count = rows * width;
  const segment: Segment = { first, rows, tokens, breaks, readings: [], how: rows > 1 ? 'order' : 'read', failed: null };
  if (tokens.length === 0) return { ...segment, failed: 'none' };
  const plain = tokens.every((t) => t.run === null);
  if (rows === 1 && plain && breaks.size === 0 && tokens.length === count && tokens.every((t) => t.value !== null)) {
    segment.readings = [tokens.map((t, i) => ({ value: t.value!, token: i }))];
    return segment;
  }
  const { readings, truncated } = splitTokens(tokens, count, width, rowRule, 12, breaks, budget);
  segment.readings = truncated ? [] : readings;
  if (truncated) segment.failed = 'tooMany';
  else if (readings.length === 0) segment.failed = 'none';
  if (!plain && rows === 1) segment.how = 'decoded';
  return segment;
}
