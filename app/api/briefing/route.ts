/**
 * The Word briefing (简报) of a page's view as DOCX: `view` names the page (overview, region, compare, agency),
 * `agency` the agency, the rest is the page's URL state; `format=docx`. The same gate as the table exports
 * (lib/export/export-response.ts): a few at a time, here on the server's own thread (export-thread.ts,
 * exportInProcess, says why); refusals are JSON `{ error, message }`.
 */
import { BRIEFING_ROWS } from '../../../lib/dashboard/briefing/briefing-table';
import { briefingQuery, briefingRefusal } from '../../../lib/dashboard/briefing/briefing-request';
import { exportBriefing } from '../../../lib/dashboard/briefing/export-briefing';
import { exportResponse } from '../../../lib/export/export-response';
import { wrongMethods } from '../../../lib/refusal/wrong-method';
import { appDatabase } from '../../../db/app-database';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  return exportResponse(request, {
    formats: ['docx'],
    check: async () => briefingRefusal(await appDatabase(), params),
    // A briefing prints the first rows of the view's table, never more: anyone may have one.
    count: async () => BRIEFING_ROWS,
    make: async () => {
      const file = await exportBriefing(await appDatabase(), briefingQuery(params));
      return { ...file, body: new Uint8Array(file.body) };
    },
    grew: () => 'The briefing could not be made; ask again.',
  });
}

export const { POST, PUT, DELETE, PATCH, OPTIONS } = wrongMethods('GET');
