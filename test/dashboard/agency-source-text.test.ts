/**
 * The agency page shows the text a report's provenance points into. It parsed the stored original again on
 * every view to get it (for a scanned PDF, OCR); now a DOCX or PDF report's text is kept at import and a
 * text, HTML or Markdown report's original is only decoded. The page's loader is called as the page calls it,
 * against the app database (a temp file), with the parser spied on.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { tempDir } from '../support/temp-db';

// The app database is opened on first use from DATABASE_URL: point it at a temp file before anything opens it.
process.env.DATABASE_URL = `file:${path.join(tempDir(), 'agency.db')}`;
const { loadAgencyPage } = await import('../../lib/dashboard/agency-page');
const { appDatabase } = await import('../../db/app-database');
const { parseViewState } = await import('../../lib/view-state/view-state');
const { importPaths } = await import('../../lib/ingest/import-files');
const { prepareDatabase } = await import('../../lib/ingest/seed-samples');
const parseAny = await import('../../lib/report/parse-any');
const parse = await import('../../lib/report/parse');
const report = await import('../../lib/report');
const { findOcrTools } = await import('../../lib/report/ocr');

const FIXTURES = path.resolve(__dirname, '../fixtures');
const FILES = {
  docx: path.join(FIXTURES, 'docx/002-wuzhong.docx'),
  pdf: path.join(FIXTURES, 'pdf/003-jiaxing.pdf'),
  text: path.resolve(__dirname, '../../db/samples/001_a164060509a28f52.txt'),
  html: path.join(FIXTURES, 'forms/000-word.html'),
};
type Kind = keyof typeof FILES;

/** What the loader returned before: the original parsed again, its text and provenance. */
const before = new Map<Kind, Awaited<ReturnType<typeof parseAny.parseAnyDocument>>>();

async function agencyYear(name: string, year: number) {
  const db = await appDatabase();
  const row = await db.$client.execute({ sql: 'SELECT id FROM agencies WHERE name = ?', args: [name] });
  return loadAgencyPage(db, Number(row.rows[0].id), parseViewState({ year: String(year) }));
}

/** Spies on every way into the parser; `calls()` counts what reached it. */
function spyOnParser() {
  const spies = [
    vi.spyOn(parseAny, 'parseAnyDocument'),
    vi.spyOn(parseAny, 'parseAnyReport'),
    vi.spyOn(parse, 'parseDocument'),
    vi.spyOn(parse, 'interpretBlocks'),
  ];
  return {
    calls: () => spies.reduce((n, s) => n + s.mock.calls.length, 0),
    restore: () => spies.forEach((s) => s.mockRestore()),
  };
}

beforeAll(async () => {
  const db = await prepareDatabase({ db: await appDatabase(), samples: false });
  for (const [kind, file] of Object.entries(FILES) as [Kind, string][])
    before.set(kind, await parseAny.parseAnyDocument(readFileSync(file), file));
  const summary = await importPaths(db, Object.values(FILES));
  expect(summary).toMatchObject({ imported: 4, failed: [] });
}, 60_000);
afterAll(async () => (await appDatabase()).$client.close());

describe('a report imported now', () => {
  test.each([
    ['docx', '吴忠市科学技术局', 2021],
    ['pdf', '嘉兴市科学技术局', 2020],
    ['text', '上高县科技局', 2020],
    ['html', '忻州市科学技术局', 2020],
  ] as [Kind, string, number][])(
    '%s: the page loader returns the same text and provenance as parsing again did, without the parser',
    async (kind, agency, year) => {
      const parser = spyOnParser();
      try {
        const data = await agencyYear(agency, year);
        expect(parser.calls()).toBe(0);
        expect(data?.current?.format).toBe(kind);
        expect(data!.text).toBe(before.get(kind)!.text);
        expect(data!.document!.report.provenance).toEqual(before.get(kind)!.report.provenance);
      } finally {
        parser.restore();
      }
    },
  );

  test('only DOCX and PDF reports keep a text, packed', async () => {
    const db = await appDatabase();
    const rows = await db.$client.execute(
      'SELECT r.format, length(t.text) AS bytes FROM report_texts t JOIN reports r ON r.id = t.report_id ORDER BY r.format',
    );
    expect(rows.rows.map((r) => r.format)).toEqual(['docx', 'pdf']);
    for (const r of rows.rows)
      expect(Number(r.bytes)).toBeLessThan(Buffer.byteLength(before.get(r.format as Kind)!.text));
  });
});

test("the spies see a parse, through the parser's front door too", async () => {
  const parser = spyOnParser();
  try {
    await report.parseAnyReport(readFileSync(FILES.text), 'x.txt');
    expect(parser.calls()).toBeGreaterThan(0);
  } finally {
    parser.restore();
  }
});

test('a DOCX report imported before its text was kept: the source is unavailable, and nothing is parsed', async () => {
  const db = await appDatabase();
  await db.$client.execute(
    `DELETE FROM report_texts WHERE report_id IN (SELECT id FROM reports WHERE format = 'docx')`,
  );
  const parser = spyOnParser();
  try {
    const data = await agencyYear('吴忠市科学技术局', 2021);
    expect(data!.text).toBeNull();
    expect(data!.document!.report.provenance).toEqual(before.get('docx')!.report.provenance);
    expect(parser.calls()).toBe(0);
  } finally {
    parser.restore();
  }
});

const ocr = await findOcrTools();
test.skipIf(!ocr)(
  'a scanned PDF: read by OCR once, at import; the page loader only reads the text',
  async () => {
    const file = path.join(FIXTURES, 'pdf/003-scanned.pdf');
    const parsed = await parseAny.parseAnyDocument(readFileSync(file), file);
    expect(await importPaths(await appDatabase(), [file])).toMatchObject({ replaced: 1, failed: [] });
    const parser = spyOnParser();
    try {
      const data = await agencyYear('嘉兴市科学技术局', 2020);
      expect(data!.current!.fileName).toBe(file);
      expect(data!.text).toBe(parsed.text);
      expect(data!.document!.report.provenance).toEqual(parsed.report.provenance);
      expect(parser.calls()).toBe(0);
    } finally {
      parser.restore();
    }
  },
  120_000,
);
