/**
 * The Word briefing of an agency's page (/agency/[id]) for its chosen year: its key figures and rank among peers,
 * sentences against the year before and the median of its peers, the page's four charts, and its table of key
 * numbers beside the year before. Read through the page's own loaders (agency-page.ts, peer-values.ts).
 */
import type { Db } from '../../../db/client';
import type { AgencyReport } from '../../../db/queries/list-agency-reports';
import { captionLines } from '../../charts/caption';
import type { BriefingDocument, BriefingFigure, BriefingTable } from '../../export/briefing-docx';
import { pick, type Locale } from '../../format/locale';
import { formatCount, formatRate } from '../../format/number';
import { isSmallBase, rateWithBase } from '../../format/rate-base';
import { AGENCY_TEXT } from '../../i18n/agency-text';
import { BRIEFING_TEXT } from '../../i18n/briefing-text';
import { OVERVIEW_TEXT } from '../../i18n/overview-text';
import { isRate, metricById } from '../../metrics/dictionary';
import type { CountMetricId, MetricId, RateId } from '../../metrics/types';
import type { ViewState } from '../../view-state/view-state';
import { loadAgencyPage, loadPeerPosition } from '../agency-page';
import { peerSummary } from '../peer-values';
import { rateCellText } from '../table/cell-text';
import { metricHeader, metricName } from '../table/metric-headers';
import { viewCaption } from '../view-caption';
import { KEY_METRICS, type YearChange } from '../year-changes';
import { briefingCharts } from './briefing-charts';
import { tableNotes } from './briefing-table';
import { applicationsSentence, proceedingsSentence, rankSentence, rateSentence } from './sentences';

/** The figures at the top: what the overview's cards say of a view, said of one agency's year. */
const FIGURES: MetricId[] = ['appsNew', 'handled', 'disclosureRate', 'reviewTotal', 'litigationTotal'];

const count = (r: AgencyReport, id: CountMetricId) => r.metrics[id] ?? null;

/** A key number of one report as the agency page's table shows it. */
function shown(r: AgencyReport, id: MetricId, locale: Locale): string {
  if (!isRate(metricById(id))) return formatCount(count(r, id as CountMetricId), locale);
  return rateCellText(rateWithBase(r.rates[id as RateId], r.bases[id as RateId], locale));
}

function figures(r: AgencyReport, rank: { rank: number | null; n: number } | null, state: ViewState): BriefingFigure[] {
  const l = state.lang;
  const t = pick(l, OVERVIEW_TEXT);
  const b = pick(l, BRIEFING_TEXT);
  const base = r.bases.disclosureRate;
  const list: BriefingFigure[] = FIGURES.map((id) =>
    id === 'disclosureRate'
      ? {
          label: metricHeader(id, l),
          value: formatRate(r.rates.disclosureRate, l),
          note: !base
            ? t.noCases
            : [t.rateBase(formatCount(base, l)), ...(isSmallBase(base) ? [t.fewCases] : [])].join(' · '),
        }
      : { label: metricHeader(id, l), value: formatCount(count(r, id as CountMetricId), l) },
  );
  if (rank)
    list.push({
      label: b.rankLabel(metricName(state.metric, l)),
      value: rank.rank === null ? '—' : b.rankFigure(formatCount(rank.rank, l), formatCount(rank.n, l)),
    });
  return list;
}

/** The page's table of key numbers beside the year before (year-changes.ts); this year's alone without one. */
function table(current: AgencyReport, changes: YearChange[] | null, locale: Locale): BriefingTable {
  const a = pick(locale, AGENCY_TEXT);
  const b = pick(locale, BRIEFING_TEXT);
  const year = current.year;
  const headers = changes
    ? [a.changes.metric, a.changes.lastYear(year - 1), a.changes.thisYear(year), a.changes.change]
    : [a.changes.metric, a.changes.thisYear(year)];
  const rows = changes
    ? changes.map((c) => [
        c.header,
        c.rates ? rateCellText(c.rates.before) : c.before,
        c.rates ? rateCellText(c.rates.now) : c.now,
        c.change,
      ])
    : KEY_METRICS.map((id) => [metricHeader(id, locale), shown(current, id, locale)]);
  const notes = tableNotes(rows.length, rows.length, rows, locale);
  return {
    title: changes ? a.changesTitle : b.agencyYearTable(year),
    headers,
    numeric: headers.map((_, i) => i > 0),
    rows,
    notes: changes ? notes : [b.agencyNoPrevious(year - 1), ...notes],
  };
}

/** The briefing, or null for an unknown agency or one without reports. */
export async function agencyBriefing(db: Db, agencyId: number, state: ViewState): Promise<BriefingDocument | null> {
  const data = await loadAgencyPage(db, agencyId, state);
  if (!data?.current) return null;
  const { agency, current, previous, typeName } = data;
  const l = state.lang;
  const b = pick(l, BRIEFING_TEXT);
  const year = current.year;
  const yearState = { ...state, yearFrom: year, yearTo: year };
  const view = b.agencyView(agency.name, year);
  const caption = await viewCaption(db, yearState, view);
  const a = pick(l, AGENCY_TEXT);
  const where = [data.regionWords ?? a.unresolved, typeName].join(' · ');
  const rank = await loadPeerPosition(db, agencyId, agency.typeId, year, yearState);
  const peers = agency.typeId
    ? await peerSummary(db, agency.typeId, year, 'disclosureRate', state.synthetic, agencyId)
    : null;
  const median = peers?.five && peers.n >= 2 ? peers.five.median : null;
  const litigationCorrected = [
    count(current, 'litigationDirectCorrected'),
    count(current, 'litigationAfterReviewCorrected'),
  ];
  const sentences = [
    applicationsSentence(
      {
        subject: agency.name,
        now: { year, value: count(current, 'appsNew') },
        before: previous ? { year: year - 1, value: count(previous, 'appsNew') } : undefined,
      },
      l,
    ),
    rateSentence(
      {
        name: b.rate.disclosure,
        rate: current.rates.disclosureRate,
        base: current.bases.disclosureRate,
        reference:
          median !== null && peers
            ? { label: b.rate.peerMedian(typeName, formatCount(peers.n, l)), rate: median }
            : undefined,
      },
      l,
    ),
    proceedingsSentence(
      {
        kind: 'review',
        total: count(current, 'reviewTotal'),
        corrected: count(current, 'reviewCorrected'),
        rate: current.rates.reviewCorrectionRate,
        concluded: current.bases.reviewCorrectionRate,
      },
      l,
    ),
    proceedingsSentence(
      {
        kind: 'litigation',
        total: count(current, 'litigationTotal'),
        corrected: litigationCorrected.every((v) => v === null)
          ? null
          : litigationCorrected.reduce<number>((s, v) => s + (v ?? 0), 0),
        rate: current.rates.litigationCorrectionRate,
        concluded: current.bases.litigationCorrectionRate,
      },
      l,
    ),
    ...(rank?.rank
      ? [
          rankSentence(
            { metric: metricName(state.metric, l), rank: rank.rank, n: rank.n, type: rank.typeName, year },
            l,
          ),
        ]
      : []),
  ];
  const charts = await briefingCharts(db, yearState, [
    { kind: 'agency-trend', agencyId },
    { kind: 'peers', agencyId, year },
    { kind: 'agency-outcomes', agencyId },
    { kind: 'agency-review', agencyId, year },
  ]);
  return {
    locale: l,
    title: [view, b.kind],
    captionLines: captionLines({ ...caption, filters: where }, l).map((c) => c.text),
    figures: figures(current, rank, state),
    sentences,
    charts,
    table: table(current, data.changes ?? null, l),
  };
}
