/**
 * Values nested past what the readers' recursion can follow (issue 19, item 10): 100,000 nested PDF
 * arrays or dictionaries, or 100,000 nested XML elements in a DOCX, said "Maximum call stack size
 * exceeded". They are refused with a sentence giving the depth and the limit; nesting under the limit
 * reads as before.
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { parseAnyReport, UnreadableReportError } from '../../../lib/report';
import { MAX_DOCX_XML_DEPTH, MAX_PDF_NESTING } from '../../../lib/report/limits';
import { xmlDepth } from '../../../lib/report/readers/xml-depth';
import { docxParts } from '../../../lib/synth/docx';
import { writeZip } from '../../../lib/synth/zip';
import { onePagePdf, pdfFile, stream } from '../../support/make-pdf';

const DEEP = 100_000;
const bytes = (s: string) => new TextEncoder().encode(s);
const arrays = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

async function message(file: Uint8Array, name: string): Promise<string> {
  try {
    await parseAnyReport(file, name, { ocr: null });
  } catch (e) {
    expect(e).toBeInstanceOf(UnreadableReportError);
    return (e as Error).message;
  }
  throw new Error(`${name} was parsed, not refused`);
}

const pageWith = (entry: string) =>
  pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Count 1 /Kids [3 0 R] >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Extra ${entry} >>`,
  ]);

describe('PDF', () => {
  const limit = `over the limit of ${MAX_PDF_NESTING} (PDF writers use fewer than 10): not read, as the reader cannot follow it`;

  test.each([
    ['arrays in a page object', () => pageWith(arrays(DEEP)), `${DEEP + 1} levels deep in its objects`],
    [
      'dictionaries in a page object',
      () => pageWith(`${'<< /A '.repeat(DEEP)}${'>>'.repeat(DEEP)}`),
      `${DEEP + 1} levels deep in its objects`,
    ],
    [
      'arrays in a content stream',
      () => onePagePdf([stream('', bytes(`q ${arrays(DEEP)} Q`))]),
      `${DEEP} levels deep in a stream (object 4)`,
    ],
    [
      'arrays in a Flate content stream',
      () => onePagePdf([stream('/Filter /FlateDecode', deflateSync(arrays(DEEP)))]),
      `${DEEP} levels deep in a stream (object 4)`,
    ],
    [
      'arrays in an object stream',
      () =>
        onePagePdf([stream('', bytes('q Q'))], '<< >>', [
          stream('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', deflateSync(`6 0 ${arrays(DEEP)}`)),
        ]),
      `${DEEP} levels deep in a stream (object 5)`,
    ],
  ])('%s: refused with the depth and the limit', async (_, make, where) => {
    expect(await message(make(), 'deep.pdf')).toBe(`the PDF nests arrays or dictionaries ${where}, ${limit}`);
  });

  test('brackets inside strings, names, comments and inline image data do not count', async () => {
    const content = `BT (${'['.repeat(5000)}) Tj /A${'['.repeat(10)} ET % ${'['.repeat(5000)}\nBI /W 1 /H 1 /BPC 8 /CS /G ID ${'['.repeat(5000)} EI`;
    expect(await message(onePagePdf([stream('', bytes(content))]), 'ok.pdf')).toMatch(
      /^the PDF has (no text|only \d+ characters? of text) and no images/,
    );
  });

  test(`nesting at the limit (${MAX_PDF_NESTING}) is read`, async () => {
    expect(await message(pageWith(arrays(MAX_PDF_NESTING - 1)), 'ok.pdf')).toMatch(
      /^the PDF has no text and no images/,
    );
  });
});

describe('DOCX', () => {
  const [types, rels] = docxParts('');
  const docx = (body: string) =>
    writeZip([
      types,
      rels,
      {
        name: 'word/document.xml',
        data: bytes(
          `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
        ),
      },
    ]);
  // Distinct attributes keep the part from packing like a zip bomb, which would be refused first.
  const open = (tag: string, n: number) =>
    Array.from({ length: n }, (_, i) => `<${tag} w:rsidR="${((i * 2654435761) >>> 0).toString(16)}">`).join('');
  const nested = (tag: string, n: number) => `${open(tag, n)}${`</${tag}>`.repeat(n)}`;

  test.each([
    ['paragraphs', `${nested('w:p', DEEP)}`, DEEP + 2],
    ['unknown elements in a paragraph', `<w:p>${nested('a', DEEP)}</w:p>`, DEEP + 3],
  ])('%s nested 100,000 deep: refused with the depth and the limit', async (_, body, depth) => {
    expect(await message(docx(body), 'deep.docx')).toBe(
      `the DOCX part word/document.xml nests its XML ${depth} levels deep, over the limit of ${MAX_DOCX_XML_DEPTH} (Word writes fewer than 40): not read, as the reader cannot follow it`,
    );
  });

  test('tables nested to just under the limit are read', async () => {
    // document, body, then tbl/tr/tc per level, and p/r/t in the innermost cell.
    const levels = Math.floor((MAX_DOCX_XML_DEPTH - 5) / 3);
    const body = `${'<w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(levels)}<w:p/>${'</w:tc></w:tr></w:tbl>'.repeat(levels)}`;
    expect(await message(docx(body), 'ok.docx')).toMatch(/^this is not an annual open-government-information report/);
  });
});

describe('xmlDepth', () => {
  test.each([
    ['<a><b/><c><d></d></c></a>', 3],
    ['<?xml version="1.0"?><!-- <x><y><z> --><a t="1>2" u=\'<b>\'><b/></a>', 2],
    ['<a><![CDATA[<b><c><d>]]></a>', 1],
    ['<!DOCTYPE a><a>text</a><b></b>', 1],
    ['', 0],
  ])('%j is %i deep', (xml, depth) => {
    expect(xmlDepth(xml)).toBe(depth);
  });
});
