/**
 * The Word briefing of a filtered view (overview /, region /region, compare /compare): the title from the filters
 * in words, the headline cards' figures, sentences from the same summaries the page reads, the page's charts,
 * and the first rows of its table. Every number comes from the loader the page itself calls.
 */
import type { Db } from '../../../db/client';
import { captionLines } from '../../charts/caption';
import type { BriefingDocument, BriefingTable } from '../../export/briefing-docx';
import { pick } from '../../format/locale';
import { BRIEFING_TEXT } from '../../i18n/briefing-text';
import { COMPARE_TEXT } from '../../i18n/compare-text';
import { REGION_TEXT } from '../../i18n/region-text';
import type { ViewState } from '../../view-state/view-state';
import type { ChartKind } from '../chart-catalog';
import { loadCompareTable } from '../compare-view';
import { headlineFigures } from '../headline-figures';
import { loadHeadline } from '../overview';
import { loadRegionPage, REGION_AGENCIES_HIDDEN } from '../region-page';
import { viewCaption } from '../view-caption';
import { viewSummary } from '../view-summary';
import { viewWords } from '../view-words';
import { briefingCharts } from './briefing-charts';
import { BRIEFING_ROWS, briefingTable } from './briefing-table';
import { applicationsSentence, proceedingsSentence, rateSentence, scopeSentence, type YearCount } from './sentences';

export type ViewPage = 'overview' | 'region' | 'compare';

/** The charts each page shows, in its order (the compare page's one chart, then two of the overview's). */
const CHARTS: Record<ViewPage, ChartKind[]> = {
  overview: ['trend', 'outcomes', 'reasons', 'review'],
  region: ['ranking', 'trend', 'outcomes', 'review'],
  compare: ['top', 'trend', 'outcomes'],
};

/** The view's last year with reports against the year before, as the trend chart reads them. */
async function applications(db: Db, state: ViewState, subject: string): Promise<string | null> {
  const years = await viewSummary(db, state, 'year');
  const last = years.at(-1);
  if (!last || last.key === null) return null;
  const year = Number(last.key);
  const [before] = await viewSummary(db, { ...state, yearFrom: year - 1, yearTo: year - 1 }, 'none');
  const count = (y: number, row: typeof last): YearCount => ({
    year: y,
    value: row.sums.appsNew,
    reports: row.reports,
  });
  return applicationsSentence(
    { subject, now: count(year, last), before: before?.reports ? count(year - 1, before) : undefined },
    state.lang,
  );
}

/** The nation's rate under the same years and types, beside a region's. */
async function nationalRate(db: Db, state: ViewState) {
  if (!state.region) return undefined;
  const [nation] = await viewSummary(db, { ...state, region: undefined }, 'none');
  if (!nation?.reports) return undefined;
  return {
    label: pick(state.lang, BRIEFING_TEXT).rate.national(state.types.length > 0),
    rate: nation.rates.disclosureRate,
    base: nation.bases.disclosureRate,
  };
}

async function table(db: Db, page: ViewPage, state: ViewState): Promise<BriefingTable> {
  if (page === 'compare') {
    const t = await loadCompareTable(db, state, { offset: 0, limit: BRIEFING_ROWS });
    return briefingTable(pick(state.lang, COMPARE_TEXT).exportTitle, t.columns, t.rows, t.total, state.lang);
  }
  const { agencies } = await loadRegionPage(db, state);
  const columns = agencies.columns.filter((c) => !REGION_AGENCIES_HIDDEN.includes(c.id));
  return briefingTable(pick(state.lang, REGION_TEXT).agenciesTitle, columns, agencies.rows, agencies.total, state.lang);
}

export async function viewBriefing(db: Db, page: ViewPage, state: ViewState): Promise<BriefingDocument> {
  const t = pick(state.lang, BRIEFING_TEXT);
  const words = viewWords(state);
  const headline = await loadHeadline(db, state);
  const caption = await viewCaption(db, state, words.sentence);
  const sentences = [
    scopeSentence(words.sentence, headline.reports, headline.agencies, state.lang),
    await applications(db, state, t.subject(words.region, words.types)),
    rateSentence(
      {
        name: t.rate.disclosure,
        rate: headline.disclosureRate,
        base: headline.handled,
        reference: await nationalRate(db, state),
      },
      state.lang,
    ),
    proceedingsSentence(
      {
        kind: 'review',
        total: headline.reviewTotal,
        corrected: headline.reviewCorrected,
        rate: headline.reviewCorrectionRate,
        concluded: headline.reviewConcluded,
      },
      state.lang,
    ),
    proceedingsSentence(
      {
        kind: 'litigation',
        total: headline.litigationTotal,
        corrected: headline.litigationCorrected,
        rate: headline.litigationCorrectionRate,
        concluded: headline.litigationConcluded,
      },
      state.lang,
    ),
  ].filter((s): s is string => s !== null);
  return {
    locale: state.lang,
    title: [words.sentence, t.kind],
    captionLines: captionLines(caption, state.lang).map((l) => l.text),
    figures: headlineFigures(headline, state.lang).map(({ label, value, sub }) => ({ label, value, note: sub })),
    sentences,
    charts: await briefingCharts(
      db,
      state,
      CHARTS[page].map((kind) => ({ kind })),
    ),
    table: await table(db, page, state),
  };
}
