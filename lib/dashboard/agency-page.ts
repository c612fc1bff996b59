/**
 * The agency page's data for one year: the agency, its reports (one per year), the chosen year's stored
 * report with the text its provenance points into, its findings in words, the change from the year before,
 * its place among peers, and each year's report score with its evidence. Read, never parsed (ADR 0013).
 */
import type { Db } from '../../db/client';
import { getAgency } from '../../db/queries/get-agency';
import { getReportDocument } from '../../db/queries/get-report-document';
import { listAgencyReports } from '../../db/queries/list-agency-reports';
import { agencyTypeName } from '../agencies/agency-type';
import { agencyScores } from './agency-scores';
import { storedSourceText } from '../report/source-text';
import type { ParsedReport } from '../report/types';
import type { ViewState } from '../view-state/view-state';
import { withFindingWords } from './finding-words';
import { publishedWords } from './publication-words';
import { rowRegionWords } from './view-words';
import { peerSummary } from './peer-values';
import { yearChanges } from './year-changes';

/** The shapes the page's components take. */
export type { Finding, ParsedReport } from '../report/types';
export type { YearChange } from './year-changes';
export type AgencyPage = NonNullable<Awaited<ReturnType<typeof loadAgencyPage>>>;
export type AgencyFinding = AgencyPage['findings'][number];

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** null for an unknown agency. The year is the view's first year; without one, or one not reported, the latest. */
export async function loadAgencyPage(db: Db, agencyId: number, state: ViewState) {
  const agency = await getAgency(db, agencyId);
  if (!agency) return null;
  const typeName = agencyTypeName(agency.typeId, state.lang);
  // Its division in the page's language (Shanggao County, Yichun, Jiangxi), as the compare table says it.
  const regionWords = rowRegionWords(agency, state.lang);
  const reports = await listAgencyReports(db, agencyId);
  const current = reports.find((r) => r.year === state.yearFrom) ?? reports.at(-1);
  // Every year's score with its evidence (issue 16), from the rows just read.
  const scores = agencyScores(reports, state.lang);
  if (!current) return { agency, typeName, regionWords, reports, scores, current, findings: [] };
  const previous = reports.find((r) => r.year === current.year - 1);
  const document = await getReportDocument<ParsedReport>(db, current.reportId);
  // The string the provenance offsets point into, read, never parsed: null for a DOCX or PDF report
  // imported before its text was kept (the page says how to get it back).
  const text = document ? storedSourceText(current.format, document.sourceBytes, document.sourceText) : null;
  const findings = (document?.findings ?? [])
    .map((f) => withFindingWords(f, current.template, state.lang))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const changes = previous ? yearChanges(current, previous, state.lang) : null;
  const source = document?.report.source;
  // When and where from it was published, on time or how late (issue 16); the date links to where it stands.
  const published = {
    words: publishedWords(
      source?.published ? { date: source.published, from: source.publishedFrom ?? 'given' } : null,
      current.year,
      state.lang,
    ),
    traced: Object.hasOwn(document?.report.provenance ?? {}, 'source.published'),
  };
  return {
    agency,
    typeName,
    regionWords,
    reports,
    scores,
    current,
    previous,
    document,
    text,
    findings,
    changes,
    published,
  };
}

/** Where the agency stands among agencies of its type in `year` by the view's metric; null without a type. */
export async function loadPeerPosition(
  db: Db,
  agencyId: number,
  typeId: string | null,
  year: number,
  state: ViewState,
) {
  if (!typeId) return null;
  const { n, above } = await peerSummary(db, typeId, year, state.metric, state.synthetic, agencyId);
  // Highest value first; equal values share a rank.
  return { n, rank: above === null ? null : above + 1, typeName: agencyTypeName(typeId, state.lang) };
}
