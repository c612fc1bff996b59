/**
 * One place that says whether a view is empty, and why (issue 18): a region code no region has, years the
 * data does not reach, or filters no report matches. Null when the view has reports. The filter bar shows the
 * notice and every chart panel of the view asks it whether to draw at all, so React's `cache` reads it once
 * per server render (outside one, as in tests, it calls through).
 */
import { cache } from 'react';
import type { Db } from '../../db/client';
import { countCompareRows } from '../../db/queries/count-compare-rows';
import { listYears } from '../../db/queries/list-years';
import { metricConditions } from '../../db/sql/metric-filters';
import { formatYearRange } from '../format/date';
import { VIEW_NOTICE_TEXT } from '../i18n/view-notice-text';
import { filtersOf } from '../view-state/filters';
import { regionSelects } from '../view-state/region-options';
import type { ViewState } from '../view-state/view-state';
import { viewWords } from './view-words';

async function readViewNotice(db: Db, state: ViewState): Promise<string | null> {
  const t = VIEW_NOTICE_TEXT[state.lang];
  if (state.region && regionSelects(state.region).trail.length === 0) return t.unknownRegion(state.region);
  // Only whether the view has reports: the compare table's agency-year total (its reports, from the rollups), not
  // the view's summary, which also counts its agencies over agency_presence (~11 ms at a million, on every page).
  const filters = filtersOf(state);
  const [reports, years] = await Promise.all([
    countCompareRows(db, filters, 'agency-year', metricConditions(filters)),
    listYears(db, { synthetic: state.synthetic }),
  ]);
  if (reports > 0) return null;
  const { yearFrom: from, yearTo: to } = state;
  const asked = from !== undefined || to !== undefined;
  const inRange = years.filter((y) => (from === undefined || y >= from) && (to === undefined || y <= to));
  if (asked && years.length > 0 && inRange.length === 0) {
    // The years as asked, in the words the captions use (2019年起, not 2019年, for from=2019 alone).
    return t.yearsOutside(viewWords(state).years, formatYearRange(years, state.lang));
  }
  return years.length === 0 ? t.noReports : t.noMatch;
}

/** This request's notices by what they read (the filters and the language); `cache` compares arguments by identity. */
const requestNotices = cache(() => new Map<string, Promise<string | null>>());

export function loadViewNotice(db: Db, state: ViewState): Promise<string | null> {
  const notices = requestNotices();
  const key = JSON.stringify({ ...filtersOf(state), lang: state.lang });
  let notice = notices.get(key);
  if (!notice) {
    notice = readViewNotice(db, state);
    notices.set(key, notice);
  }
  return notice;
}
