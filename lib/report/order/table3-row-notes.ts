/**
 * What a table-3 row read in the form's order says when the arithmetic left it null or partly read: the numbers
 * as written, and why (table3-by-order.ts).
 */
import type { Table3Key } from '../types';
import type { Segment } from './segments';
import type { OrderNote } from './types';

export function noteFor(s: Segment, key: Table3Key, partly: boolean): OrderNote {
  const where = `table3.${key}`;
  const written = s.tokens.map((t) => t.raw).join(' ');
  const offset = s.tokens[0]?.offset;
  if (partly)
    return {
      rule: 'row.short',
      severity: 'warning',
      where,
      message: `read in the form's order: only the total of "${written}" can be placed; the other cells are null`,
      offset,
    };
  if (s.tokens.length === 0)
    return {
      rule: 'row.missing',
      severity: 'warning',
      where,
      message: `read in the form's order: no numbers follow this row's label; its cells are null`,
    };
  const why =
    s.failed === 'tooMany'
      ? 'too many readings to check'
      : s.failed === 'none'
        ? "no reading satisfies the row's sums"
        : "more than one reading satisfies the table's sums";
  const rows = s.rows > 1 ? ` (numbers for ${s.rows} rows whose labels were not all found)` : '';
  return {
    rule: 'row.undecodable',
    severity: 'warning',
    where,
    message: `read in the form's order: "${written}"${rows}: ${why}; left null`,
    offset,
  };
}
