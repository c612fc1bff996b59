/**
 * The OCR adapter renders a scanned page within a pixel limit: a page too large for it at a resolution
 * tesseract can read is not rendered at all (poppler would allocate the whole bitmap), and OCR says why.
 */
import { describe, expect, test } from 'vitest';
import { dpiFor, ocrPdfPage } from '../../../lib/report/ocr/ocr-page';

const A4 = [595, 842] as const;
// Tools that must never run: the refusal comes before either is started.
const NO_TOOLS = { tesseract: '/nonexistent/tesseract', pdftoppm: '/nonexistent/pdftoppm', digits: 'eng' as const };

describe('OCR page size', () => {
  test('an A4 page at 300 dpi; an A0 poster at a lower resolution, under 40 million pixels', () => {
    expect(dpiFor(...A4)).toBe(300);
    const dpi = dpiFor(2384, 3370);
    expect(dpi).toBeLessThan(300);
    expect((2384 / 72) * dpi * (3370 / 72) * dpi).toBeLessThanOrEqual(40e6);
  });

  test('a page of 200,000 points square is not rendered', async () => {
    await expect(ocrPdfPage(NO_TOOLS, new Uint8Array(0), 1, 200_000, 200_000)).rejects.toThrow(
      'page 1 is 2778 × 2778 inches, too large to render for OCR (limit 40 million pixels at 72 dpi or more)',
    );
  });
});
