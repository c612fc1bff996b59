/** The coverage page's own URL filter: `show`, read forgivingly and written only when it is not every agency. */
import { expect, test } from 'vitest';
import { coverageQuery, coverageShow, withShow } from '../../lib/view-state/coverage-filters';

test('show is one of the row filters, else every agency; it is added to a link only when not every agency', () => {
  expect(coverageShow({ show: 'late' })).toBe('late');
  expect(coverageShow(new URLSearchParams('show=stopped'))).toBe('stopped');
  expect(coverageShow({ show: ['missing', 'late'] })).toBe('missing');
  expect(coverageShow({ show: 'everything' })).toBe('all');
  expect(coverageShow({})).toBe('all');
  expect(coverageQuery('all')).toBe('');
  expect(withShow('/quality/coverage', 'all')).toBe('/quality/coverage');
  expect(withShow('/quality/coverage', 'late')).toBe('/quality/coverage?show=late');
  expect(withShow('/quality/coverage?region=330000', 'undated')).toBe('/quality/coverage?region=330000&show=undated');
});
