/**
 * What the filter bar offers, read from the data: the region cascade with each region's reports under the other
 * filters, the years present, the agency types present, and the view's filters in the words its captions use.
 * Every label is in the view's language, so the client component only lays them out.
 */
import type { Db } from '../../db/client';
import { listPresentTypes } from '../../db/queries/list-present-types';
import { listYears } from '../../db/queries/list-years';
import { reportsByRegion } from '../../db/queries/reports-by-region';
import { agencyTypeName } from '../agencies/agency-type';
import { formatCount } from '../format/number';
import { VIEW_WORDS_TEXT } from '../i18n/view-words-text';
import type { RegionOption } from '../regions';
import { filtersOf } from '../view-state/filters';
import { regionSelects } from '../view-state/region-options';
import type { ViewState } from '../view-state/view-state';
import { viewWords } from './view-words';

/** A region in its box: `hasReports` false puts it after the others, under 无数据. */
export interface RegionChoice {
  code: string;
  label: string;
  hasReports: boolean;
}

export interface RegionBoxes {
  provinces: RegionChoice[];
  cities: RegionChoice[];
  counties: RegionChoice[];
  selected: { province?: string; city?: string; county?: string };
  /** A code no region has, with the words that say so: the province box shows it rather than 全部省份. */
  unknown: { code: string; label: string } | null;
}

export interface FilterOptions {
  regions: RegionBoxes;
  years: number[];
  types: { id: string; label: string }[];
  /** The view's filters as its captions and exports say them: '浙江省 嘉兴市 · 2019–2021年'. */
  current: string;
}

export async function loadFilterOptions(db: Db, state: ViewState): Promise<FilterOptions> {
  const t = VIEW_WORDS_TEXT[state.lang];
  const n = (count: number) => formatCount(count, state.lang);
  const boxes = regionSelects(state.region);
  const others = { ...filtersOf(state), region: undefined };
  const [years, types, provinces, cities, counties] = await Promise.all([
    listYears(db, { synthetic: state.synthetic }),
    // Every type present under the other filters, so choosing one type does not hide the others.
    listPresentTypes(db, { ...filtersOf(state), typeIds: undefined }),
    reportsByRegion(db, others, { level: 'province' }),
    boxes.selected.province && boxes.cities.length
      ? reportsByRegion(db, others, { level: 'city', province: boxes.selected.province })
      : new Map<string, number>(),
    boxes.counties.length
      ? reportsByRegion(db, others, { level: 'county', codes: boxes.counties.map((c) => c.code) })
      : new Map<string, number>(),
  ]);
  const choices = (options: RegionOption[], reports: Map<string, number>): RegionChoice[] =>
    options.map((r) => {
      const count = reports.get(r.code) ?? 0;
      const name = r.name[state.lang];
      return { code: r.code, label: count ? t.regionReports(name, n(count)) : name, hasReports: count > 0 };
    });
  const words = viewWords(state);
  const present = new Map(types.filter((p) => p.typeId).map((p) => [p.typeId!, p.agencies]));
  // Types asked for in the URL stay in the list (with 0), so the box shows them, not 全部类型.
  for (const id of state.types) if (!present.has(id)) present.set(id, 0);
  return {
    regions: {
      provinces: choices(boxes.provinces, provinces),
      cities: choices(boxes.cities, cities),
      counties: choices(boxes.counties, counties),
      selected: boxes.selected,
      unknown: boxes.unknown ? { code: boxes.unknown, label: words.region } : null,
    },
    // Years asked for in the URL stay in the list, so the box shows them (not 不限) while the notice says none has reports.
    years: [...new Set([...years, ...[state.yearFrom, state.yearTo].filter((y): y is number => y !== undefined)])].sort(
      (a, b) => a - b,
    ),
    types: [...present].map(([id, agencies]) => ({
      id,
      label: t.typeAgencies(agencyTypeName(id, state.lang), n(agencies)),
    })),
    current: words.sentence,
  };
}
