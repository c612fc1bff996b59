/**
 * The filter values the query cases use, picked deterministically from the data so every run at a size
 * asks the same questions: the latest year, the most populous province and its most populous city, the
 * most common agency type and finding rule, and a few agencies drawn with a fixed seed.
 */
import { eq, max, min } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { countFindings } from '../../../db/queries/count-findings';
import { listAgencyReports } from '../../../db/queries/list-agency-reports';
import { getAgency } from '../../../db/queries/get-agency';
import { listPresentTypes } from '../../../db/queries/list-present-types';
import { listYears } from '../../../db/queries/list-years';
import { summarizeMetrics } from '../../../db/queries/summarize-metrics';
import { reportMetrics } from '../../../db/schema';
import { mulberry32 } from '../../../lib/synth/prng';

export interface PickedAgency {
  id: number;
  typeId: string | null;
  /** The year the page opens on (its latest) and that year's report. */
  year: number;
  reportId: number;
}

export interface Picks {
  synthetic: boolean;
  reports: number;
  agencyCount: number;
  years: number[];
  year: number;
  province: string;
  city?: string;
  type?: string;
  rule?: string;
  agencies: PickedAgency[];
}

const AGENCIES = 10;

/** The group with the most reports, ignoring rows without a group. */
const largest = (rows: { key: string | number | null; reports: number }[]) =>
  rows
    .filter((r) => r.key !== null)
    .sort((a, b) => b.reports - a.reports)[0]
    ?.key?.toString();

export async function pickFilters(db: Db, synthetic: boolean): Promise<Picks> {
  const [all] = await summarizeMetrics(db, { synthetic }, 'none');
  if (!all || all.reports === 0)
    throw new Error(`the database holds no ${synthetic ? 'synthetic' : 'real'} reports to query`);
  const years = await listYears(db, { synthetic });
  const province = largest(await summarizeMetrics(db, { synthetic }, 'province'));
  if (!province) throw new Error('no report has a province: the region cases need one');
  const city = largest(await summarizeMetrics(db, { synthetic, region: province }, 'city'));
  const type = (await listPresentTypes(db, { synthetic })).find((t) => t.typeId)?.typeId ?? undefined;
  const rule = (await countFindings(db, { synthetic }))[0]?.rule;
  return {
    synthetic,
    reports: all.reports,
    agencyCount: all.agencies,
    years,
    year: years[years.length - 1],
    province,
    city,
    type,
    rule,
    agencies: await pickAgencies(db, synthetic),
  };
}

/** Agencies at seeded random ids between the smallest and largest, skipping ids with no current report. */
async function pickAgencies(db: Db, synthetic: boolean): Promise<PickedAgency[]> {
  const m = reportMetrics;
  const [range] = await db
    .select({ lo: min(m.agencyId), hi: max(m.agencyId) })
    .from(m)
    .where(eq(m.synthetic, synthetic));
  const lo = range?.lo ?? 0;
  const hi = range?.hi ?? -1;
  const rng = mulberry32(7);
  const out: PickedAgency[] = [];
  const seen = new Set<number>();
  for (let tries = 0; out.length < AGENCIES && tries < AGENCIES * 50 && hi >= lo; tries++) {
    const id = lo + Math.floor(rng() * (hi - lo + 1));
    if (seen.has(id)) continue;
    seen.add(id);
    const agency = await getAgency(db, id);
    const reports = agency ? (await listAgencyReports(db, id)).filter((r) => r.synthetic === synthetic) : [];
    const latest = reports[reports.length - 1];
    if (agency && latest) out.push({ id, typeId: agency.typeId, year: latest.year, reportId: latest.reportId });
  }
  if (out.length === 0) throw new Error('found no agency with a current report');
  return out;
}
