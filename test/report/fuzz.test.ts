/**
 * Property tests on damaged real reports: the seeds, the HTML form fixtures and the DOCX fixtures with
 * lines deleted, duplicated or swapped, random bytes inserted, digits changed and the end cut off; PDFs
 * (LibreOffice's and Chromium's) with bytes overwritten or inserted and the end cut off.
 * Whatever comes in, the parser (1) throws nothing but UnreadableReportError, (2) finishes in time, and
 * (3) states no number that is not written in the source: every table value has provenance whose text
 * holds that number, unless a finding says it was decoded from a digit run or derived.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseAnyDocument, UnreadableReportError } from '../../lib/report';
import { readZipDirectory, readZipEntry } from '../../lib/report/readers/zip';
import type { ParsedReport } from '../../lib/report/types';
import { writeZip } from '../../lib/synth/zip';

const TIME_LIMIT_MS = 200;
const dir = (rel: string) => new URL(`../../${rel}/`, import.meta.url);
const read = (rel: string, name: string) => readFileSync(new URL(name, dir(rel)));

const TEXTS: { name: string; text: string }[] = [
  ...readdirSync(dir('db/samples')).filter((f) => f.endsWith('.txt')).map((f) => ({ name: f, text: read('db/samples', f).toString('utf8') })),
  ...['000-word.html', '003-page.html', 'blank-total.html'].map((f) => ({ name: f, text: read('test/fixtures/forms', f).toString('utf8') })),
];
const DOCX = ['003-jiaxing.docx', '002-wuzhong.docx'].map((f) => ({ name: f, bytes: new Uint8Array(read('test/fixtures/docx', f)) }));
/** PDFs from both tools: LibreOffice's (small, quick) and Chromium's (a ruled table over two pages, a sideways one). */
const PDFS = ['003-jiaxing-libreoffice.pdf', '002-wuzhong-libreoffice.pdf', '003-jiaxing.pdf', 'busy-sideways.pdf']
  .map((f) => ({ name: f, bytes: new Uint8Array(read('test/fixtures/pdf', f)) }));
/** A PDF takes 20–70 ms; pdf.js repairing a damaged one (rebuilding its cross-references) takes longer. */
const PDF_TIME_LIMIT_MS = 3000;

// --- Mutations -------------------------------------------------------------------------------------

type LineEdit =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'digit'; at: number; to: number }
  | { kind: 'digits'; at: number; run: string };
type ByteEdit = { kind: 'insert'; at: number; bytes: Uint8Array } | { kind: 'truncate'; keep: number } | { kind: 'overwrite'; at: number; bytes: Uint8Array };

const position = fc.nat({ max: 1_000_000 });
const lineEdit: fc.Arbitrary<LineEdit> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: position }),
  fc.record({ kind: fc.constant('duplicate' as const), at: position }),
  fc.record({ kind: fc.constant('swap' as const), a: position, b: position }),
  fc.record({ kind: fc.constant('digit' as const), at: position, to: fc.integer({ min: 0, max: 9 }) }),
  fc.record({ kind: fc.constant('digits' as const), at: position, run: fc.stringMatching(/^\d{1,24}$/) }),
);
const byteEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: position, bytes: fc.uint8Array({ minLength: 1, maxLength: 12 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), keep: fc.double({ min: 0, max: 1, noNaN: true }) }) },
);
/** PDFs also get bytes overwritten in place, which keeps every offset of the cross-reference table right. */
const pdfEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  byteEdit,
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('overwrite' as const), at: position, bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }) },
);

/** Units are lines, or for XML the rows and paragraphs of a Word body. */
function editUnits(units: string[], edits: LineEdit[]): string[] {
  const out = [...units];
  for (const e of edits) {
    if (out.length === 0) break;
    const i = (n: number) => n % out.length;
    if (e.kind === 'delete') out.splice(i(e.at), 1);
    else if (e.kind === 'duplicate') out.splice(i(e.at), 0, out[i(e.at)]);
    else if (e.kind === 'swap') [out[i(e.a)], out[i(e.b)]] = [out[i(e.b)], out[i(e.a)]];
    else {
      // Digit edits work on the whole text, where the digits are; the remaining edits go on from there.
      const joined = out.join('\u0000');
      const digits = [...joined.matchAll(/\d/g)];
      if (digits.length === 0) continue;
      const d = digits[e.at % digits.length].index!;
      const replaced = e.kind === 'digit' ? String(e.to) : e.run;
      return editUnits((joined.slice(0, d) + replaced + joined.slice(d + 1)).split('\u0000'), edits.slice(edits.indexOf(e) + 1));
    }
  }
  return out;
}

function editBytes(bytes: Uint8Array, edits: ByteEdit[]): Uint8Array {
  let out = bytes;
  for (const e of edits) {
    if (e.kind === 'truncate') out = out.subarray(0, Math.floor(out.length * e.keep));
    else if (e.kind === 'overwrite') {
      out = out.slice();
      out.set(e.bytes.subarray(0, Math.max(0, out.length - (e.at % Math.max(1, out.length)))), out.length === 0 ? 0 : e.at % out.length);
    } else {
      const at = out.length === 0 ? 0 : e.at % out.length;
      const next = new Uint8Array(out.length + e.bytes.length);
      next.set(out.subarray(0, at));
      next.set(e.bytes, at);
      next.set(out.subarray(at), at + e.bytes.length);
      out = next;
    }
  }
  return out;
}

/** A DOCX with its document.xml edited row by row and paragraph by paragraph, packed again. */
function editDocx(bytes: Uint8Array, edits: LineEdit[]): Uint8Array {
  const entries = readZipDirectory(bytes);
  return writeZip(entries.map((e) => {
    const data = readZipEntry(bytes, e);
    if (e.name !== 'word/document.xml') return { name: e.name, data };
    const xml = new TextDecoder().decode(data);
    const units = xml.split(/(?=<w:tr[ >]|<w:p[ >])/);
    return { name: e.name, data: editUnits(units, edits).join('') };
  }));
}

// --- The properties --------------------------------------------------------------------------------

/** A number as digits without sign noise or padding zeros: "-03" → "-3", "1.50" → "1.5", 1e21 → "1e+21". */
function canonical(s: string): string {
  const [whole, frac = ''] = s.replace(/^\+/, '').split('.');
  const digits = whole.replace('-', '').replace(/^0+(?=\d)/, '');
  const n = frac.replace(/0+$/, '') ? `${digits}.${frac.replace(/0+$/, '')}` : digits;
  return whole.startsWith('-') && n !== '0' ? `-${n}` : n;
}
/** The numbers written in a cell's text, compared as digits so that a value rounded by float cannot pass. */
const numbersIn = (s: string) =>
  (s.normalize('NFKC').replace(/[,，\s]/g, '').replace(/[－−]/g, '-').match(/[+-]?\d+(?:\.\d+)?/g) ?? []).map(canonical);

/** Table values that no provenance text backs and no decoded/derived finding covers. */
function unbackedValues(report: ParsedReport): string[] {
  const excused = report.findings.filter((f) => f.rule === 'row.decoded' || f.rule === 'value.derived').map((f) => f.where);
  // The order reading's cut digits point at the run they were cut from: the value's digits stand in it.
  const cut = report.findings.filter((f) => f.rule === 'reading.order').map((f) => f.where);
  const under = (path: string, w: string) => path === w || path.startsWith(`${w}.`) || path.startsWith(`${w}[`);
  const inRun = (path: string, v: number) => cut.some((w) => under(path, w)) && (report.provenance[path]?.text.replace(/\D/g, '') ?? '').includes(String(v));
  const covered = (path: string) => excused.some((w) => under(path, w));
  const out: string[] = [];
  const visit = (path: string, v: unknown) => {
    if (typeof v === 'number') {
      const p = report.provenance[path];
      if (!covered(path) && !inRun(path, v) && !(p && numbersIn(p.text).includes(canonical(String(v))))) out.push(`${path}=${v} (${p ? `"${p.text}"` : 'no provenance'})`);
    } else if (Array.isArray(v)) v.forEach((x, i) => visit(`${path}[${i}]`, x));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(`${path}.${k}`, x);
  };
  for (const key of ['table2', 'table3', 'table4'] as const) visit(key, report[key]);
  return out;
}

async function check(bytes: Uint8Array, name: string, timeLimit = TIME_LIMIT_MS): Promise<void> {
  const start = performance.now();
  let report: ParsedReport | null = null;
  try {
    report = (await parseAnyDocument(bytes, name)).report;
  } catch (e) {
    if (!(e instanceof UnreadableReportError)) throw e;
  }
  expect(performance.now() - start).toBeLessThan(timeLimit);
  if (report) expect(unbackedValues(report)).toEqual([]);
}

const encoder = new TextEncoder();

describe('damaged reports', () => {
  beforeAll(async () => {
    // Load mammoth and warm the readers up, so the time limit measures parsing, not module loading.
    for (const d of [...DOCX, ...PDFS]) await parseAnyDocument(d.bytes, d.name);
  });

  test('the unmodified sources pass the properties', async () => {
    for (const t of TEXTS) await check(encoder.encode(t.text), t.name);
    for (const d of DOCX) await check(d.bytes, d.name);
    for (const p of PDFS) await check(p.bytes, p.name, PDF_TIME_LIMIT_MS);
  });

  test('text and HTML: lines edited, bytes inserted, end cut off', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: TEXTS.length - 1 }), fc.array(lineEdit, { maxLength: 6 }), fc.array(byteEdit, { maxLength: 3 }), async (i, lines, bytes) => {
        const doc = TEXTS[i];
        const text = editUnits(doc.text.split('\n'), lines).join('\n');
        await check(editBytes(encoder.encode(text), bytes), doc.name);
      }),
      { numRuns: 1000 },
    );
  });

  test('DOCX: rows and paragraphs edited, digits changed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: DOCX.length - 1 }), fc.array(lineEdit, { minLength: 1, maxLength: 6 }), async (i, edits) => {
        await check(editDocx(DOCX[i].bytes, edits), DOCX[i].name);
      }),
      { numRuns: 150 },
    );
  });

  test('DOCX: the archive itself damaged (bytes inserted, cut short)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: DOCX.length - 1 }), fc.array(byteEdit, { minLength: 1, maxLength: 3 }), async (i, edits) => {
        await check(editBytes(DOCX[i].bytes, edits), DOCX[i].name);
      }),
      { numRuns: 300 },
    );
  });

  test('PDF: bytes overwritten or inserted, the file cut short', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: PDFS.length - 1 }), fc.array(pdfEdit, { minLength: 1, maxLength: 4 }), async (i, edits) => {
        await check(editBytes(PDFS[i].bytes, edits), PDFS[i].name, PDF_TIME_LIMIT_MS);
      }),
      { numRuns: 120 },
    );
  }, 120_000);
});
