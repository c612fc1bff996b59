/**
 * The fuzz suites: each a generator of damaged or hostile documents of one form, with how many cases
 * `npm test` runs (seeded, so a failure repeats) — 2,310 in all. `npm run fuzz -- --minutes N` runs them
 * round and round with fresh seeds (test/fuzz/run-fuzz.ts).
 */
import fc from 'fast-check';
import { applyHostile, applyHostileXml, hostile } from './hostile';
import { deflateSync } from 'node:zlib';
import { onePagePdf, stream } from '../make-pdf';
import { binaryEdit, byteEdit, editBytes, editDocx, editUnits, lineEdit, rewriteDocx } from './mutations';
import { DOCX, ENCODED, PAGES, PDFS, TEXTS } from './sources';

/** One generated input: its bytes and the file name it is parsed under. */
export interface FuzzInput {
  name: string;
  bytes: Uint8Array;
}

export interface FuzzSuite {
  name: string;
  input: fc.Arbitrary<FuzzInput>;
  /** Cases in `npm test`. */
  runs: number;
}

const encoder = new TextEncoder();
const pick = <T>(list: T[]) => fc.nat({ max: list.length - 1 }).map((i) => list[i]);

/** A PDF content stream with hostile operands: nested arrays, huge numbers, long strings, many operators. */
const hostilePdfContent = fc.oneof(
  fc.integer({ min: 10, max: 200_000 }).map((depth) => ({
    name: `nested-arrays-${depth}.pdf`,
    content: `BT /F1 12 Tf 72 700 Td ${'['.repeat(depth)}(x)${']'.repeat(depth)} TJ ET`,
  })),
  fc
    .stringMatching(/^[1-9]\d{20,300}$/)
    .map((n) => ({ name: 'huge-operand.pdf', content: `BT /F1 12 Tf ${n} ${n} Td (${n}) Tj ET` })),
  fc
    .integer({ min: 1_000, max: 100_000 })
    .map((count) => ({ name: `many-ops-${count}.pdf`, content: 'BT /F1 12 Tf 72 700 Td (1) Tj ET '.repeat(count) })),
  fc
    .integer({ min: 1, max: 8 })
    .map((mb) => ({ name: `spaces-${mb}mb.pdf`, content: ' '.repeat(mb * 1024 * 1024), deflate: true })),
);

/** One page in Helvetica whose content stream is `content`, deflated or not. */
function hostilePdf(content: string, deflate: boolean): Uint8Array {
  const raw = Buffer.from(content, 'latin1');
  const contents = deflate ? stream('/Filter /FlateDecode', deflateSync(raw, { level: 9 })) : stream('', raw);
  return onePagePdf([contents], '<< /Font << /F1 5 0 R >> >>', [
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

/** A text source with lines edited, then bytes inserted and the end cut off. */
const editedText = (sources: { name: string; text: string }[]) =>
  fc
    .tuple(pick(sources), fc.array(lineEdit, { maxLength: 6 }), fc.array(byteEdit, { maxLength: 3 }))
    .map(([doc, lines, bytes]) => ({
      name: doc.name,
      bytes: editBytes(encoder.encode(editUnits(doc.text.split('\n'), lines).join('\n')), bytes),
    }));

/** A text source with hostile constructions put in, as HTML or as plain text. */
const hostileText = (sources: { name: string; text: string }[], html: boolean) =>
  fc.tuple(pick(sources), fc.array(hostile, { minLength: 1, maxLength: 3 })).map(([doc, hs]) => ({
    name: doc.name,
    bytes: encoder.encode(hs.reduce((t, h) => applyHostile(t, h, html), doc.text)),
  }));

export const SUITES: FuzzSuite[] = [
  {
    name: 'text: lines edited, bytes inserted, end cut off',
    input: editedText(TEXTS),
    runs: 700,
  },
  {
    name: 'HTML pages: lines edited, bytes inserted, end cut off',
    input: editedText(PAGES),
    runs: 300,
  },
  {
    name: 'GB18030 and UTF-16 text: bytes inserted, overwritten, cut',
    input: fc
      .tuple(pick(ENCODED), fc.array(binaryEdit, { minLength: 1, maxLength: 4 }))
      .map(([doc, edits]) => ({ name: doc.name, bytes: editBytes(doc.bytes, edits) })),
    runs: 150,
  },
  {
    name: 'text with hostile constructions',
    input: hostileText(TEXTS, false),
    runs: 250,
  },
  {
    name: 'HTML pages with hostile constructions',
    input: hostileText(PAGES, true),
    runs: 350,
  },
  {
    name: 'DOCX: rows and paragraphs edited, digits changed',
    input: fc
      .tuple(pick(DOCX), fc.array(lineEdit, { minLength: 1, maxLength: 6 }))
      .map(([doc, edits]) => ({ name: doc.name, bytes: editDocx(doc.bytes, edits) })),
    runs: 120,
  },
  {
    name: 'DOCX with hostile constructions in its XML',
    input: fc.tuple(pick(DOCX), fc.array(hostile, { minLength: 1, maxLength: 2 })).map(([doc, hs]) => ({
      name: doc.name,
      bytes: rewriteDocx(doc.bytes, (xml) => hs.reduce(applyHostileXml, xml)),
    })),
    runs: 80,
  },
  {
    name: 'DOCX: the archive itself damaged',
    input: fc
      .tuple(pick(DOCX), fc.array(binaryEdit, { minLength: 1, maxLength: 3 }))
      .map(([doc, edits]) => ({ name: doc.name, bytes: editBytes(doc.bytes, edits) })),
    runs: 200,
  },
  {
    name: 'PDF: bytes overwritten or inserted, the file cut short',
    input: fc
      .tuple(pick(PDFS), fc.array(binaryEdit, { minLength: 1, maxLength: 4 }))
      .map(([doc, edits]) => ({ name: doc.name, bytes: editBytes(doc.bytes, edits) })),
    runs: 100,
  },
  {
    name: 'PDF with hostile content streams',
    input: hostilePdfContent.map((c) => ({ name: c.name, bytes: hostilePdf(c.content, 'deflate' in c) })),
    runs: 60,
  },
];

/** A hang: more than this for a file under 1 MB (issue 19). Speed itself is measured in `npm run bench:parse`. */
export const HANG_MS = 5_000;
