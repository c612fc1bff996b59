/**
 * GET /api/export called as Next calls it, against the app database (a temp file: the five samples, plus a
 * synthetic corpus one row over the public limit). The file is made on a real worker thread; the admin
 * token guards the larger table; a full gate answers 503 with Retry-After.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { PUBLIC_EXPORT_ROWS } from '../../lib/dashboard/compare-export';
import { corpusReportPaths } from '../../lib/synth/corpus-manifest';
import { writeCorpus } from '../../lib/synth/write-corpus';
import { tempDir } from '../support/temp-db';

// The app database is opened on first use from DATABASE_URL: point it at a temp file before anything opens it.
process.env.DATABASE_URL = `file:${path.join(tempDir(), 'export.db')}`;
const { GET } = await import('../../app/api/export/route');
const { exportCompare } = await import('../../lib/dashboard/compare-export');
const { EXPORT_LIMITS, endIdleThreads } = await import('../../lib/export/export-thread');
const { appDatabase } = await import('../../db/app-database');
const { prepareDatabase } = await import('../../lib/ingest/seed-samples');
const { importPaths } = await import('../../lib/ingest/import-files');
const { parseViewState } = await import('../../lib/view-state/view-state');

const TOKEN = 'export-route-token';
/** One row over the public limit: the synthetic view needs the token. */
const LARGE = 'synthetic=1&sort=agency.asc';

function get(query: string, token?: string): Promise<Response> {
  const headers: Record<string, string> = token === undefined ? {} : { authorization: `Bearer ${token}` };
  return GET(new Request(`http://localhost/api/export?${query}`, { headers }));
}

let seeded: Awaited<ReturnType<typeof prepareDatabase>>;
beforeAll(async () => {
  // The samples, as `npm run seed` puts them in before the server starts; the route opens the same file.
  const db = (seeded = await prepareDatabase());
  const corpus = path.join(tempDir(), 'corpus');
  await writeCorpus({ dir: corpus, seed: 3, reports: PUBLIC_EXPORT_ROWS + 1 });
  const summary = await importPaths(db, corpusReportPaths(corpus), { synthetic: true });
  expect(summary.imported).toBe(PUBLIC_EXPORT_ROWS + 1);
}, 120_000);
afterAll(async () => {
  await endIdleThreads();
  (await appDatabase()).$client.close();
  seeded.$client.close();
});
beforeEach(() => {
  process.env.NIANBAO_ADMIN_TOKEN = TOKEN;
});

describe('a table within the public limit', () => {
  test('CSV for anyone: the same bytes exportCompare makes on this thread', async () => {
    const res = await get('sort=agency.asc&format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const csv = Buffer.from(await res.arrayBuffer()).toString('utf8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + 5);
    const expected = await exportCompare(seeded, parseViewState(new URLSearchParams('sort=agency.asc')), 'csv');
    expect(expected.ok && csv).toBe(expected.ok && expected.body);
  });

  test('XLSX for anyone: the title, then every row', async () => {
    const res = await get('sort=agency.asc&format=xlsx');
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell(1, 1).value).toBe('政府信息公开工作年度报告对比表');
    expect(sheet.getCell(sheet.rowCount - 5, 1).value).toBe('机构');
    expect(sheet.getCell(sheet.rowCount, 1).value).toBe('忻州市科学技术局');
  });

  test('an unknown format is a 400', async () => {
    expect((await get('format=pdf')).status).toBe(400);
  });
});

describe(`a table over the public limit (${PUBLIC_EXPORT_ROWS + 1} rows)`, () => {
  test('without the token: 401, saying how to get it', async () => {
    const res = await get(`${LARGE}&format=csv`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({
      error: 'token-required',
      message: expect.stringMatching(/Authorization: Bearer.*npm run export/),
    });
  });

  test('a wrong token: 403; a server without a token: 403 naming the variable', async () => {
    expect((await get(`${LARGE}&format=csv`, 'wrong')).status).toBe(403);
    delete process.env.NIANBAO_ADMIN_TOKEN;
    const res = await get(`${LARGE}&format=csv`, TOKEN);
    expect(res.status).toBe(403);
    expect((await res.json()).message).toMatch(/NIANBAO_ADMIN_TOKEN/);
  });

  test('with the token: every row', async () => {
    const res = await get(`${LARGE}&format=csv`, TOKEN);
    expect(res.status).toBe(200);
    const lines = (await res.text()).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(1 + PUBLIC_EXPORT_ROWS + 1);
  });
});

test('more exports at once than the gate holds: the rest get 503 with Retry-After at once, the others their file', async () => {
  const { running, queued } = EXPORT_LIMITS;
  const started = performance.now();
  const responses = await Promise.all(
    Array.from({ length: running + queued + 2 }, () =>
      get(`${LARGE}&format=xlsx`, TOKEN).then((res) => ({ res, ms: performance.now() - started })),
    ),
  );
  const busy = responses.filter(({ res }) => res.status === 503);
  expect(responses.map(({ res }) => res.status).sort()).toEqual([...Array(running + queued).fill(200), 503, 503]);
  for (const { res } of busy) {
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await res.json()).toMatchObject({ error: 'busy', message: expect.stringContaining('try again') });
  }
  // Turned away without waiting for the exports ahead of them.
  expect(Math.max(...busy.map((b) => b.ms))).toBeLessThan(
    Math.min(...responses.filter(({ res }) => res.status === 200).map((r) => r.ms)),
  );
}, 60_000);
