/**
 * Test data for the query tests: synthetic reports rendered by lib/synth and imported like any file
 * (so every table is filled the way an import fills it), then blanks punched into report_metrics so
 * the sums and rates meet every mix of known and unknown values.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/client';
import { metricColumn } from '../../db/schema';
import { importPaths } from '../../lib/ingest/import-files';
import { recomputeRowRates } from '../../db/queries/recompute-row-rates';
import { refreshRollups } from '../../db/queries/refresh-rollups';
import { COUNT_METRIC_IDS } from '../../lib/metrics/report-metrics';
import { TABLE4_GROUPS } from '../../lib/report/types';
import { mulberry32, randomContent, renderText } from '../../lib/synth/render';
import { tempDir } from '../support/temp-db';

export const SAMPLES = path.resolve(__dirname, '../../db/samples');

/**
 * The agencies of the samples. A synthetic report for one of them in a sample's year would replace
 * the sample (real and synthetic reports share an agency-year's one current slot), so none is drawn.
 */
const SAMPLE_AGENCIES = new Set([
  '忻州市科学技术局',
  '上高县科技局',
  '吴忠市科学技术局',
  '嘉兴市科学技术局',
  '大冶市科技局',
]);

/**
 * Imports `count` random reports (flagged synthetic); agency × year collisions replace, as in life.
 * Every seventh report's table 4 total is off by one, so some reports carry an error finding.
 */
export async function importSyntheticReports(db: Db, count: number, seed = 1): Promise<void> {
  const dir = tempDir('nianbao-synth-');
  for (let i = 0; i < count; i++) {
    const content = randomContent(mulberry32(seed * 100_003 + i), { blanks: 0.2 });
    if (SAMPLE_AGENCIES.has(content.agency)) continue;
    const review = content.table4[TABLE4_GROUPS[0]];
    if (i % 7 === 3 && review.total !== null) review.total += 1;
    writeFileSync(
      path.join(dir, `r${String(i).padStart(4, '0')}.txt`),
      renderText(content, i % 2 ? 'tab-rows' : 'cell-per-line'),
    );
  }
  const summary = await importPaths(db, [dir], { synthetic: true });
  if (summary.failed.length > 0) throw new Error(`synthetic reports failed to import: ${summary.failed[0].error}`);
}

/**
 * Sets some metrics of the synthetic rows to null: each column in a different, deterministic subset
 * of rows (about one row in `every`), so rates see rows that know only some of their parts.
 */
export async function blankSomeMetrics(db: Db, every = 4): Promise<void> {
  const statements = COUNT_METRIC_IDS.map(
    (id, j) =>
      `UPDATE report_metrics SET ${metricColumn(id)} = NULL WHERE synthetic = 1 AND (report_id * 7 + ${j} * 5) % ${every} = 0`,
  );
  await db.$client.batch(statements, 'write');
  // Written behind the save path's back, so the stored rates and the rollups are rebuilt by hand, as a
  // migration would.
  await recomputeRowRates(db);
  await refreshRollups(db, { full: true });
}
