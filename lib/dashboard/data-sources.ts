/** How many real and synthetic reports the database holds: the data-source switch shows it when both exist. */
import type { Db } from '../../db/client';
import { reportsBySource } from '../../db/queries/reports-by-source';

export function loadDataSources(db: Db): Promise<{ real: number; synthetic: number }> {
  return reportsBySource(db);
}
