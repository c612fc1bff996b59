/**
 * One function from a view's state to words (issue 18): its region, years, agency types and form, each in the
 * view's language, and the line they make. Chart captions, export headings, the region page's heading and the
 * filter bar's line of what is chosen all say a view with these words, so none of them can say it differently.
 * A region code no region has is said as unknown, never as the whole country; years are said as asked, whether
 * or not the data reaches them.
 */
import { agencyTypeName } from '../agencies/agency-type';
import { type FilterParts, filterParts, joinFilterParts, regionPhrase } from '../format/filters';
import type { Locale } from '../format/locale';
import { type RegionNames, regionName } from '../format/region-name';
import { FORMAT_TEXT } from '../i18n/format-text';
import { regionTrail, type RegionOption } from '../regions';
import type { ViewState } from '../view-state/view-state';

export interface ViewWords extends FilterParts {
  /** The chosen region from the province down, for breadcrumbs; empty for the whole country or an unknown code. */
  trail: RegionOption[];
  /** Region, years, types and form as one line: '浙江省 嘉兴市 · 2019–2021年 · 科技局'. */
  sentence: string;
}

export function viewWords(state: ViewState): ViewWords {
  const trail = state.region ? regionTrail(state.region) : [];
  const unknown = state.region && trail.length === 0 ? FORMAT_TEXT[state.lang].unknownRegion(state.region) : null;
  const parts = filterParts(
    {
      regions: unknown ? [unknown] : trail.map((r) => r.name),
      yearFrom: state.yearFrom,
      yearTo: state.yearTo,
      types: state.types.map((id) => agencyTypeName(id, state.lang)),
      template: state.template ?? null,
    },
    state.lang,
  );
  return { ...parts, trail, sentence: joinFilterParts(parts) };
}

/**
 * A row's region in the view's language, as the caption says a region: 江西省 宜春市 上高县 (the names the row
 * carries) / Shanggao County, Yichun, Jiangxi (from its code). Null when the row has no region.
 */
export function rowRegionWords(
  row: RegionNames & { provinceCode: string | null; cityCode: string | null; countyCode: string | null },
  locale: Locale,
): string | null {
  const code = row.countyCode ?? row.cityCode ?? row.provinceCode;
  const trail = locale === 'en' && code ? regionTrail(code) : [];
  return trail.length
    ? regionPhrase(
        trail.map((r) => r.name),
        locale,
      )
    : regionName(row) || null;
}
