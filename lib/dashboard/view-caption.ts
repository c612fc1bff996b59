/** The caption every chart and export of a view carries: the filters in words, the data's date, the source. */
import type { Db } from '../../db/client';
import { latestImport } from '../../db/queries/latest-import';
import { agencyTypeName } from '../agencies/agency-type';
import type { ChartCaption } from '../charts/caption';
import { formatDate } from '../format/date';
import { describeFilters } from '../format/filters';
import { CHART_WORDS } from '../i18n/chart-text';
import { FORMAT_TEXT } from '../i18n/format-text';
import { regionSelects } from '../view-state/region-options';
import type { ViewState } from '../view-state/view-state';

export function yearsOf(state: ViewState, present: readonly number[] = []): number[] {
  const { yearFrom: from, yearTo: to } = state;
  if (from === undefined && to === undefined) return [];
  return present.length
    ? present.filter((y) => (from === undefined || y >= from) && (to === undefined || y <= to))
    : from !== undefined && to !== undefined
      ? Array.from({ length: to - from + 1 }, (_, i) => from + i)
      : [from ?? to!];
}

/** The view's filters in words: '浙江省 嘉兴市 · 2019–2021年 · 科技局'. */
export function filterWords(state: ViewState, presentYears: readonly number[] = []): string {
  return describeFilters(
    {
      regions: regionWords(state),
      years: yearsOf(state, presentYears),
      types: state.types.map((id) => agencyTypeName(id, state.lang)),
      template: state.template ?? null,
    },
    state.lang,
  );
}

/** The region trail in words; a code no region has is said, never turned into "全部地区" (issue 18). */
function regionWords(state: ViewState): string[] {
  const trail = regionSelects(state.region).trail;
  return state.region && trail.length === 0 ? [FORMAT_TEXT[state.lang].unknownRegion(state.region)] : trail;
}

export async function viewCaption(
  db: Db,
  state: ViewState,
  title: string,
  notes: string[] = [],
): Promise<ChartCaption> {
  const date = await latestImport(db, state.synthetic);
  return {
    title,
    filters: filterWords(state),
    dataDate: date ? formatDate(date, state.lang) : '—',
    notes: state.synthetic ? [CHART_WORDS.synthetic[state.lang], ...notes] : notes,
  };
}
