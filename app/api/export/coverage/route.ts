/**
 * The coverage matrix (agencies × years, /quality/coverage) as XLSX or CSV, as filtered in the URL (`show` picks the
 * agencies). The same gate as the compare table's export (../route.ts, lib/export/export-response.ts).
 */
import { countCoverageMatrix } from '../../../../lib/dashboard/coverage-page';
import { exportResponse } from '../../../../lib/export/export-response';
import { wrongMethods } from '../../../../lib/refusal/wrong-method';
import { appDatabase } from '../../../../db/app-database';
import { coverageQuery, coverageShow } from '../../../../lib/view-state/coverage-filters';
import { parseViewState, serializeViewState } from '../../../../lib/view-state/view-state';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const state = parseViewState(params);
  const show = coverageShow(params);
  return exportResponse(request, {
    count: async () => countCoverageMatrix(await appDatabase(), state, show),
    job: { query: [serializeViewState(state), coverageQuery(show)].filter(Boolean).join('&'), table: 'coverage' },
    grew: (_total, limit) =>
      `The matrix grew to more than ${limit.toLocaleString('en-US')} agencies while the export was being made; ask again.`,
  });
}

export const { POST, PUT, DELETE, PATCH, OPTIONS } = wrongMethods('GET');
