/**
 * Counts a page reads once instead of twice (issue 21): the overview's coverage line takes its agencies from the
 * headline's summary, and the view notice asks only whether the view has reports. Same words and numbers as the
 * plain queries say, on real imports (the samples and synthetic reports) in a libSQL file.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { dataCoverage } from '../../db/queries/data-coverage';
import { summarizeMetrics } from '../../db/queries/summarize-metrics';
import { loadCoverage } from '../../lib/dashboard/overview';
import { loadViewNotice } from '../../lib/dashboard/view-notice';
import { formatYearRange } from '../../lib/format/date';
import { formatCount } from '../../lib/format/number';
import { VIEW_NOTICE_TEXT } from '../../lib/i18n/view-notice-text';
import { VIEW_WORDS_TEXT } from '../../lib/i18n/view-words-text';
import { importPaths } from '../../lib/ingest/import-files';
import { regionChildren } from '../../lib/regions';
import { filtersOf } from '../../lib/view-state/filters';
import { parseViewState } from '../../lib/view-state/view-state';
import { importSyntheticReports, SAMPLES } from '../db-queries/synthetic-reports';
import { tempDatabase } from '../support/temp-db';

let db: Db;
beforeAll(async () => {
  ({ db } = await tempDatabase());
  await importPaths(db, [SAMPLES]);
  await importSyntheticReports(db, 120, 2);
}, 60_000);
afterAll(() => db.$client.close());

const state = (query: string) => parseViewState(new URLSearchParams(query));

describe('the overview coverage line', () => {
  test.each(['', 'synthetic=1', 'synthetic=1&region=330000', 'synthetic=1&year=2020', 'lang=en&type=township'])(
    '%s: the line dataCoverage alone gives, the agencies counted over every year, region and type',
    async (query) => {
      const s = state(query);
      const c = await dataCoverage(db, { synthetic: s.synthetic });
      expect(c.agencies).toBeGreaterThan(0);
      const n = (v: number) => formatCount(v, s.lang);
      expect(await loadCoverage(db, s)).toBe(
        VIEW_WORDS_TEXT[s.lang].coverage({
          years: formatYearRange(c.years, s.lang),
          provinces: n(c.provinces.length),
          ofProvinces: n(regionChildren(null).length),
          agencies: n(c.agencies),
          reports: n(c.reports),
        }),
      );
    },
  );

  test('a filtered view does not narrow the agencies the line counts', async () => {
    const all = await dataCoverage(db, { synthetic: true });
    const [province] = await summarizeMetrics(db, { synthetic: true, region: '330000' }, 'none');
    expect(province.agencies).toBeLessThan(all.agencies);
    expect(await loadCoverage(db, state('synthetic=1&region=330000'))).toContain(formatCount(all.agencies, 'zh'));
  });
});

describe('the view notice', () => {
  test.each([
    ['', null],
    ['synthetic=1&region=330000', null],
    ['synthetic=1&region=330000&type=township', 'either'],
    ['region=110000', 'noMatch'],
    ['synthetic=1&year=2031', 'yearsOutside'],
    ['region=999999', 'unknownRegion'],
  ] as const)('%s: %s', async (query, expected) => {
    const s = state(query);
    const [summary] = await summarizeMetrics(db, filtersOf(s), 'none');
    const notice = await loadViewNotice(db, s);
    // Whatever the words, a notice exactly when the view's summary has no report.
    if (expected !== 'unknownRegion') expect(notice === null).toBe(summary.reports > 0);
    const t = VIEW_NOTICE_TEXT[s.lang];
    if (expected === 'noMatch') expect(notice).toBe(t.noMatch);
    if (expected === 'unknownRegion') expect(notice).toBe(t.unknownRegion('999999'));
    if (expected === 'yearsOutside') expect(notice).toContain('2031');
  });
});
