/**
 * A page of a hundred thousand one-character runs cost pdf.js and the layout 3.2 s, and a file under the
 * size limit could hold far more: the text of a page is read as pdf.js streams it and the page refused past
 * MAX_PDF_PAGE_TEXT_ITEMS pieces, in time proportional to the limit. (Runs all alike pack past the ratio
 * limit and are refused before pdf.js; these are placed apart, as a per-character writer does.)
 */
import { deflateSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { parseAnyReport } from '../../../lib/report';
import { MAX_PDF_PAGE_TEXT_ITEMS } from '../../../lib/report/limits';
import { onePagePdf, stream } from '../../support/make-pdf';

const runs = (n: number) => {
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) % 500;
  const content = Buffer.from(
    Array.from({ length: n }, () => `BT /F1 12 Tf ${next()} ${next()} Td (${next() % 10}) Tj ET`).join('\n'),
    'latin1',
  );
  return onePagePdf(
    [stream('/Filter /FlateDecode', deflateSync(content, { level: 9 }))],
    '<< /Font << /F1 5 0 R >> >>',
    ['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'],
  );
};

test('a page with more pieces of text than the limit is refused, naming the page and the limit, without reading it all', async () => {
  const pdf = runs(100_000);
  expect(pdf.length).toBeLessThan(1_000_000);
  const started = performance.now();
  await expect(parseAnyReport(pdf, 'runs.pdf', { ocr: null })).rejects.toThrow(
    `page 1 of the PDF holds more than ${MAX_PDF_PAGE_TEXT_ITEMS.toLocaleString('en')} pieces of text`,
  );
  // 100,000 runs read in full take ~3 s on this machine; stopped at the limit, a fraction of that.
  expect(performance.now() - started).toBeLessThan(2_500);
});

test('a page under the limit is read to its end (and refused only for not being a report)', async () => {
  await expect(parseAnyReport(runs(2_000), 'runs.pdf', { ocr: null })).rejects.not.toThrow(/pieces of text/);
});
