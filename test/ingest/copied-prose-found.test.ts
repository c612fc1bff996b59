/**
 * The import finds the prose the generator copied (issue 16), as the bench checks it at scale
 * (test/bench/e2e/copy-checks.ts): a small corpus with copies at high rates, imported; every report flagged is
 * one copied or copied from, naming the right other report, and none else. A share set by hand on a report
 * that copied nothing is caught.
 */
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { importPaths } from '../../lib/ingest/import-files';
import { corpusReportPaths, readProseCopies } from '../../lib/synth/corpus-manifest';
import { writeCorpus } from '../../lib/synth/write-corpus';
import { checkProseCopies } from '../bench/e2e/copy-checks';
import { checkPassed } from '../bench/e2e/corpus-checks';
import { tempDatabase, tempDir } from '../support/temp-db';

describe('copied prose found at import', () => {
  let db: Awaited<ReturnType<typeof tempDatabase>>['db'];
  let dir = '';
  beforeAll(async () => {
    dir = path.join(tempDir(), 'corpus');
    await writeCorpus({ dir, seed: 5, reports: 400, rates: { prevCopy: 0.4, peerCopy: 0.1 } });
    ({ db } = await tempDatabase());
    const summary = await importPaths(db, corpusReportPaths(dir), { synthetic: true, workers: 0, groupSize: 50 });
    expect(summary.imported).toBe(400);
  }, 120_000);

  test('the reports flagged are exactly those copied or copied from, each naming the other', async () => {
    const copies = readProseCopies(dir)!;
    expect(copies.filter((c) => c.kind === 'prev').length).toBeGreaterThan(50);
    expect(copies.filter((c) => c.kind === 'peer').length).toBeGreaterThan(10);
    const checks = await checkProseCopies(db, copies);
    expect(checks.filter((c) => !checkPassed(c))).toEqual([]);
    expect(checks.find((c) => c.what.startsWith('prose copied from the year before'))?.found).toBe(
      copies.filter((c) => c.kind === 'prev').length,
    );
  });

  test('a report that copied nothing but shows a large share is caught', async () => {
    const copied = new Set(readProseCopies(dir)!.flatMap((c) => [c.index, c.from]));
    const rows = await db.$client.execute(
      `SELECT m.report_id, s.file_name FROM report_metrics m JOIN reports r ON r.id = m.report_id
         JOIN source_files s ON s.hash = r.source_hash WHERE m.copied_prev IS NOT NULL`,
    );
    const own = rows.rows.find((r) => !copied.has(Number(/(\d+)-[^/]*$/.exec(String(r.file_name))![1])))!;
    await db.$client.execute({
      sql: 'UPDATE report_metrics SET copied_prev = 0.8 WHERE report_id = ?',
      args: [own.report_id],
    });
    const checks = await checkProseCopies(db, readProseCopies(dir)!);
    const stray = checks.find((c) => c.what.startsWith('copied_prev ≥ 0.5 on a report not copied'))!;
    expect(stray.found).toBe(1);
    expect(checkPassed(stray)).toBe(false);
  });
});
