/**
 * tesseract's TSV output → the PDF reader's positioned text items. Words tesseract is unsure of are
 * kept only when they are not numbers: a doubtful number becomes "?", which the interpreter reads as
 * an unreadable cell (null, with a finding) instead of a value that may be wrong.
 */
import type { TextItem } from '../readers/pdf-lines';

/** tesseract's confidence (0–100) below which a word with a digit is not trusted. */
export const MIN_DIGIT_CONFIDENCE = 60;
/** Stands in for a number tesseract was unsure of: not a value, so the cell is read as unreadable. */
export const DOUBTFUL = '?';

const WORD_LEVEL = '5';

/** Words of a TSV (pixel boxes at `dpi`) as text items in points, NFKC-normalized like PDF text. */
export function wordsFromTsv(tsv: string, dpi: number): TextItem[] {
  const scale = 72 / dpi;
  const items: TextItem[] = [];
  for (const line of tsv.split('\n')) {
    const f = line.split('\t');
    if (f.length < 12 || f[0] !== WORD_LEVEL) continue;
    const text = f.slice(11).join('\t').normalize('NFKC').trim();
    if (!text) continue;
    const [left, top, width, height, conf] = f.slice(6, 11).map(Number);
    const doubtful = /\d/.test(text) && conf < MIN_DIGIT_CONFIDENCE;
    // The reader places an item by its baseline and size (centre = base − 0.35·size): put the centre mid-box.
    items.push({
      text: doubtful ? DOUBTFUL : text,
      x0: left * scale,
      x1: (left + width) * scale,
      base: (top + 0.85 * height) * scale,
      size: height * scale,
      font: 'ocr',
    });
  }
  return items;
}
