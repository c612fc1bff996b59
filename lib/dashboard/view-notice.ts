/**
 * One place that says whether a view is empty, and why (issue 18): a region code no region has, years the
 * data does not reach, or filters no report matches. Null when the view has reports.
 */
import type { Db } from '../../db/client';
import { listYears } from '../../db/queries/list-years';
import { formatYearRange } from '../format/date';
import { VIEW_NOTICE_TEXT } from '../i18n/view-notice-text';
import { regionSelects } from '../view-state/region-options';
import type { ViewState } from '../view-state/view-state';
import { viewSummary } from './view-summary';

export async function loadViewNotice(db: Db, state: ViewState): Promise<string | null> {
  const t = VIEW_NOTICE_TEXT[state.lang];
  if (state.region && regionSelects(state.region).trail.length === 0) return t.unknownRegion(state.region);
  const [[row], years] = await Promise.all([
    viewSummary(db, state, 'none'),
    listYears(db, { synthetic: state.synthetic }),
  ]);
  if ((row?.reports ?? 0) > 0) return null;
  const { yearFrom: from, yearTo: to } = state;
  const asked = from !== undefined || to !== undefined;
  const inRange = years.filter((y) => (from === undefined || y >= from) && (to === undefined || y <= to));
  if (asked && years.length > 0 && inRange.length === 0) {
    return t.yearsOutside(formatYearRange([from ?? to!, to ?? from!], state.lang), formatYearRange(years, state.lang));
  }
  return years.length === 0 ? t.noReports : t.noMatch;
}
