/**
 * The import routes called as Next calls them, with a Request: the admin token guards both, sizes are
 * refused before parsing, and a good upload lands in the app database (here a temp file).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { tempDir } from '../support/temp-db';

// The app database is opened on first use from DATABASE_URL: point it at a temp file before anything opens it.
process.env.DATABASE_URL = `file:${path.join(tempDir(), 'x.db')}`;
const { POST: preview } = await import('../../app/api/import/preview/route');
const { POST: save } = await import('../../app/api/import/route');
const { appDatabase } = await import('../../db/app-database');
const { prepareDatabase } = await import('../../lib/ingest/seed-samples');

const ROOT = path.resolve(__dirname, '../..');
const TOKEN = 'correct horse battery staple';
const SEED_003 = readFileSync(path.join(ROOT, 'db/samples/003_ce3ce06ef0481c4f.txt'), 'utf8');
const CORRECTED = SEED_003.replace('通过门户网站发布信息464条', '通过门户网站发布信息466条');

function request(
  url: string,
  files: { name: string; body: string }[],
  token?: string,
  headers: Record<string, string> = {},
): Request {
  const form = new FormData();
  for (const f of files) form.append('files', new Blob([f.body]), f.name);
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  return new Request(`http://localhost${url}`, { method: 'POST', headers, body: form });
}
const corrected = () => [{ name: 'jiaxing.txt', body: CORRECTED }];

beforeAll(async () => {
  // Seeded with the samples, as `npm run seed` does before the server starts (the app only opens it).
  await prepareDatabase({ db: await appDatabase() });
}, 60_000);
afterAll(async () => (await appDatabase()).$client.close());
beforeEach(() => {
  process.env.NIANBAO_ADMIN_TOKEN = TOKEN;
});

describe('the admin token', () => {
  test('none configured: both routes answer 503 and name the variable to set', async () => {
    delete process.env.NIANBAO_ADMIN_TOKEN;
    for (const [handler, url] of [
      [preview, '/api/import/preview'],
      [save, '/api/import'],
    ] as const) {
      const res = await handler(request(url, corrected(), TOKEN));
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({
        error: 'not-configured',
        message: expect.stringContaining('NIANBAO_ADMIN_TOKEN'),
      });
    }
  });

  test('missing: 401; wrong: 403; not Bearer: 401', async () => {
    expect((await save(request('/api/import', corrected()))).status).toBe(401);
    const wrong = await save(request('/api/import', corrected(), 'correct horse battery stapler'));
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toMatchObject({ error: 'wrong' });
    expect(
      (await preview(request('/api/import/preview', corrected(), undefined, { authorization: `Basic ${TOKEN}` })))
        .status,
    ).toBe(401);
    const db = await appDatabase();
    expect(Number((await db.$client.execute('SELECT count(*) AS n FROM reports')).rows[0].n)).toBe(5);
  });
});

describe('with the right token', () => {
  test('preview: 200 with each file parsed, nothing saved', async () => {
    const res = await preview(request('/api/import/preview', [...corrected(), { name: 'notes.txt', body: '' }], TOKEN));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.files).toMatchObject([
      {
        file: 'jiaxing.txt',
        ok: true,
        agency: '嘉兴市科学技术局',
        year: 2020,
        alreadyStored: false,
        replacesCurrent: true,
      },
      { file: 'notes.txt', ok: false, error: expect.stringMatching(/^notes\.txt: the file is empty/) },
    ]);
  });

  test('save: 200, the report replaces the sample and its original is stored', async () => {
    const res = await save(request('/api/import', corrected(), TOKEN));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      imported: 0,
      replaced: 1,
      unchanged: 0,
      failed: [],
      results: [{ file: 'jiaxing.txt', status: 'replaced', agencyId: expect.any(Number) }],
    });
    const db = await appDatabase();
    const hash = createHash('sha256').update(CORRECTED).digest('hex');
    const rows = await db.$client.execute({
      sql: `SELECT r.status, r.agency_id, s.file_name FROM reports r JOIN source_files s ON s.hash = r.source_hash WHERE s.hash = ?`,
      args: [hash],
    });
    expect(rows.rows).toEqual([
      expect.objectContaining({ status: 'current', agency_id: body.results[0].agencyId, file_name: 'jiaxing.txt' }),
    ]);
    const again = await (await save(request('/api/import', corrected(), TOKEN))).json();
    expect(again).toMatchObject({ unchanged: 1, replaced: 0, imported: 0 });
  });
});

describe('sizes', () => {
  test('no files: 400; too many files: 413', async () => {
    const none = await save(request('/api/import', [], TOKEN));
    expect(none.status).toBe(400);
    expect(await none.json()).toMatchObject({ error: 'no-files' });
    const many = Array.from({ length: 51 }, (_, i) => ({ name: `${i}.txt`, body: 'x' }));
    const res = await preview(request('/api/import/preview', many, TOKEN));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: 'too-many-files', message: expect.stringContaining('at most 50') });
  });

  test('a declared Content-Length over the limit: 413 before the body is read', async () => {
    const req = request('/api/import', corrected(), TOKEN, { 'content-length': String(200 * 1024 * 1024) });
    const res = await save(req);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: 'too-large', message: expect.stringContaining('100 MB') });
    expect(req.bodyUsed).toBe(false);
  });

  test('a body without a length that grows past the limit: 413', async () => {
    const chunk = new Uint8Array(1024 * 1024);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent++ > 110) c.close();
        else c.enqueue(chunk);
      },
    });
    const req = new Request('http://localhost/api/import', {
      method: 'POST',
      body,
      duplex: 'half',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'multipart/form-data; boundary=x' },
    } as RequestInit);
    const res = await save(req);
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(105);
  });
});
