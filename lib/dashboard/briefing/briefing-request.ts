/**
 * A Word briefing as the route is asked for it: `view` names the page (overview, region, compare, agency),
 * `agency` the agency of an agency page, the rest is the view's URL state. What the worker is given, and why a
 * request gets no briefing (an unknown view, an agency without reports, a view without reports), checked on the
 * server's thread before any work; the file itself is export-briefing.ts's, on the export's worker thread.
 */
import type { Db } from '../../../db/client';
import { listAgencyReports } from '../../../db/queries/list-agency-reports';
import { refused, type Refusal } from '../../refusal/refusal';
import { parseAgencyId } from '../../view-state/agency-id';
import { parseViewState, serializeViewState, type ViewState } from '../../view-state/view-state';
import { loadViewNotice } from '../view-notice';
import { BRIEFING_VIEWS, type BriefingView, isBriefingView } from './briefing-href';

export interface BriefingAsk {
  view: BriefingView;
  state: ViewState;
  agencyId?: number;
}

export function briefingAsk(params: URLSearchParams): BriefingAsk | null {
  const view = params.get('view');
  if (!isBriefingView(view)) return null;
  return { view, state: parseViewState(params), agencyId: parseAgencyId(params.get('agency')) };
}

/** What the worker is given: the view, the page and the agency, without the format. */
export function briefingQuery(params: URLSearchParams): string {
  const ask = briefingAsk(params);
  if (!ask) return '';
  const q = new URLSearchParams(serializeViewState(ask.state));
  q.set('view', ask.view);
  if (ask.agencyId !== undefined) q.set('agency', String(ask.agencyId));
  return q.toString();
}

/** Why no briefing can be made for this request, or null when it can. */
export async function briefingRefusal(db: Db, params: URLSearchParams): Promise<Refusal | null> {
  const ask = briefingAsk(params);
  if (!ask) return refused(400, 'bad-request', `view must be one of ${BRIEFING_VIEWS.join(', ')}`).refusal;
  if (ask.view === 'agency') {
    if (ask.agencyId === undefined)
      return refused(400, 'bad-request', 'agency must be the id of an agency (digits)').refusal;
    if ((await listAgencyReports(db, ask.agencyId)).length === 0)
      return refused(404, 'not-found', `No agency ${ask.agencyId} with reports; there is nothing to brief.`).refusal;
    return null;
  }
  if ((await loadViewNotice(db, ask.state)) !== null)
    return refused(
      404,
      'no-data',
      'No reports match these filters, so there is nothing to brief. Widen the region or years.',
    ).refusal;
  return null;
}
