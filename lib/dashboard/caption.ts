/** The caption every chart and export of a view carries: the filters in words, the data's date, the source. */
import type { Db } from '../../db/client';
import { latestImport } from '../../db/queries/latest-import';
import { AGENCY_TYPES } from '../agencies/agency-type';
import type { ChartCaption } from '../charts/caption';
import { formatDate } from '../format/date';
import { describeFilters } from '../format/filters';
import { regionSelects } from '../view-state/region-options';
import type { ViewState } from '../view-state/view-state';

const TYPE_NAMES = new Map(AGENCY_TYPES.map((t) => [t.id, { zh: t.zh, en: t.en }]));

export function yearsOf(state: ViewState, present: readonly number[] = []): number[] {
  const { yearFrom: from, yearTo: to } = state;
  if (from === undefined && to === undefined) return [];
  return present.length
    ? present.filter((y) => (from === undefined || y >= from) && (to === undefined || y <= to))
    : from !== undefined && to !== undefined ? Array.from({ length: to - from + 1 }, (_, i) => from + i) : [from ?? to!];
}

export function filterWords(state: ViewState, presentYears: readonly number[] = []): string {
  return describeFilters({
    regions: regionSelects(state.region).trail,
    years: yearsOf(state, presentYears),
    types: state.types.map((id) => TYPE_NAMES.get(id) ?? id),
    template: state.template ?? null,
  }, state.lang);
}

export function typeName(id: string | null, locale: ViewState['lang']): string {
  if (!id) return '—';
  const t = TYPE_NAMES.get(id);
  return t ? t[locale] : id;
}

const SYNTHETIC_NOTE = { zh: '合成数据，仅供测试，不代表真实机构', en: 'Synthetic data for testing; no real agency' };

export async function viewCaption(db: Db, state: ViewState, title: string, notes: string[] = []): Promise<ChartCaption> {
  const date = await latestImport(db, state.synthetic);
  return {
    title,
    filters: filterWords(state),
    dataDate: date ? formatDate(date, state.lang) : '—',
    notes: state.synthetic ? [SYNTHETIC_NOTE[state.lang], ...notes] : notes,
  };
}
