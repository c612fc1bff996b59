/**
 * Issue 19, item 4: a page whose title is an image took its agency and year from a sidebar link ("度政府",
 * 2019 for a 2020 report), and a second such page from another agency then replaced the first. Now a link
 * is never a title, a title line found only after the body or contradicted by the page's own titles makes
 * a weak identity, and a weak identity never replaces a report: it is held for a person to settle.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { listHeldReports } from '../../db/queries/held-reports';
import { fileHeldReport } from '../../lib/ingest/file-held-report';
import { importSources } from '../../lib/ingest/import-files';
import { parseAnyReport } from '../../lib/report';
import { matchTitle } from '../../lib/report/interpret/title-match';
import { tempDatabase } from '../support/temp-db';

const PAGE = readFileSync(path.resolve(__dirname, '../fixtures/forms/003-page.html'), 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);
/** The page with its title line made an image, as some sites publish it. */
const imageTitle = PAGE.replace(
  /<div class="article-title">.*?<\/div>/,
  '<div class="article-title"><img src="/title.png" alt=""></div>',
);
/** …and without a title in the page's metadata either. */
const noTitleAnywhere = imageTitle
  .replace(/<title>.*?<\/title>/, '<title>政府信息公开年报</title>')
  .replace(/<meta name="ArticleTitle"[^>]*>/, '');
/** The page's own title line says 2020 while its <title> and ArticleTitle say 2019: which report is it? */
const contradicted = PAGE.replaceAll(
  '嘉兴市科学技术局2020年度政府信息公开工作年度报告_',
  '嘉兴市科学技术局2019年度政府信息公开工作年度报告_',
).replace(
  '<meta name="ArticleTitle" content="嘉兴市科学技术局2020年度',
  '<meta name="ArticleTitle" content="嘉兴市科学技术局2019年度',
);

describe('reading the identity', () => {
  test('"2019年度政府信息公开工作年度报告" names a year and no agency (not "度政府")', () => {
    expect(matchTitle('2019年度政府信息公开工作年度报告')).toEqual({ agency: null, year: 2019 });
    expect(matchTitle('2020年度嘉兴市科学技术局政府信息公开工作年度报告')).toEqual({
      agency: '嘉兴市科学技术局',
      year: 2020,
    });
  });

  test('a page whose title is an image takes its identity from its metadata, never from a link in the sidebar', async () => {
    const report = await parseAnyReport(bytes(imageTitle), 'image-title.html');
    expect([report.agency, report.year, report.identity]).toEqual(['嘉兴市科学技术局', 2020, 'confident']);
  });

  test('with no title anywhere the agency is not read (the import refuses it) rather than read from a link', async () => {
    const report = await parseAnyReport(bytes(noTitleAnywhere), 'no-title.html');
    expect(report.agency).toBeNull();
    expect(report.year).toBeNull();
    expect(report.findings.map((f) => f.rule)).toContain('header.agency');
  });

  test('a title line the page itself contradicts is a weak identity, with a finding', async () => {
    const report = await parseAnyReport(bytes(contradicted), 'contradicted.html');
    expect([report.agency, report.year, report.identity]).toEqual(['嘉兴市科学技术局', 2020, 'weak']);
    expect(report.findings.find((f) => f.rule === 'header.identityWeak')?.severity).toBe('warning');
  });

  test("the repository's own reports all have a confident identity", async () => {
    const original = await parseAnyReport(bytes(PAGE), '003-page.html');
    expect(original.identity).toBe('confident');
  });
});

describe('importing a weak identity', () => {
  let db: Db;
  beforeAll(async () => {
    ({ db } = await tempDatabase());
  });
  afterAll(() => db.$client.close());

  const source = (name: string, text: string) => ({ name, read: async () => bytes(text) });
  const current = async () =>
    (
      await db.$client.execute(`SELECT r.id, s.file_name AS file FROM reports r JOIN source_files s ON s.hash = r.source_hash
    WHERE r.status = 'current'`)
    ).rows.map((r) => ({ id: Number(r.id), file: String(r.file) }));

  test('into an empty slot it is imported, with its finding', async () => {
    const summary = await importSources(db, [source('contradicted.html', contradicted)]);
    expect(summary).toMatchObject({ imported: 1, replaced: 0, held: 0, failed: [] });
    expect(await current()).toEqual([{ id: expect.any(Number), file: 'contradicted.html' }]);
  });

  test('a confident report replaces it', async () => {
    const summary = await importSources(db, [source('003-page.html', PAGE)]);
    expect(summary).toMatchObject({ imported: 0, replaced: 1, held: 0 });
    expect((await current()).map((r) => r.file)).toEqual(['003-page.html']);
  });

  test('but it never replaces a report: it is held, uncounted, and listed for a person', async () => {
    const other = contradicted.replace(
      '<p style="text-align:justify"><strong>一、总体情况</strong></p>',
      '<p style="text-align:justify"><strong>一、总体情况</strong> </p>',
    );
    const summary = await importSources(db, [source('another-weak.html', other)]);
    expect(summary).toMatchObject({ imported: 0, replaced: 0, held: 1, failed: [] });
    expect((await current()).map((r) => r.file)).toEqual(['003-page.html']);
    const metrics = await db.$client.execute('SELECT count(*) AS n FROM report_metrics');
    expect(Number(metrics.rows[0].n)).toBe(1);
    const held = await listHeldReports(db, { synthetic: false, limit: 10 });
    expect(held.total).toBe(1);
    expect(held.rows[0]).toMatchObject({
      fileName: 'another-weak.html',
      agency: '嘉兴市科学技术局',
      year: 2020,
      inForce: (await current())[0].id,
    });
    const findings = await db.$client.execute({
      sql: 'SELECT rule FROM findings WHERE report_id = ?',
      args: [held.rows[0].reportId],
    });
    expect(findings.rows.map((r) => r.rule)).toEqual(expect.arrayContaining(['header.identityWeak', 'import.held']));
    // Imported again: the same bytes, unchanged, still held.
    expect(await importSources(db, [source('another-weak.html', other)])).toMatchObject({ unchanged: 1, held: 0 });
  });

  test('once a person confirms it, it is filed in force and the other becomes history', async () => {
    const [{ reportId }] = (await listHeldReports(db, { synthetic: false, limit: 10 })).rows;
    const outcome = await fileHeldReport(db, reportId);
    expect(outcome).toMatchObject({ ok: true, value: { status: 'replaced' } });
    expect((await current()).map((r) => r.file)).toEqual(['another-weak.html']);
    // Filed, it is compared for copied prose at once: nothing is left pending for a later import.
    const pending = await db.$client.execute('SELECT count(*) AS n FROM copy_pending');
    expect(Number(pending.rows[0].n)).toBe(0);
    expect((await listHeldReports(db, { synthetic: false, limit: 10 })).total).toBe(0);
    const status = await db.$client.execute({ sql: 'SELECT status FROM reports WHERE id = ?', args: [reportId] });
    expect(status.rows[0].status).toBe('replaced');
    await expect(fileHeldReport(db, reportId)).rejects.toThrow(/is not held/);
  });
});
