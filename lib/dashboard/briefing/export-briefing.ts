/**
 * The Word briefing's file, made on the export's worker thread (lib/export/export-worker.ts) for a request the
 * route has checked (briefing-request.ts): the view's or the agency's briefing, written as DOCX.
 */
import type { Db } from '../../../db/client';
import { briefingDocx } from '../../export/briefing-docx';
import { pick } from '../../format/locale';
import { BRIEFING_TEXT } from '../../i18n/briefing-text';
import { agencyBriefing } from './agency-briefing';
import { briefingAsk } from './briefing-request';
import { viewBriefing } from './view-briefing';

export type BriefingResult = { ok: true; title: string; body: Buffer; total: number };

/** The DOCX file; throws for a request briefingRefusal turns away (the route asks it first). */
export async function exportBriefing(db: Db, query: string): Promise<BriefingResult> {
  const ask = briefingAsk(new URLSearchParams(query));
  if (!ask) throw new Error('not a briefing request');
  const doc =
    ask.view === 'agency'
      ? ask.agencyId === undefined
        ? null
        : await agencyBriefing(db, ask.agencyId, ask.state)
      : await viewBriefing(db, ask.view, ask.state);
  if (!doc) throw new Error(`agency ${ask.agencyId} has no reports`);
  const title = pick(ask.state.lang, BRIEFING_TEXT).fileName(doc.title[0]);
  return { ok: true, title, body: await briefingDocx(doc), total: doc.table?.rows.length ?? 0 };
}
