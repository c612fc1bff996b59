/** One line under the overview's title saying what the stored data covers: years, provinces, agencies, reports. */
import { appDatabase } from '@/db/app-database';
import { loadCoverage } from '@/lib/dashboard/overview';
import type { ViewState } from '@/lib/view-state/view-state';

export async function CoverageLine({ state }: { state: ViewState }) {
  const line = await loadCoverage(await appDatabase(), state);
  return line ? <p data-coverage>{line}</p> : null;
}
