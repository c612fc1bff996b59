/**
 * A batch mixing good DOCX/PDF/text reports with every kind of bad file: each bad file is reported
 * once with its name and reason, every good one is imported, and nothing of a bad file is stored.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test, vi } from 'vitest';
import type { Db } from '../../db/client';
import { importPaths } from '../../lib/ingest/import-files';
import { docxParts } from '../../lib/synth/docx';
import { writeZip } from '../../lib/synth/zip';
import { tempDatabase, tempDir } from '../support/temp-db';

const ROOT = path.resolve(__dirname, '../..');
const fixture = (rel: string) => path.join(ROOT, 'test/fixtures', rel);

const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const execFileAsync = promisify(execFile);

/** Good: a DOCX, a DOCX under a PDF name, a PDF, a text seed. Bad: one of each kind. */
function batch(): string {
  const dir = tempDir();
  copyFileSync(fixture('docx/003-jiaxing.docx'), path.join(dir, 'jiaxing.docx'));
  copyFileSync(fixture('docx/002-wuzhong.docx'), path.join(dir, 'wuzhong.pdf'));
  copyFileSync(fixture('pdf/000-xinzhou-borderless.pdf'), path.join(dir, 'xinzhou.pdf'));
  copyFileSync(path.join(ROOT, 'db/samples/004_91f57d8fbcd74313.txt'), path.join(dir, 'daye.txt'));
  const docx = readFileSync(fixture('docx/003-jiaxing.docx'));
  writeFileSync(path.join(dir, 'cut.docx'), docx.subarray(0, docx.length >> 1));
  const [types, rels] = docxParts('');
  writeFileSync(
    path.join(dir, 'bomb.docx'),
    writeZip([types, rels, { name: 'word/document.xml', data: new Uint8Array(60 << 20).fill(0x20) }]),
  );
  copyFileSync(fixture('docx/003-encrypted.docx'), path.join(dir, 'locked.docx'));
  copyFileSync(fixture('pdf/003-encrypted.pdf'), path.join(dir, 'locked.pdf'));
  copyFileSync(fixture('pdf/003-scanned.pdf'), path.join(dir, 'scan.pdf'));
  copyFileSync(fixture('docx/003-legacy.doc'), path.join(dir, 'old.doc'));
  copyFileSync(fixture('docx/budget.docx'), path.join(dir, 'budget.docx'));
  writeFileSync(path.join(dir, 'empty.pdf'), '');
  return dir;
}

function expectFailures(failed: { file: string; error: string }[]): void {
  const errors = Object.fromEntries(failed.map((f) => [path.basename(f.file), f.error]));
  expect(Object.keys(errors).sort()).toEqual([
    'bomb.docx',
    'budget.docx',
    'cut.docx',
    'empty.pdf',
    'locked.docx',
    'locked.pdf',
    'old.doc',
    'scan.pdf',
  ]);
  expect(errors['cut.docx']).toMatch(/cut\.docx: the DOCX file is truncated or damaged/);
  expect(errors['bomb.docx']).toMatch(/bomb\.docx: .*zip bomb/);
  expect(errors['locked.docx']).toMatch(/locked\.docx: the document is password-protected/);
  expect(errors['locked.pdf']).toMatch(/locked\.pdf: the PDF is password-protected/);
  expect(errors['scan.pdf']).toMatch(/scan\.pdf: .*needs OCR/);
  expect(errors['old.doc']).toMatch(/old\.doc: the file is a legacy Word 97–2003 document/);
  expect(errors['budget.docx']).toMatch(/budget\.docx: this is not an annual open-government-information report/);
  expect(errors['empty.pdf']).toMatch(/empty\.pdf: the file is empty/);
}

/** Exactly the four good reports, each with its source file and metrics row; nothing of the bad ones. */
async function expectOnlyGoodReports(db: Db): Promise<void> {
  const q = (sql: string) => db.$client.execute(sql);
  const n = async (table: string) => Number((await q(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  const names = await q(
    `SELECT a.name, r.format FROM reports r JOIN agencies a ON a.id = r.agency_id ORDER BY r.format, a.name`,
  );
  expect(names.rows.map((r) => `${r.format} ${r.name}`)).toEqual([
    'docx 吴忠市科学技术局',
    'docx 嘉兴市科学技术局',
    'pdf 忻州市科学技术局',
    'text 大冶市科技局',
  ]);
  expect({
    reports: await n('reports'),
    source_files: await n('source_files'),
    report_metrics: await n('report_metrics'),
    agencies: await n('agencies'),
  }).toEqual({ reports: 4, source_files: 4, report_metrics: 4, agencies: 4 });
}

/** The scan stands for a file that cannot be read: OCR, which reads it where installed, is off here. */
const NO_OCR = { NIANBAO_OCR: 'off' };

test('inline: bad files do not stop the good ones and leave nothing partial', async () => {
  const { db } = await tempDatabase();
  vi.stubEnv('NIANBAO_OCR', NO_OCR.NIANBAO_OCR);
  const summary = await importPaths(db, [batch()], { workers: 0 }).finally(() => vi.unstubAllEnvs());
  expectFailures(summary.failed);
  expect(summary.imported).toBe(4);
  await expectOnlyGoodReports(db);
  db.$client.close();
}, 60_000);

test('through the CLI with a worker thread: the same outcome', async () => {
  const { db, url } = await tempDatabase();
  const out = await execFileAsync(TSX, ['lib/cli/import.ts', '--json', '--workers', '1', batch()], {
    cwd: ROOT,
    env: { ...process.env, ...NO_OCR, DATABASE_URL: url },
  }).then(
    (r) => r.stdout,
    (e: { stdout: string }) => e.stdout,
  );
  const summary = JSON.parse(out) as { imported: number; failed: { file: string; error: string }[] };
  expectFailures(summary.failed);
  expect(summary.imported).toBe(4);
  await expectOnlyGoodReports(db);
  db.$client.close();
}, 60_000);
