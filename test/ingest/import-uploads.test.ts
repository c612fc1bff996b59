/**
 * Uploads held in memory: the preview parses without writing, the save stores each file as the CLI
 * import does (idempotent, bad files reported, the rest saved), and over-limit batches are refused.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import {
  MAX_UPLOAD_BYTES,
  MAX_UPLOAD_FILES,
  previewUploads,
  saveUploads,
  type UploadFile,
  UploadLimitError,
  uploadName,
} from '../../lib/ingest/import-uploads';
import { checkUploadLimits } from '../../lib/ingest/upload-limits';
import { tempDatabase } from '../support/temp-db';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLES = path.join(ROOT, 'db/samples');
const read = (file: string, name = path.basename(file)): UploadFile => ({
  name,
  bytes: new Uint8Array(readFileSync(file)),
});
const samples = (): UploadFile[] =>
  readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => read(path.join(SAMPLES, f)));
const halfDocx = (): UploadFile => {
  const docx = readFileSync(path.join(ROOT, 'test/fixtures/docx/003-jiaxing.docx'));
  return { name: 'cut.docx', bytes: new Uint8Array(docx.subarray(0, docx.length >> 1)) };
};

async function counts(db: Db) {
  const out: Record<string, number> = {};
  for (const t of ['agencies', 'reports', 'source_files', 'report_metrics', 'findings']) {
    out[t] = Number((await db.$client.execute(`SELECT count(*) AS n FROM ${t}`)).rows[0].n);
  }
  return out;
}

let db: Db;
beforeAll(async () => {
  ({ db } = await tempDatabase());
});
afterAll(() => db.$client.close());

describe('preview', () => {
  test('the five samples parse with agency, year, region and findings; a bad file names itself; nothing is written', async () => {
    const previews = await previewUploads([...samples(), halfDocx()], { db });
    expect(previews.map((p) => p.ok)).toEqual([true, true, true, true, true, false]);
    const byAgency = Object.fromEntries(previews.flatMap((p) => (p.ok ? [[p.agency, p]] : [])));
    expect(Object.keys(byAgency).sort()).toEqual([
      '上高县科技局',
      '吴忠市科学技术局',
      '嘉兴市科学技术局',
      '大冶市科技局',
      '忻州市科学技术局',
    ]);
    expect(byAgency.嘉兴市科学技术局).toMatchObject({
      file: '003_ce3ce06ef0481c4f.txt',
      year: 2020,
      template: '2019',
      format: 'text',
      region: { province: '浙江省', city: '嘉兴市' },
      summary: { appsNew: 3, granted: 3 },
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      alreadyStored: false,
      replacesCurrent: false,
    });
    expect(byAgency.吴忠市科学技术局).toMatchObject({ year: 2021, template: '2021' });
    for (const p of previews) {
      if (!p.ok) continue;
      expect(p.findings.filter((f) => f.severity === 'error')).toHaveLength(p.errorCount);
      expect(p.findings.filter((f) => f.severity === 'warning')).toHaveLength(p.warningCount);
      for (const f of p.findings)
        expect(f).toMatchObject({ rule: expect.any(String), where: expect.any(String), message: expect.any(String) });
    }
    expect(previews[5]).toEqual({
      file: 'cut.docx',
      ok: false,
      error: expect.stringMatching(/^cut\.docx: the DOCX file is truncated or damaged/),
      reason: 'unreadable',
    });
    expect(await counts(db)).toMatchObject({ reports: 0, source_files: 0, agencies: 0 });
  });

  test('a file over the per-file limit is refused by name, with the limit', async () => {
    const [p] = await previewUploads([{ name: 'huge.pdf', bytes: new Uint8Array(21 * 1024 * 1024) }]);
    expect(p).toMatchObject({ ok: false, error: expect.stringMatching(/^huge\.pdf: .*over the 20 MB limit/) });
  });
});

describe('save', () => {
  test('the samples are saved once; the second time every file is unchanged and the preview says so', async () => {
    const first = await saveUploads(db, samples());
    expect(first).toMatchObject({ imported: 5, unchanged: 0, replaced: 0, failed: [], files: 5 });
    const agencies = await db.$client.execute('SELECT id, name FROM agencies');
    const idOf = Object.fromEntries(agencies.rows.map((r) => [String(r.name), Number(r.id)]));
    for (const r of first.results) {
      expect(r.status).toBe('imported');
      if (r.status !== 'failed') expect(r.agencyId).toBe(idOf[r.agency!]);
    }
    const before = await counts(db);
    expect(before).toMatchObject({ reports: 5, source_files: 5, report_metrics: 5, agencies: 5 });
    const stored = await db.$client.execute(`SELECT file_name FROM source_files ORDER BY file_name`);
    expect(stored.rows.map((r) => r.file_name)).toEqual(
      readdirSync(SAMPLES)
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    );

    const second = await saveUploads(db, samples());
    expect(second).toMatchObject({ imported: 0, unchanged: 5, replaced: 0, failed: [] });
    expect(second.results.map((r) => r.status)).toEqual(Array(5).fill('unchanged'));
    expect(await counts(db)).toEqual(before);
    expect((await previewUploads(samples(), { db })).every((p) => p.ok && p.alreadyStored)).toBe(true);
  });

  test('a corrected report is previewed as replacing the current one, then replaces it', async () => {
    const text = readFileSync(path.join(SAMPLES, '003_ce3ce06ef0481c4f.txt'), 'utf8').replace(
      '通过门户网站发布信息464条',
      '通过门户网站发布信息465条',
    );
    const corrected = { name: 'jiaxing-corrected.txt', bytes: new TextEncoder().encode(text) };
    expect(await previewUploads([corrected], { db })).toMatchObject([
      { ok: true, alreadyStored: false, replacesCurrent: true },
    ]);
    const saved = await saveUploads(db, [corrected]);
    expect(saved.results).toMatchObject([
      { file: 'jiaxing-corrected.txt', status: 'replaced', agency: '嘉兴市科学技术局', year: 2020 },
    ]);
  });

  test('a batch with a bad file saves the others and nothing of the bad one', async () => {
    const fresh = await tempDatabase();
    const [a, b] = samples();
    const summary = await saveUploads(fresh.db, [a, halfDocx(), b]);
    expect(summary.results.map((r) => [r.file, r.status])).toEqual([
      [a.name, 'imported'],
      ['cut.docx', 'failed'],
      [b.name, 'imported'],
    ]);
    expect(summary.failed).toEqual([{ file: 'cut.docx', error: expect.stringMatching(/^cut\.docx: /) }]);
    expect(await counts(fresh.db)).toMatchObject({ reports: 2, source_files: 2, report_metrics: 2, agencies: 2 });
    fresh.db.$client.close();
  });
});

describe('limits', () => {
  test('too many files, too many bytes, or none: refused with the limit named', async () => {
    const many = Array.from({ length: MAX_UPLOAD_FILES + 1 }, (_, i) => ({
      name: `${i}.txt`,
      bytes: new Uint8Array(1),
    }));
    await expect(previewUploads(many)).rejects.toThrow(UploadLimitError);
    await expect(saveUploads(db, many)).rejects.toThrow(`at most ${MAX_UPLOAD_FILES} are accepted`);
    expect(checkUploadLimits([MAX_UPLOAD_BYTES / 2, MAX_UPLOAD_BYTES / 2 + 1])).toMatchObject({
      status: 413,
      reason: 'too-large',
      message: expect.stringContaining('100 MB limit'),
    });
    expect(checkUploadLimits([MAX_UPLOAD_BYTES / 2, MAX_UPLOAD_BYTES / 2])).toBeNull();
    expect(checkUploadLimits([])).toMatchObject({ status: 400, reason: 'no-files' });
  });

  test('a file name is reduced to a tidy base name', () => {
    expect(uploadName('../../etc/passwd')).toBe('passwd');
    expect(uploadName('C:\\reports\\年报\u0000.pdf')).toBe('年报.pdf');
    expect(uploadName('  ')).toBe('upload');
  });
});
