/**
 * The words of a report's sentences as the import stores them (lib/similarity/sentences.ts): those that are their
 * slice of the report's text are left for the reader to slice again, the rest written out; read back, every
 * sentence's words are what the parser gave, for every form a generated corpus holds (text, HTML, Markdown), and
 * the agency page's copy comparison quotes them all.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { reportSourceTexts } from '../../db/queries/report-source-texts';
import { unpackBytes } from '../../db/stored/stored-bytes';
import { loadCopyComparison } from '../../lib/dashboard/copy-comparison';
import { importPaths } from '../../lib/ingest/import-files';
import { parseAnyDocument } from '../../lib/report';
import { storedSourceText } from '../../lib/report/source-text';
import { unpackSentences, unpackWords, withWords } from '../../lib/similarity/sentences';
import { corpusReportPaths } from '../../lib/synth/corpus-manifest';
import { writeCorpus } from '../../lib/synth/write-corpus';
import { tempDatabase, tempDir } from '../support/temp-db';

describe('stored words', () => {
  let db: Db;
  let dir = '';
  beforeAll(async () => {
    dir = path.join(tempDir(), 'corpus');
    await writeCorpus({ dir, seed: 11, reports: 120, rates: { prevCopy: 0.4, peerCopy: 0.1 } });
    ({ db } = await tempDatabase());
    const summary = await importPaths(db, corpusReportPaths(dir), { synthetic: true, workers: 0 });
    expect(summary.imported).toBe(120);
  }, 120_000);

  async function storedRows() {
    const rows = await db.$client.execute(
      `SELECT p.report_id, p.sentences, f.file_name, r.format FROM report_prose p
       JOIN reports r ON r.id = p.report_id JOIN source_files f ON f.hash = r.source_hash ORDER BY p.report_id`,
    );
    return rows.rows.map((r) => ({
      reportId: Number(r.report_id),
      packed: new Uint8Array(r.sentences as ArrayBuffer),
      file: String(r.file_name),
      format: String(r.format),
    }));
  }

  test("read back with the report's text, every sentence's words are the parser's, in every form", async () => {
    const rows = await storedRows();
    const texts = await reportSourceTexts(
      db,
      rows.map((r) => r.reportId),
    );
    const formats = new Set<string>();
    let sentences = 0;
    for (const row of rows) {
      const parsed = await parseAnyDocument(readFileSync(row.file), row.file);
      const expected = withWords(parsed.prose).map((s) => s.words);
      const parts = texts.get(row.reportId)!;
      const text = storedSourceText(parts.format, parts.original, parts.kept);
      expect(unpackWords(row.packed, text), row.file).toEqual(expected);
      formats.add(row.format);
      sentences += expected.length;
    }
    expect([...formats].sort()).toEqual(['html', 'markdown', 'text']);
    expect(sentences).toBeGreaterThan(1000);
  });

  test('text reports leave nearly all their words to the text; without it those are gaps, never other words', async () => {
    let elided = 0;
    let written = 0;
    for (const row of await storedRows()) {
      const records = unpackSentences(row.packed);
      const lines = unpackBytes(row.packed.subarray(4 + 12 * records.length))
        .toString('utf8')
        .split('\n');
      expect(lines).toHaveLength(records.length);
      const blanks = lines.filter((l) => l === '').length;
      if (row.format === 'text') {
        elided += blanks;
        written += lines.length - blanks;
      }
      const withoutText = unpackWords(row.packed);
      lines.forEach((line, i) => expect(withoutText![i]).toBe(line === '' ? null : line));
    }
    expect(elided).toBeGreaterThan(20 * written);
  });

  test('the copy comparison quotes every sentence of both reports', async () => {
    const pairs = await db.$client.execute(
      `SELECT m.report_id, p.report_id AS prev FROM report_metrics m JOIN report_metrics p
         ON p.agency_id = m.agency_id AND p.year = m.year - 1 WHERE m.copied_prev >= 0.5 LIMIT 5`,
    );
    expect(pairs.rows.length).toBeGreaterThan(0);
    for (const pair of pairs.rows) {
      const comparison = await loadCopyComparison(db, Number(pair.report_id), Number(pair.prev));
      const quoted = [...comparison.previous!.self.sentences, ...comparison.previous!.other.sentences];
      expect(quoted.length).toBeGreaterThan(10);
      for (const s of quoted) expect(s.text).not.toBe('…');
      expect(quoted.filter((s) => s.repeated).length).toBeGreaterThan(0);
    }
  });
});
