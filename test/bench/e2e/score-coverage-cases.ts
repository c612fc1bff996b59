/**
 * The data-quality page's score and coverage tabs (app/quality/score, app/quality/coverage): each call the page's
 * loader makes, then the loader and the filter bar together, for the whole country and the picked province.
 */
import type { Db } from '../../../db/client';
import { coverageCounts } from '../../../db/queries/coverage-counts';
import { coverageLateDays } from '../../../db/queries/coverage-late-days';
import { coveragePage } from '../../../db/queries/coverage-page';
import { coverageScope, loadCoverage } from '../../../lib/dashboard/coverage-page';
import { loadScorePage } from '../../../lib/dashboard/score-page';
import { loadAgencyScores, loadRegionScores, rankingYear } from '../../../lib/dashboard/score-rankings';
import type { ViewState } from '../../../lib/view-state/view-state';
import type { Picks } from './bench-picks';
import { filterBarCalls, namedFilters, type QueryCase, stateOf } from './case-kit';

const views = (p: Picks) => {
  const n = namedFilters(p);
  return [n.none, n.province];
};

function caseMaker(view: string, filter: string, out: QueryCase[]) {
  return (call: string, run: () => Promise<unknown>, kind: QueryCase['kind'] = 'query') =>
    out.push({ view, filter, call, kind, run });
}

export function scoreCases(db: Db, p: Picks): QueryCase[] {
  const out: QueryCase[] = [];
  for (const filter of views(p)) {
    const s = stateOf(filter.query, p.synthetic);
    const add = caseMaker('quality score', filter.label, out);
    // The ranking year is the view's latest: the picked year at every size the bench generates.
    const year = async () => (await rankingYear(db, s)) ?? p.year;
    add('rankingYear', () => rankingYear(db, s));
    add('loadRegionScores', async () => loadRegionScores(db, s, await year()));
    add('loadAgencyScores', async () => loadAgencyScores(db, s, await year()));
    add('page calls', () => Promise.all([loadScorePage(db, s), ...filterBarCalls(db, s)]), 'page-calls');
  }
  return out;
}

const firstPage = (s: ViewState) => ({ offset: 0, limit: s.pageSize });

export function coverageCases(db: Db, p: Picks): QueryCase[] {
  const out: QueryCase[] = [];
  for (const filter of views(p)) {
    const s = stateOf(filter.query, p.synthetic);
    const add = caseMaker('quality coverage', filter.label, out);
    add('coverageCounts', async () => {
      const { scope, dataYears } = await coverageScope(db, s);
      return coverageCounts(db, scope, dataYears);
    });
    add('coverageLateDays', async () => coverageLateDays(db, (await coverageScope(db, s)).scope));
    add('coveragePage (first page)', async () =>
      coveragePage(db, (await coverageScope(db, s)).scope, 'all', firstPage(s)),
    );
    add('page calls', () => Promise.all([loadCoverage(db, s, 'all'), ...filterBarCalls(db, s)]), 'page-calls');
  }
  return out;
}
