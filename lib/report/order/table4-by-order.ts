/**
 * Table 4 read by order: after its header words, fifteen numbers (行政复议, 直接起诉, 复议后起诉, five
 * each), or three labelled groups of five. Digit runs are cut only where each group's 总计 equals its
 * four cells in exactly one way.
 */
import { TABLE4_COLUMNS, TABLE4_GROUPS, type Table4Group } from '../types';
import { TABLE_STARTS } from './form';
import { numberGroups } from './groups';
import { reviewSum, splitTokens } from './split';
import type { NumberToken, OrderStream } from './stream';
import type { OrderNote, OrderRow, Region } from './types';
import { firstOf } from './first-of';

export interface Table4ByOrder {
  rows: Partial<Record<Table4Group, OrderRow>>;
  notes: OrderNote[];
}

export function readTable4ByOrder(stream: OrderStream, region: Region): Table4ByOrder | null {
  const start = firstOf(stream.text, TABLE_STARTS.table4, region.from, region.to);
  if (start < 0) return null;
  const groups = numberGroups(stream, start, region.to);
  if (groups.length === 0) return null;
  const rows: Table4ByOrder['rows'] = {};
  const notes: OrderNote[] = [];
  const whole = readGroup(groups[0], 15);
  if (whole.reading) {
    TABLE4_GROUPS.forEach((g, i) => (rows[g] = slice(whole.reading!, groups[0], i * 5, whole.how)));
    return { rows, notes };
  }
  // Three labelled rows of five: the words before each group say which.
  const labelled = groups.slice(0, 3).map((g, i) => ({
    g,
    group: groupNamed(stream.text.slice(i === 0 ? start : groups[i - 1][groups[i - 1].length - 1].at, g[0].at)),
    read: readGroup(g, 5),
  }));
  const names = new Set(labelled.map((l) => l.group));
  if (labelled.length === 3 && names.size === 3 && labelled.every((l) => l.read.reading)) {
    for (const l of labelled) rows[l.group] = slice(l.read.reading!, l.g, 0, l.read.how);
    return { rows, notes };
  }
  const written = groups[0].map((t) => t.raw).join(' ');
  notes.push({
    rule: 'row.undecodable',
    severity: 'warning',
    where: 'table4',
    message: `read in the form's order: "${written}" ${whole.why}; left null`,
    offset: groups[0][0].offset,
  });
  return { rows, notes };
}

function readGroup(
  tokens: NumberToken[],
  count: number,
): { reading?: { value: number; token: number }[]; how: OrderRow['how']; why: string } {
  const plain = tokens.every((t) => t.run === null);
  const { readings, truncated } = splitTokens(tokens, count, 5, reviewSum);
  if (readings.length === 1 && !truncated) return { reading: readings[0], how: plain ? 'read' : 'decoded', why: '' };
  if (plain && tokens.length === count && tokens.every((t) => t.value !== null)) {
    // Fifteen cells as written whose sums do not hold are still what the report says.
    return { reading: tokens.map((t, i) => ({ value: t.value!, token: i })), how: 'read', why: '' };
  }
  const why = truncated
    ? 'has too many readings to check'
    : readings.length === 0
      ? `cannot be read as ${count} numbers whose totals hold`
      : 'has more than one reading whose totals hold';
  return { how: 'read', why };
}

function slice(
  reading: { value: number; token: number }[],
  tokens: NumberToken[],
  from: number,
  how: OrderRow['how'],
): OrderRow {
  const parts = reading.slice(from, from + TABLE4_COLUMNS.length);
  return {
    values: parts.map((p) => p.value),
    spans: parts.map((p) => ({ offset: tokens[p.token].offset, length: tokens[p.token].length })),
    how,
  };
}

/** The group whose label stands last in the words before a group of numbers. */
function groupNamed(words: string): Table4Group {
  const at = {
    litigationAfterReview: words.lastIndexOf('复议后起诉'),
    litigationDirect: words.lastIndexOf('直接起诉'),
    review: words.lastIndexOf('行政复议'),
  };
  return (Object.keys(at) as Table4Group[]).reduce((a, b) => (at[b] > at[a] ? b : a));
}
