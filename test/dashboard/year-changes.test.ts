/** The agency page's year-on-year table: a rate carries the count it rests on each year (issue 18). */
import { expect, test } from 'vitest';
import type { AgencyReport } from '../../db/queries/list-agency-reports';
import { yearChanges } from '../../lib/dashboard/year-changes';
import { COUNT_METRIC_IDS, RATE_IDS } from '../../lib/metrics/types';

function report(year: number, handled: number, disclosed: number): AgencyReport {
  const none = <K extends string>(ids: readonly K[]) =>
    Object.fromEntries(ids.map((id) => [id, null])) as Record<K, null>;
  return {
    reportId: year,
    year,
    template: '2021',
    format: 'html',
    fileName: `${year}.html`,
    importedAt: new Date(0),
    synthetic: false,
    errorCount: 0,
    warningCount: 0,
    daysLate: null,
    copiedPrev: null,
    copiedPeer: null,
    score: null,
    metrics: { ...none(COUNT_METRIC_IDS), handled, granted: disclosed },
    rates: { ...none(RATE_IDS), disclosureRate: disclosed / handled },
    bases: { ...none(RATE_IDS), disclosureRate: handled },
  };
}

test('a rate row shows each year with its n, marked where n is small; a count row has none', () => {
  const rows = yearChanges(report(2021, 40, 30), report(2020, 4, 4), 'zh');
  const rate = rows.find((r) => r.id === 'disclosureRate')!;
  expect(rate.rates?.before).toMatchObject({ rate: '100.0%', base: 'n=4', small: true });
  expect(rate.rates?.now).toMatchObject({ rate: '75.0%', base: 'n=40', small: false });
  expect(rate.change).toMatch(/^-25.0/);
  // A rate whose parts are unknown has no n to show.
  expect(rows.find((r) => r.id === 'denialRate')!.rates?.now).toMatchObject({ rate: '—', base: null });
  expect(rows.find((r) => r.id === 'handled')!.rates).toBeUndefined();
});
