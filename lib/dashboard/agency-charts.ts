/** Charts of one agency: its years, one year's reasons and proceedings, and where it stands among peers. */
import type { Db } from '../../db/client';
import { getAgency } from '../../db/queries/get-agency';
import { listAgencyReports } from '../../db/queries/list-agency-reports';
import { agencyNames } from '../../db/queries/list-peer-values';
import { peerSummary, peerValues } from './peer-values';
import {
  MAX_PEER_POINTS,
  outcomeMixOption,
  peerSpreadOption,
  type PeerSummaryInput,
  type PeerValue,
  reasonsOption,
  reviewLitigationOption,
  trendLineOption,
} from '../charts';
import { metricById } from '../metrics/dictionary';
import type { CountMetricId, MetricId } from '../metrics/types';
import type { ViewState } from '../view-state/view-state';
import { agencyTypeName } from '../agencies/agency-type';
import { viewCaption } from './view-caption';
import { outcomeRow, reasonValues, reviewLitigation } from './chart-data';
import { CHART_TITLES, CHART_WORDS } from '../i18n/chart-text';
import { metricName } from './table/metric-headers';
import type { BuiltChart } from './view-charts';

type Report = Awaited<ReturnType<typeof listAgencyReports>>[number];

const metricValue = (r: Report, m: MetricId) =>
  (m in r.metrics ? r.metrics[m as CountMetricId] : r.rates[m as keyof Report['rates']]) ?? null;

/** The caption of an agency chart names the agency, not the dashboard's filters. */
async function agencyCaption(db: Db, state: ViewState, title: string, agency: string) {
  const caption = await viewCaption(
    db,
    { ...state, region: undefined, types: [], template: undefined, yearFrom: undefined, yearTo: undefined },
    title,
  );
  return { ...caption, filters: agency };
}

export async function agencyTrendChart(db: Db, state: ViewState, agencyId: number): Promise<BuiltChart | null> {
  const agency = await getAgency(db, agencyId);
  if (!agency) return null;
  const reports = await listAgencyReports(db, agencyId);
  // Agency charts name the agency in their caption line, so a title fits a half-width panel.
  const title = CHART_TITLES.trend[state.lang](metricName(state.metric, state.lang));
  const series = [
    {
      name: agency.name,
      points: reports.map((r) => ({
        year: r.year,
        value: metricValue(r, state.metric),
        base: state.metric in r.bases ? r.bases[state.metric as keyof Report['bases']] : undefined,
      })),
    },
  ];
  return {
    title,
    subject: agency.name,
    option: trendLineOption(
      series,
      metricById(state.metric),
      state.lang,
      await agencyCaption(db, state, title, agency.name),
    ),
  };
}

export async function agencyOutcomesChart(db: Db, state: ViewState, agencyId: number): Promise<BuiltChart | null> {
  const agency = await getAgency(db, agencyId);
  if (!agency) return null;
  const reports = await listAgencyReports(db, agencyId);
  const title = CHART_TITLES.outcomes[state.lang];
  const rows = reports.map((r) => outcomeRow(CHART_WORDS.year[state.lang](r.year), r.metrics));
  return {
    title,
    subject: agency.name,
    option: outcomeMixOption(rows, state.lang, await agencyCaption(db, state, title, agency.name)),
  };
}

async function agencyYear(db: Db, agencyId: number, year: number) {
  const agency = await getAgency(db, agencyId);
  const report = agency ? (await listAgencyReports(db, agencyId)).find((r) => r.year === year) : undefined;
  return agency && report ? { agency, report } : null;
}

export async function agencyReasonsChart(
  db: Db,
  state: ViewState,
  agencyId: number,
  year: number,
): Promise<BuiltChart | null> {
  const found = await agencyYear(db, agencyId, year);
  if (!found) return null;
  const title = CHART_TITLES.agencyReasons[state.lang](year);
  return {
    title,
    subject: found.agency.name,
    option: reasonsOption(
      reasonValues(found.report.metrics),
      state.lang,
      await agencyCaption(db, state, title, found.agency.name),
    ),
  };
}

export async function agencyReviewChart(
  db: Db,
  state: ViewState,
  agencyId: number,
  year: number,
): Promise<BuiltChart | null> {
  const found = await agencyYear(db, agencyId, year);
  if (!found) return null;
  const title = CHART_TITLES.agencyReview[state.lang](year);
  return {
    title,
    subject: found.agency.name,
    option: reviewLitigationOption(
      reviewLitigation(found.report.metrics),
      state.lang,
      await agencyCaption(db, state, title, found.agency.name),
    ),
  };
}

/** Peers: agencies of the same type in the same year, in the same province when the agency has one. */
export async function peersChart(db: Db, state: ViewState, agencyId: number, year: number): Promise<BuiltChart | null> {
  const agency = await getAgency(db, agencyId);
  if (!agency?.typeId) return null;
  const summary = await peerSummary(db, agency.typeId, year, state.metric, state.synthetic, agencyId);
  // A group small enough to draw point by point comes whole, with names for the tooltips; above
  // MAX_PEER_POINTS only the box and this agency are drawn, from the database's summary.
  let peers: PeerValue[] | PeerSummaryInput = { five: summary.five, selectedValue: summary.own };
  if (summary.n <= MAX_PEER_POINTS) {
    const values = await peerValues(db, agency.typeId, year, state.metric, state.synthetic);
    const names = await agencyNames(
      db,
      values.map((v) => v.agencyId),
    );
    peers = values.map((v) => ({ agency: names.get(v.agencyId) ?? '', value: v.value }));
  }
  const type = agencyTypeName(agency.typeId, state.lang);
  const title = CHART_TITLES.peers[state.lang](metricName(state.metric, state.lang), type, year);
  const option = peerSpreadOption(
    peers,
    agency.name,
    metricById(state.metric),
    state.lang,
    await agencyCaption(db, state, title, `${type} · ${year}`),
  );
  return { title, subject: agency.name, option };
}
