/**
 * After the import, whether the database finds what the generator wrote, at the counts its manifest
 * records (issue 16): reports published late (report_metrics.days_late > 0), on time (≤ 0) and with no
 * date (null), tables equal to the year before (crossYear.table3Unchanged / table4Unchanged, counted as
 * /quality counts them), and years skipped between two an agency reports. The generator records exact
 * counts and every step after it is deterministic, so the tolerance is zero: one report misread, one
 * date missed or one table fingerprinted differently is a mismatch, and fails the bench.
 */
import type { Db } from '../../../db/client';
import { countFindings } from '../../../db/queries/count-findings';
import type { CorpusManifest } from '../../../lib/synth/corpus-manifest';

export interface CorpusCheck {
  what: string;
  /** What the generator wrote (the manifest's count). */
  wrote: number;
  /** What the database holds. */
  found: number;
  /** Reports in the database, when the count is of reports (its share is shown); absent for skipped years. */
  reports?: number;
  note?: string;
}

export const checkPassed = (c: CorpusCheck) => c.wrote === c.found;

/** Null when the manifest predates these counts (a corpus generated before them): nothing to check against. */
export async function checkCorpusCounts(db: Db, m: CorpusManifest): Promise<CorpusCheck[] | null> {
  if (!m.published || !m.unchanged || m.missingYears === undefined) return null;
  const one = async (query: string) => Number((await db.$client.execute(query)).rows[0]?.n ?? 0);
  const days = (where: string) => one(`SELECT count(*) AS n FROM report_metrics WHERE synthetic = 1 AND ${where}`);
  const reports = await days('1');
  const findings = new Map(
    (await countFindings(db, { synthetic: true })).map((f) => [f.rule, f.count] as [string, number]),
  );
  const skipped = await one(
    `SELECT coalesce(sum(last - first + 1 - years), 0) AS n FROM (SELECT min(year) AS first, max(year) AS last,
      count(*) AS years FROM report_metrics WHERE synthetic = 1 GROUP BY agency_id)`,
  );
  const check = (what: string, wrote: number | undefined, found: number, note?: string): CorpusCheck => ({
    what,
    wrote: wrote ?? 0,
    found,
    reports,
    ...(note ? { note } : {}),
  });
  const years = (what: string, wrote: number, found: number): CorpusCheck => ({ what, wrote, found });
  const copied = (t: 'table3' | 'table4') =>
    `${m.repeated?.[t] ?? 0} copied on purpose; the rest equal by chance (small agencies), or a copy a defect changed`;
  return [
    check('reports', m.reports, reports),
    check('published late (days_late > 0)', m.published.late, await days('days_late > 0')),
    check('published on time (days_late ≤ 0)', m.published['on-time'], await days('days_late <= 0')),
    check('no publication date (days_late null)', m.published.undated, await days('days_late IS NULL')),
    check(
      'crossYear.table3Unchanged',
      m.unchanged.table3,
      findings.get('crossYear.table3Unchanged') ?? 0,
      copied('table3'),
    ),
    check(
      'crossYear.table4Unchanged',
      m.unchanged.table4,
      findings.get('crossYear.table4Unchanged') ?? 0,
      copied('table4'),
    ),
    years('years skipped between two reported', m.missingYears, skipped),
  ];
}
