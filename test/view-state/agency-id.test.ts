import { describe, expect, it } from 'vitest';
import { parseAgencyId } from '../../lib/view-state/agency-id';

describe('parseAgencyId', () => {
  it.each([
    ['1', 1],
    ['12', 12],
    ['9007199254740991', 9007199254740991],
  ])('reads %s', (v, id) => {
    expect(parseAgencyId(v)).toBe(id);
  });

  // Issue 18 (URL fuzz): `/api/chart?agency=` followed by 10,000 nines was Infinity, which libSQL refused with a 500.
  it.each([
    null,
    undefined,
    '',
    ' 1',
    '0',
    '-1',
    '+1',
    '01',
    '1.5',
    '1e0',
    '1e30',
    '0x10',
    'NaN',
    'Infinity',
    '9007199254740993',
    '99999999999999999999',
    '9'.repeat(10_000),
    '１２',
    'abc',
  ])('drops %j', (v) => {
    expect(parseAgencyId(v)).toBeUndefined();
  });
});
