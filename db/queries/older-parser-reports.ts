/** Current reports another parser version made: what `npm run reparse` would renew (lib/ingest/reparse-stored.ts). */
import type { Db } from '../client';

export interface OlderParserReports {
  version: string;
  reports: number;
}

/** Per version other than `current`, how many current reports it made. */
export async function olderParserReports(
  db: Db,
  o: { synthetic: boolean; current: string },
): Promise<OlderParserReports[]> {
  // One range each side: with `!=` or an OR, SQLite scanned every current report's index entry (measured:
  // BENCHMARKS.md, 'Figures from code comments').
  const side = (op: '<' | '>') => `SELECT parser_version AS version, count(*) AS n FROM reports
    WHERE synthetic = ? AND status = 'current' AND parser_version ${op} ? GROUP BY parser_version`;
  const synthetic = o.synthetic ? 1 : 0;
  const rows = await db.$client.execute({
    sql: `${side('<')} UNION ALL ${side('>')} ORDER BY version`,
    args: [synthetic, o.current, synthetic, o.current],
  });
  return rows.rows.map((r) => ({ version: String(r.version), reports: Number(r.n) }));
}
