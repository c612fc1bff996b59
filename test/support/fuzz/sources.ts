/**
 * The real documents the fuzz damages, by form: the seeds and text forms (cell per line, tab rows,
 * run-together, Markdown), crawler text and PDF→Markdown as found in the wild, HTML pages, legacy and
 * UTF-16 encodings as bytes, Word files and PDFs from two tools.
 */
import { readFileSync, readdirSync } from 'node:fs';

const dir = (rel: string) => new URL(`../../../${rel}/`, import.meta.url);
const read = (rel: string, name: string) => readFileSync(new URL(name, dir(rel)));

export interface TextSource {
  name: string;
  text: string;
}
export interface ByteSource {
  name: string;
  bytes: Uint8Array;
}

/** Plain text and Markdown, UTF-8: the seeds, the text forms, the real corpus in crawler and converted forms. */
export const TEXTS: TextSource[] = [
  ...readdirSync(dir('db/samples'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: f, text: read('db/samples', f).toString('utf8') })),
  ...['001-bom.txt', '002.md', '003-runtogether.txt', 'broken-sum.txt', 'runtogether-ambiguous.txt'].map((f) => ({
    name: f,
    text: read('test/fixtures/forms', f)
      .toString('utf8')
      .replace(/^\uFEFF/, ''),
  })),
  ...['pingtan-2021-flattened.txt', 'shanghai-office-2025-from-pdf.md'].map((f) => ({
    name: f,
    text: read('test/fixtures/corpus', f).toString('utf8'),
  })),
];

/** Web pages as saved: a Word export, a government site's page with navigation, a blank total. */
export const PAGES: TextSource[] = ['000-word.html', '003-page.html', 'blank-total.html']
  .map((f) => ({ name: f, text: read('test/fixtures/forms', f).toString('utf8') }))
  .concat(
    ['repro_br.html', 'repro_p.html', 'repro_div.html'].map((f) => ({
      name: f,
      text: read('test/fixtures/repro', f).toString('utf8'),
    })),
  );

/** Text in other encodings, kept as bytes: GB18030 and UTF-16 without a byte-order mark. */
export const ENCODED: ByteSource[] = [
  { name: '004-gb18030.txt', bytes: new Uint8Array(read('test/fixtures/forms', '004-gb18030.txt')) },
  { name: '000-utf16le-nobom.txt', bytes: new Uint8Array(read('test/fixtures/repro', '000-utf16le-nobom.txt')) },
];

export const DOCX: ByteSource[] = [
  ...['003-jiaxing.docx', '002-wuzhong.docx'].map((f) => ({
    name: f,
    bytes: new Uint8Array(read('test/fixtures/docx', f)),
  })),
  { name: 'docx-two-paragraphs.docx', bytes: new Uint8Array(read('test/fixtures/repro', 'docx-two-paragraphs.docx')) },
];

/** PDFs from both tools: LibreOffice's (small, quick) and Chromium's (a ruled table over two pages, a sideways one). */
export const PDFS: ByteSource[] = [
  '003-jiaxing-libreoffice.pdf',
  '002-wuzhong-libreoffice.pdf',
  '003-jiaxing.pdf',
  'busy-sideways.pdf',
].map((f) => ({ name: f, bytes: new Uint8Array(read('test/fixtures/pdf', f)) }));
