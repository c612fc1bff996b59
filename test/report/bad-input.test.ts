/**
 * Every kind of bad input gets one UnreadableReportError whose message says what the file is and what
 * to do; files whose name is wrong but whose content is a report still parse.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { MAX_FILE_BYTES, parseAnyDocument, parseAnyReport, parseReport, UnreadableReportError } from '../../lib/report';
import { readZipDirectory } from '../../lib/report/readers/zip';
import { docxParts } from '../../lib/synth/docx';
import { mulberry32, randomContent, renderHtml } from '../../lib/synth/render';
import { writeZip, type ZipInput } from '../../lib/synth/zip';
import { encodeLegacy, encodeUtf16 } from '../support/legacy-encode';

const file = (rel: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${rel}`, import.meta.url)));
const seedText = (name: string) => readFileSync(new URL(`../../db/samples/${name}`, import.meta.url), 'utf8');
const enc = (s: string) => new TextEncoder().encode(s);
const SEED_003 = seedText('003_ce3ce06ef0481c4f.txt');
const DOCX = file('docx/003-jiaxing.docx');

const BUDGET_TEXT =
  '某某市财政局2021年部门预算公开说明\n一、部门职责\n负责全市财政收支。\n二、机构设置\n下设10个科室。\n三、收支预算总表\n收入总计\t3572.12\n支出总计\t3572.12\n';
const BUDGET_HTML = `<html><body><h1>某某市财政局2021年部门预算公开说明</h1><p>一、部门职责</p><p>负责全市财政收支。</p>
<table><tr><td>项目</td><td>预算数（万元）</td></tr><tr><td>一般公共预算拨款</td><td>3560.12</td></tr></table></body></html>`;

/** A DOCX whose document.xml is `size` bytes of one repeated character: deflate packs it ~1,000:1. */
function bomb(size: number, extra: Partial<ZipInput> = {}): Uint8Array {
  const [types, rels] = docxParts('');
  return writeZip([types, rels, { name: 'word/document.xml', data: new Uint8Array(size).fill(0x20), ...extra }]);
}

async function refusal(bytes: Uint8Array, name: string): Promise<string> {
  try {
    // Without OCR, as where its tools are not installed: the scan is then refused (ocr.test.ts reads it).
    await parseAnyReport(bytes, name, { ocr: null });
  } catch (e) {
    expect(e).toBeInstanceOf(UnreadableReportError);
    return (e as Error).message;
  }
  throw new Error(`${name} was parsed, not refused`);
}

describe('refused with one clear sentence', () => {
  const cases: [string, () => Uint8Array, string, RegExp][] = [
    ['empty', () => new Uint8Array(0), 'empty.docx', /^the file is empty$/],
    [
      'random bytes',
      () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + (i >> 3)) % 256),
      'random.bin',
      /binary, not a document this parser reads/,
    ],
    [
      'budget statement, text',
      () => enc(BUDGET_TEXT),
      'budget.txt',
      /not an annual open-government-information report/,
    ],
    [
      'budget statement, HTML',
      () => enc(BUDGET_HTML),
      'budget.html',
      /not an annual open-government-information report/,
    ],
    [
      'budget statement, DOCX (LibreOffice)',
      () => file('docx/budget.docx'),
      'budget.docx',
      /not an annual open-government-information report/,
    ],
    [
      'DOCX cut at 60%',
      () => DOCX.subarray(0, Math.floor(DOCX.length * 0.6)),
      'cut.docx',
      /^the DOCX file is truncated or damaged/,
    ],
    [
      'DOCX missing its last 10 bytes',
      () => DOCX.subarray(0, DOCX.length - 10),
      'cut.docx',
      /^the DOCX file is truncated or damaged/,
    ],
    [
      'ZIP cut inside its first entry',
      () => DOCX.subarray(0, 40),
      'cut.docx',
      /^the file is a truncated or damaged ZIP archive, such as a DOCX/,
    ],
    [
      'DOCX with damaged document.xml data',
      () => damage(DOCX, 'word/document.xml'),
      'bad.docx',
      /^the DOCX file is truncated or damaged \(word\/document\.xml: (checksum mismatch|compressed data is damaged|size differs)/,
    ],
    [
      'zip bomb over the total limit',
      () => bomb(60 * 1024 * 1024),
      'bomb.docx',
      /unpacks to 60 MB, over the 50 MB limit.*zip bomb/,
    ],
    [
      'zip bomb under the limit, absurd ratio',
      () => bomb(20 * 1024 * 1024),
      'bomb.docx',
      /compressed \d{3,4}:1.*zip bomb/,
    ],
    [
      'DOCX whose directory understates a size',
      () => bomb(8 * 1024 * 1024, { declaredSize: 4000 }),
      'liar.docx',
      /not what its directory claims.*zip bomb/,
    ],
    [
      'ZIP without word/document.xml (XLSX)',
      () => writeZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]),
      'report.xlsx',
      /^the file is a ZIP archive that is not a Word document: an Excel workbook/,
    ],
    [
      'ZIP of a folder',
      () => writeZip([{ name: 'reports/a.txt', data: SEED_003 }]),
      'reports.zip',
      /not a Word document .*reports\/a\.txt.*unpack it/,
    ],
    [
      'password-protected DOCX (LibreOffice)',
      () => file('docx/003-encrypted.docx'),
      '003.docx',
      /^the document is password-protected/,
    ],
    [
      'legacy .doc (LibreOffice)',
      () => file('docx/003-legacy.doc'),
      '003.doc',
      /legacy Word 97–2003 document \(\.doc\).*save it as \.docx or PDF/,
    ],
    ['password-protected PDF', () => file('pdf/003-encrypted.pdf'), '003.pdf', /^the PDF is password-protected/],
    ['scanned PDF', () => file('pdf/003-scanned.pdf'), '003.pdf', /scanned images without a text layer: it needs OCR/],
    ['PDF cut short', () => file('pdf/003-jiaxing.pdf').subarray(0, 2000), 'cut.pdf', /PDF/],
    [
      'PNG image',
      () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'scan.png',
      /image \(PNG\).*needs OCR/,
    ],
    [
      'JPEG named .txt',
      () => Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]),
      'scan.txt',
      /image \(JPEG\).*needs OCR/,
    ],
    [
      'RTF',
      () => enc('{\\rtf1\\ansi\\ansicpg936 {\\fonttbl} 2020年政府信息公开工作年度报告}'),
      'report.rtf',
      /RTF.*save it as \.docx or PDF/,
    ],
    ['Big5 text', () => encodeLegacy(SEED_003, 'big5'), 'big5.txt', /not in UTF-8 or GB18030; it looks like Big5/],
    [
      'Shift-JIS text',
      () => encodeLegacy(SEED_003, 'shift_jis'),
      'sjis.txt',
      /not in UTF-8 or GB18030; it looks like Shift-JIS/,
    ],
  ];

  test.each(cases)('%s', async (_what, bytes, name, message) => {
    expect(await refusal(bytes(), name)).toMatch(message);
  });

  test('a file over the size limit is refused before any reading, by both entries', async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61);
    expect(await refusal(big, 'big.txt')).toMatch(/^the file is 20\.0 MB, over the 20 MB limit/);
    expect(() => parseReport(big, 'big.txt')).toThrow(/over the 20 MB limit/);
  });

  test('the zip bomb is refused from its directory alone, without unpacking', () => {
    const b = bomb(60 * 1024 * 1024);
    expect(b.length).toBeLessThan(200_000);
    expect(readZipDirectory(b).find((e) => e.name === 'word/document.xml')?.unpackedSize).toBe(60 * 1024 * 1024);
  });
});

/** The archive with one byte in the middle of an entry's packed data flipped. */
function damage(zip: Uint8Array, name: string): Uint8Array {
  const entry = readZipDirectory(zip).find((e) => e.name === name)!;
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const start =
    entry.localOffset +
    30 +
    view.getUint16(entry.localOffset + 26, true) +
    view.getUint16(entry.localOffset + 28, true);
  out[start + (entry.packedSize >> 1)] ^= 0x5a;
  return out;
}

describe('read by content whatever the name says', () => {
  const content = randomContent(mulberry32(11));
  test.each([
    ['HTML named .txt', () => enc(renderHtml(content, { page: true })), 'report.txt', 'html', true],
    ['text named .html', () => enc(SEED_003), 'report.html', 'text', true],
    ['DOCX named .pdf', () => DOCX, 'report.pdf', 'docx', true],
    ['PDF named .docx', () => file('pdf/003-jiaxing.pdf'), 'report.docx', 'pdf', true],
    ['DOCX without an extension', () => DOCX, 'report', 'docx', false],
    [
      'text that mentions "%PDF-" near its start',
      () => enc(`附件格式：%PDF-A\n${SEED_003}`),
      'report.txt',
      'text',
      false,
    ],
  ])('%s', async (_what, bytes, name, format, mismatch) => {
    const { report } = await parseAnyDocument(bytes(), name);
    expect(report.source.format).toBe(format);
    expect(report.agency).toMatch(/局$/);
    const found = report.findings.filter((f) => f.rule === 'source.extensionMismatch');
    expect(found).toHaveLength(mismatch ? 1 : 0);
    if (mismatch) expect(found[0]).toMatchObject({ severity: 'info', where: 'source' });
  });
});

describe('text encodings', () => {
  test.each(['le', 'be'] as const)('UTF-16%s without a byte-order mark is found by its NUL pattern', async (order) => {
    const report = await parseAnyReport(encodeUtf16(SEED_003, order), '003.txt');
    const utf8 = parseReport(enc(SEED_003), '003.txt');
    expect(report.source.encoding).toBe(`utf-16${order}`);
    expect([report.table2, report.table3, report.table4]).toEqual([utf8.table2, utf8.table3, utf8.table4]);
  });

  test('a GB18030 report still reads as GB18030', async () => {
    const report = await parseAnyReport(file('forms/004-gb18030.txt'), '004.txt');
    expect(report.source.encoding).toBe('gb18030');
    expect(report.agency).toBe('大冶市科技局');
  });
});
