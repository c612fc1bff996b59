/**
 * A PDF without a text layer is told what it has (issue 19, item 10): pages with images and no text
 * need OCR; pages with neither text nor images have nothing to read, and used to be told they needed OCR.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { parseAnyReport } from '../../../lib/report';
import { readPdf } from '../../../lib/report/readers/pdf';
import { ROOT } from '../../support/expectations';
import { onePagePdf, pdfFile, stream } from '../../support/make-pdf';

const bytes = (s: string) => new TextEncoder().encode(s);
const refusal = (pdf: Uint8Array) =>
  parseAnyReport(pdf, 'x.pdf', { ocr: null }).then(
    () => 'parsed',
    (e: Error) => e.message,
  );
const ASK = 'ask for a PDF with text, or the report as DOCX or HTML';

/** `pages` pages, each drawing a rectangle (a shape, neither text nor image). */
function shapesPdf(pages: number): Uint8Array {
  const kids = Array.from({ length: pages }, (_, i) => `${3 + 2 * i} 0 R`).join(' ');
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Count ${pages} /Kids [${kids}] >>`,
    ...Array.from({ length: pages }, (_, i) => [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${4 + 2 * i} 0 R >>`,
      stream('', bytes('0 0 1 rg 100 100 200 50 re f')),
    ]).flat(),
  ]);
}

/** One page of `text` in Helvetica. */
const textPdf = (text: string) =>
  onePagePdf([stream('', bytes(`BT /F1 12 Tf 72 700 Td (${text}) Tj ET`))], '<< /Font << /F1 5 0 R >> >>', [
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);

describe('no text and no images', () => {
  test('one blank page: nothing to read, and no word of OCR', async () => {
    const pdf = onePagePdf([stream('', bytes('q Q'))]);
    expect(await readPdf(pdf)).toMatchObject({ needsOcr: false, blank: true, pages: 1, blocks: [] });
    expect(await refusal(pdf)).toBe(
      `the PDF has no text and no images on its page: there is nothing to read (text drawn as outlines is not read either); ${ASK}`,
    );
  });

  test('three pages of shapes', async () => {
    expect(await refusal(shapesPdf(3))).toBe(
      `the PDF has no text and no images on its 3 pages: there is nothing to read (text drawn as outlines is not read either); ${ASK}`,
    );
  });

  test('a few characters of text', async () => {
    expect(await refusal(textPdf('1 2 3'))).toMatch(
      /^the PDF has only 3 characters of text and no images on its page: there is nothing to read/,
    );
  });
});

describe('images and no text', () => {
  test('a scan still needs OCR', async () => {
    const pdf = new Uint8Array(readFileSync(join(ROOT, 'test/fixtures/pdf/003-scanned.pdf')));
    expect(await readPdf(pdf)).toMatchObject({ needsOcr: true, blank: false });
    expect(await refusal(pdf)).toBe(
      `the PDF is scanned images without a text layer: it needs OCR, which is not done here; ${ASK}`,
    );
  });

  test('a blank scanned page (an image packed ~1,000:1) needs OCR too, and is no decompression bomb', async () => {
    const pdf = pdfFile([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Count 1 /Kids [3 0 R] >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>',
      stream('', bytes('q 595 0 0 842 0 0 cm /Im0 Do Q')),
      stream(
        '/Type /XObject /Subtype /Image /Width 2480 /Height 3508 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode',
        deflateSync(Buffer.alloc(2480 * 3508, 255), { level: 9 }),
      ),
    ]);
    expect(await refusal(pdf)).toMatch(/^the PDF is scanned images without a text layer: it needs OCR/);
  });
});
