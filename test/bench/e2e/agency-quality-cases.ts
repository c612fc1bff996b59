/**
 * The agency page's calls (lib/dashboard/agency-page.ts, the charts, the peer position), each
 * run going to the next of the picked agencies so the timings are not those of one cached agency; and
 * the data-quality page's two calls (app/quality/page.tsx), for all findings and filtered.
 */
import type { Db } from '../../../db/client';
import { countFindings } from '../../../db/queries/count-findings';
import { getAgency } from '../../../db/queries/get-agency';
import { getReportDocument } from '../../../db/queries/get-report-document';
import { listAgencyReports } from '../../../db/queries/list-agency-reports';
import { type FindingFilters, listFindings, type Severity } from '../../../db/queries/list-findings';
import { summarizePeers } from '../../../db/queries/summarize-peers';
import { buildChart } from '../../../lib/dashboard/chart-catalog';
import { parseAnyDocument } from '../../../lib/report';
import { filtersOf } from '../../../lib/view-state/filters';
import type { ViewState } from '../../../lib/view-state/view-state';
import type { PickedAgency, Picks } from './bench-picks';
import { filterBarCalls, namedFilters, present, type Query, type QueryCase, stateOf } from './case-kit';

/** Everything the agency page awaits: the year's data first (it needs the report id), then its panels. */
async function agencyPage(db: Db, a: PickedAgency, s: ViewState): Promise<unknown> {
  const agency = await getAgency(db, a.id);
  const reports = await listAgencyReports(db, a.id);
  const current = reports[reports.length - 1];
  const document = await getReportDocument(db, current.reportId);
  // The page decodes the stored original again for the source view: CPU, but part of the page's wait.
  if (document) await parseAnyDocument(document.sourceBytes, document.fileName);
  const ys = { ...s, yearFrom: current.year, yearTo: current.year };
  const chart = (kind: 'agency-trend' | 'peers' | 'agency-outcomes' | 'agency-review') =>
    buildChart(db, { kind, state: ys, agencyId: a.id, year: current.year });
  return Promise.all([
    chart('agency-trend'),
    chart('peers'),
    chart('agency-outcomes'),
    chart('agency-review'),
    // The rank line (PeerPosition); on the page it shares the peer chart's summary through React's cache.
    agency?.typeId
      ? summarizePeers(
          db,
          { typeId: agency.typeId, year: current.year, metric: s.metric, synthetic: s.synthetic },
          a.id,
        )
      : null,
  ]);
}

export function agencyCases(db: Db, p: Picks): QueryCase[] {
  const s = stateOf({}, p.synthetic);
  let i = 0;
  // Each call takes the next agency of the picked ones, round and round.
  const next = () => p.agencies[i++ % p.agencies.length];
  const label = `${p.agencies.length} agencies in turn`;
  const add = (call: string, run: () => Promise<unknown>, kind: QueryCase['kind'] = 'query'): QueryCase => ({
    view: 'agency',
    filter: label,
    call,
    kind,
    run,
  });
  return [
    add('getAgency', () => getAgency(db, next().id)),
    add('listAgencyReports', () => listAgencyReports(db, next().id)),
    add('getReportDocument', () => getReportDocument(db, next().reportId)),
    // The peer group's summary (the rank line and the box); a group of at most 400 is also listed, in chart('peers').
    add('summarizePeers', async () => {
      const a = next();
      return a.typeId
        ? summarizePeers(db, { typeId: a.typeId, year: a.year, metric: s.metric, synthetic: s.synthetic }, a.id)
        : null;
    }),
    add('page calls (with the source re-decoded)', () => agencyPage(db, next(), s), 'page-calls'),
  ];
}

/** The quality page's two calls: counts per rule (under the severity only) and the list's first page. */
const countCall = (db: Db, s: ViewState, severity?: Severity) =>
  countFindings(db, { ...filtersOf(s), severities: severity ? [severity] : undefined });
const listCall = (db: Db, s: ViewState, f: FindingFilters) => listFindings(db, f, { offset: 0, limit: s.pageSize });

interface QualityView {
  label: string;
  query: Query;
  rule?: string;
  severity?: Severity;
}

export function qualityCases(db: Db, p: Picks): QueryCase[] {
  const n = namedFilters(p);
  const views = present<QualityView>([
    { label: 'all findings', query: {} },
    p.rule ? { label: `rule ${p.rule}`, query: {}, rule: p.rule } : undefined,
    { label: 'severity error', query: {}, severity: 'error' },
    n.province,
  ]);
  return views.flatMap((v): QueryCase[] => {
    const s = stateOf(v.query, p.synthetic);
    const f: FindingFilters = {
      ...filtersOf(s),
      rules: v.rule ? [v.rule] : undefined,
      severities: v.severity ? [v.severity] : undefined,
    };
    const add = (call: string, run: () => Promise<unknown>, kind: QueryCase['kind'] = 'query'): QueryCase => ({
      view: 'quality',
      filter: v.label,
      call,
      kind,
      run,
    });
    return [
      add('countFindings', () => countCall(db, s, v.severity)),
      add('listFindings (page 1)', () => listCall(db, s, f)),
      add(
        'page calls',
        () => Promise.all([countCall(db, s, v.severity), listCall(db, s, f), ...filterBarCalls(db, s)]),
        'page-calls',
      ),
    ];
  });
}
