/**
 * The publication date read from each form a real document gives it (issue 16): a crawler header, a web
 * page's PubDate meta, a DOCX's core properties, a PDF's CreationDate, the date signed at the report's end
 * (Arabic digits or Chinese numerals). Every file is a real report from the repository's fixtures; the DOCX
 * and the Chinese-numeral signature are real reports with that one part changed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseAnyDocument, parseAnyReport } from '../../../lib/report/parse-any';
import { unzipAll, zipStored } from '../../support/make-zip';

const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url));
const sample = (name: string) => readFileSync(new URL(`../../../db/samples/${name}`, import.meta.url));

describe('the publication date, from each form', () => {
  test('a crawler header: the corpus file gives 2022-02-08 from its 发布时间 line', async () => {
    const { report, text } = await parseAnyDocument(
      fixture('corpus/pingtan-2021-flattened.txt'),
      'pingtan-2021-flattened.txt',
    );
    expect(report.source).toMatchObject({ published: '2022-02-08', publishedFrom: 'crawler' });
    const at = report.provenance['source.published'];
    expect(text.slice(at.offset, at.offset + at.length)).toBe('2022-02-08 16:34');
  });

  test("a web page's PubDate meta (a real 嘉兴 page)", async () => {
    const report = await parseAnyReport(fixture('repro/repro_p.html'), 'repro_p.html');
    expect(report.source).toMatchObject({ published: '2021-01-26', publishedFrom: 'page-meta' });
  });

  test("a DOCX's core properties: read, and below the report's own signature in trust", async () => {
    const parts = unzipAll(fixture('docx/002-wuzhong.docx'));
    const core = new TextDecoder().decode(parts.get('docProps/core.xml'));
    const dated = core.replace(
      '</cp:coreProperties>',
      '<dcterms:created xsi:type="dcterms:W3CDTF">2022-01-24T02:10:00Z</dcterms:created>' +
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2022-02-03T17:30:00Z</dcterms:modified></cp:coreProperties>',
    );
    parts.set('docProps/core.xml', new TextEncoder().encode(dated));
    const report = await parseAnyReport(zipStored(parts), 'wuzhong.docx');
    expect(report.source).toMatchObject({
      published: '2022-01-20',
      publishedFrom: 'signed',
      // 17:30 UTC on 3 February is 4 February in China: after the deadline, so a finding names it.
      publishedDates: [
        { from: 'signed', date: '2022-01-20' },
        { from: 'file-created', date: '2022-01-24' },
        { from: 'file-modified', date: '2022-02-04' },
      ],
    });
    const note = report.findings.find((f) => f.rule === 'source.publishedDisagree');
    expect(note?.message).toContain("the file's modification date says 2022-02-04");
  });

  test("a PDF's CreationDate: read, and not trusted over the signature (the file was made years later)", async () => {
    const report = await parseAnyReport(fixture('pdf/003-jiaxing-libreoffice.pdf'), '003-jiaxing.pdf');
    // pdfinfo: CreationDate Mon Nov 30 17:58:26 2026 UTC, i.e. 1 December in China.
    expect(report.source).toMatchObject({
      published: '2021-01-20',
      publishedFrom: 'signed',
      publishedDates: [
        { from: 'signed', date: '2021-01-20' },
        { from: 'file-created', date: '2026-12-01' },
      ],
    });
    expect(report.findings.map((f) => f.rule)).toContain('source.publishedDisagree');
  });

  test('the date signed at the end, in Arabic digits (seed 000) and Chinese numerals', async () => {
    const seed = sample('000_1552932f4d23b490.txt');
    const { report, text } = await parseAnyDocument(seed, '000.txt');
    expect(report.source).toMatchObject({ published: '2021-02-05', publishedFrom: 'signed' });
    const at = report.provenance['source.published'];
    expect(text.slice(at.offset, at.offset + at.length)).toBe('2021年2月5日');

    const numerals = seed.toString('utf8').replace(/2021年2月5日\s*$/, '二〇二一年二月五日\n');
    const other = await parseAnyReport(Buffer.from(numerals), '000-numerals.txt');
    expect(other.source).toMatchObject({ published: '2021-02-05', publishedFrom: 'signed' });
  });

  test('a signature dated before the year ended (seed 004: "2019年1月8日" under a 2019 report) is said, not used', async () => {
    const report = await parseAnyReport(sample('004_91f57d8fbcd74313.txt'), '004.txt');
    expect(report.source.published).toBeUndefined();
    expect(report.findings.find((f) => f.rule === 'source.publishedImplausible')?.message).toContain('2019-01-08');
  });

  test('no source: no date, and no finding', async () => {
    const report = await parseAnyReport(sample('002_f5ed227d78862500.txt'), '002.txt');
    expect(report.source.published).toBeUndefined();
    expect(report.source).not.toHaveProperty('publishedFrom');
  });
});
