/**
 * Decompression bombs in a PDF are refused before pdf.js inflates them (issue 19, item 1): a 1 MB file
 * whose one content stream inflates to 1 GiB took 15 s and 2 GB of memory, and now is refused in
 * milliseconds, naming the limit. Every filter that unpacks is measured, alone or in a chain; images are
 * held to their pixels; a stream that is only damaged is no reason to refuse.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { parseAnyReport, UnreadableReportError } from '../../../lib/report';
import {
  MAX_PDF_IMAGE_PIXELS,
  MAX_PDF_RATIO,
  MAX_PDF_STREAM_BYTES,
  MAX_PDF_UNPACKED_BYTES,
} from '../../../lib/report/limits';
import { checkPdfUnpacking } from '../../../lib/report/readers/pdf-unpack-check';
import { ROOT } from '../../support/expectations';
import { deflateBomb, jpegClaiming, jpxClaiming, lzwBomb, runLengthBomb } from './make-bombs';
import { onePagePdf, pdfFile, stream } from '../../support/make-pdf';

const MB = 1024 * 1024;
const LIMIT_MB = MAX_PDF_STREAM_BYTES / MB;
const bytes = (s: string) => new TextEncoder().encode(s);
const contentPdf = (entries: string, data: Uint8Array) => onePagePdf([stream(entries, data)]);

async function refusal(pdf: Uint8Array): Promise<string> {
  try {
    await parseAnyReport(pdf, 'bomb.pdf', { ocr: null });
  } catch (e) {
    expect(e).toBeInstanceOf(UnreadableReportError);
    return (e as Error).message;
  }
  throw new Error('the PDF was parsed, not refused');
}

describe('the 1 GiB content stream of issue 19', () => {
  test('is refused in under 2 s, growing the process by well under 1 GB, with the limit named', async () => {
    const child = join(ROOT, 'test/report/readers/pdf-bomb-child.ts');
    const file = join(mkdtempSync(join(tmpdir(), 'bomb-')), 'bomb.pdf');
    writeFileSync(file, onePagePdf([stream('/Filter /FlateDecode', deflateBomb(1024))]));
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', child, file], {
      cwd: ROOT,
      timeout: 60_000,
    });
    const run = JSON.parse(stdout) as { ms: number; growthMb: number; fileMb: number; error: string | null };
    console.log(
      `1 GiB bomb (${run.fileMb.toFixed(2)} MB file): refused in ${run.ms.toFixed(0)} ms, peak memory +${run.growthMb.toFixed(0)} MB`,
    );
    expect(run.error).toBe(
      `UnreadableReportError: a stream in the PDF (object 4) unpacks to more than ${LIMIT_MB} MB (limit ${LIMIT_MB} MB per stream; a report's largest, a whole embedded font, is under 20 MB): not read, as it looks like a decompression bomb`,
    );
    expect(run.ms).toBeLessThan(2000);
    // Alone it grows ~60 MB; on a machine busy with the whole suite, collection lags and it reached 561 MB.
    // The bound is the issue's: under 1 GB for any file under the size limit (it was 2.1–3.2 GB).
    expect(run.growthMb).toBeLessThan(1024);
  }, 60_000);
});

describe('refused, naming the limit', () => {
  test(`a stream packed more than ${MAX_PDF_RATIO}:1, though under the size limit`, async () => {
    expect(await refusal(contentPdf('/Filter /FlateDecode', deflateBomb(16)))).toMatch(
      `(object 4) is packed more than ${MAX_PDF_RATIO}:1 (limit ${MAX_PDF_RATIO}:1 for a stream over 1 MB`,
    );
  });

  test.each([
    ['LZW', () => contentPdf('/Filter /LZWDecode', lzwBomb(100))],
    ['RunLength (64:1, so the size limit)', () => contentPdf('/Filter /RunLengthDecode', runLengthBomb(LIMIT_MB + 6))],
    [
      'Flate inside ASCIIHex',
      () =>
        contentPdf(
          '/Filter [/ASCIIHexDecode /FlateDecode]',
          bytes(`${Buffer.from(deflateBomb(1024)).toString('hex')}>`),
        ),
    ],
    ['Flate inside Flate', () => contentPdf('/Filter [/FlateDecode /FlateDecode]', deflateSync(deflateBomb(1024)))],
    ['Flate in an inline image abbreviation', () => contentPdf('/Filter /Fl', deflateBomb(1024))],
  ])('a bomb in %s', async (_, make) => {
    expect(await refusal(make())).toMatch(
      /^a stream in the PDF \(object 4\) (unpacks to more than|is packed more than).*decompression bomb$/,
    );
  });

  test('a bomb whose data holds "endstream", whatever its /Length says', async () => {
    // /Length ends the data at the "endstream" inside it; Flate is still measured to its own end.
    const data = deflateBomb(1024, bytes('\nendstream\nendobj\n'));
    const head = `<< /Length ${2 + 5} /Filter /FlateDecode >>\nstream\n`;
    const pdf = onePagePdf([Buffer.concat([Buffer.from(head, 'latin1'), data, Buffer.from('\nendstream', 'latin1')])]);
    expect(await refusal(pdf)).toMatch(/^a stream in the PDF \(object 4\) .*decompression bomb$/);
  });

  test('a bomb under the limit for one stream, repeated past the limit for all', async () => {
    // Blank images are exempt from the ratio limit (a white scan packs ~1,000:1) but not from the total.
    const image = stream(
      '/Type /XObject /Subtype /Image /Width 6000 /Height 6000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode',
      deflateSync(Buffer.alloc(36e6, 255), { level: 9 }),
    );
    const count = Math.ceil(MAX_PDF_UNPACKED_BYTES / 36e6) + 1;
    const names = Array.from({ length: count }, (_, i) => `/Im${i} ${i + 5} 0 R`).join(' ');
    const pdf = onePagePdf([stream('', bytes('q Q'))], `<< /XObject << ${names} >> >>`, Array(count).fill(image));
    expect(await refusal(pdf)).toBe(
      `the streams in the PDF unpack to more than ${MAX_PDF_UNPACKED_BYTES / MB} MB together (limit ${MAX_PDF_UNPACKED_BYTES / MB} MB): not read, as it looks like a decompression bomb`,
    );
  });

  test('an image stream that unpacks to more than its pixels need', async () => {
    const pdf = onePagePdf([stream('', bytes('q Q'))], '<< >>', [
      stream(
        '/Subtype /Image /Width 10 /Height 10 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode',
        deflateBomb(1024),
      ),
    ]);
    expect(await refusal(pdf)).toMatch(
      /^a stream in the PDF \(object 5\) unpacks to more than its image's pixels need \(limit 65 KB\)/,
    );
  });

  test.each([
    [
      'its dictionary',
      'its dictionary',
      '/Width 100000 /Height 100000 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode',
      jpegClaiming(100, 100),
      '100000 × 100000',
    ],
    [
      'its DCT header',
      'its DCT header',
      '/Width 100 /Height 100 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode',
      jpegClaiming(30000, 30000),
      '30000 × 30000',
    ],
    [
      'its JPX header',
      'its JPX header',
      '/Width 100 /Height 100 /Filter /JPXDecode',
      jpxClaiming(50000, 50000),
      '50000 × 50000',
    ],
    [
      'its DCT header, under ASCIIHex',
      'its DCT header',
      '/Width 100 /Height 100 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter [/AHx /DCT]',
      bytes(`${Buffer.from(jpegClaiming(30000, 30000)).toString('hex')}>`),
      '30000 × 30000',
    ],
  ])('an image of too many pixels by %s', async (_, source, entries, data, size) => {
    const pdf = onePagePdf([stream('', bytes('q Q'))], '<< >>', [
      stream(`/Type /XObject /Subtype /Image ${entries}`, data),
    ]);
    expect(await refusal(pdf)).toBe(
      `an image in the PDF (object 5) is ${size} pixels by ${source}, over the limit of ${MAX_PDF_IMAGE_PIXELS / 1e6} million (a page scanned at 600 dpi has 35 million): not read, as it looks like a decompression bomb`,
    );
  });
});

describe('not refused for its streams', () => {
  const content = deflateSync(Buffer.from('BT /F1 12 Tf 72 700 Td (hello) Tj ET\n'.repeat(2000)));

  test.each([
    ['cut off', content.subarray(0, content.length >> 1)],
    ['damaged midway', Buffer.concat([content.subarray(0, 100), Buffer.alloc(50, 0xff), content.subarray(150)])],
    ['not zlib at all', bytes('this is not deflate data')],
  ])('a content stream %s', async (_, data) => {
    await expect(checkPdfUnpacking(contentPdf('/Filter /FlateDecode', data))).resolves.toBeUndefined();
  });

  test('a blank page scanned at 600 dpi: 35 million pixels packed ~1,000:1', async () => {
    const pdf = pdfFile([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Count 1 /Kids [3 0 R] >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>',
      stream('', bytes('q 595 0 0 842 0 0 cm /Im0 Do Q')),
      stream(
        '/Type /XObject /Subtype /Image /Width 4960 /Height 7016 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode',
        deflateSync(Buffer.alloc(4960 * 7016, 255), { level: 9 }),
      ),
    ]);
    await expect(checkPdfUnpacking(pdf)).resolves.toBeUndefined();
  });
});
