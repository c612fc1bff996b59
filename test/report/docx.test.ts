/**
 * DOCX: LibreOffice-made fixtures of the seeds against the seed goldens, generated DOCX against the
 * content it was written from, and provenance that points into mammoth's HTML.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseAnyDocument, parseReport, UnreadableReportError } from '../../lib/report';
import { readDocx } from '../../lib/report/readers/docx';
import { slimDocumentXml } from '../../lib/report/readers/docx-slim';
import type { ParsedReport } from '../../lib/report/types';
import { documentXml, docxParts, renderDocx } from '../../lib/synth/docx';
import { mulberry32, randomContent } from '../../lib/synth/render';
import { writeZip } from '../../lib/synth/zip';
import { compareReport } from '../bench/round-trip';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/docx/${name}`, import.meta.url)));
const golden = (seed: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/golden/${seed}.json`, import.meta.url), 'utf8'));

/** Every number the report states has provenance, and the provenance points at that number in `text`. */
function provenanceProblems(report: ParsedReport, text: string): string[] {
  const problems: string[] = [];
  const visit = (path: string, v: unknown) => {
    if (typeof v === 'number') {
      const p = report.provenance[path];
      if (!p) return problems.push(`${path}: no provenance`);
      const at = text.slice(p.offset, p.offset + p.length);
      if (!at.includes(String(v)) && !p.text.includes(String(v))) problems.push(`${path}=${v}: provenance "${at}"`);
    } else if (Array.isArray(v)) v.forEach((x, i) => visit(`${path}[${i}]`, x));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(`${path}.${k}`, x);
  };
  for (const key of ['table2', 'table3', 'table4'] as const) visit(key, report[key]);
  return problems;
}

describe.each([
  ['003-jiaxing.docx', '003_ce3ce06ef0481c4f'],
  ['002-wuzhong.docx', '002_f5ed227d78862500'],
])('%s (LibreOffice) against the golden of seed %s', (file, seed) => {
  test('header, all three tables and the summary equal the golden; read as DOCX', async () => {
    const g = golden(seed);
    const { report, text } = await parseAnyDocument(fixture(file), file);
    expect({ agency: report.agency, year: report.year, template: report.template }).toEqual({
      agency: g.agency,
      year: g.year,
      template: g.template,
    });
    expect(report.table2).toEqual(g.table2);
    expect(report.table3).toEqual(g.table3);
    expect(report.table4).toEqual(g.table4);
    expect(report.summary).toEqual(g.summary);
    expect(report.source).toMatchObject({ format: 'docx', bytes: fixture(file).length });
    expect(text).toMatch(/^<p>/);
    expect(provenanceProblems(report, text)).toEqual([]);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('Word merged cells reach the HTML reader as rowspan/colspan', () => {
  test('mammoth writes gridSpan as colspan and a vMerge run as rowspan', async () => {
    const { text } = await readDocx(fixture('003-jiaxing.docx'));
    expect(text).toMatch(/<td colspan="7"><p>申请人情况<\/p><\/td>/);
    expect(text).toMatch(/<td rowspan="\d+"><p>三、本年度办理结果<\/p><\/td>/);
  });

  test('the in-process writer gives the same tables as LibreOffice', async () => {
    const g = golden('003_ce3ce06ef0481c4f');
    const content = {
      agency: g.agency,
      year: g.year,
      template: g.template,
      table2: g.table2,
      table3: g.table3,
      table4: g.table4,
      narrative: g.narrativeValues,
    };
    const { report } = await parseAnyDocument(renderDocx(content), 'x.docx');
    const lo = (await parseAnyDocument(fixture('003-jiaxing.docx'), '003.docx')).report;
    expect([report.table2, report.table3, report.table4]).toEqual([lo.table2, lo.table3, lo.table4]);
  });
});

describe('generated DOCX round trip', () => {
  test.each(Array.from({ length: 12 }, (_, i) => i))('variant %i: tables equal the content', async (i) => {
    const content = randomContent(mulberry32(1000 + i), { blanks: 0.2 });
    const { report, text } = await parseAnyDocument(renderDocx(content, { splitTable2: i % 2 === 1 }), `v${i}.docx`);
    const cmp = compareReport(content, report);
    expect([...cmp.header, ...cmp.tables, ...cmp.table2]).toEqual([]);
    expect(provenanceProblems(report, text)).toEqual([]);
  });
});

describe('slimming document.xml before mammoth', () => {
  test('layout goes, text, merges, bold and self-closing neighbours stay', () => {
    const xml =
      '<w:tc><w:tcPr><w:tcW w:w="1" w:type="dxa"/><w:gridSpan w:val="2"/><w:vMerge w:val="restart"/><w:tcBorders/>' +
      '<w:tcBorders><w:top w:val="single"/></w:tcBorders></w:tcPr><w:p w:rsidR="00A1"><w:r><w:rPr><w:b/><w:sz w:val="21"/></w:rPr><w:t>12</w:t></w:r></w:p></w:tc>';
    expect(slimDocumentXml(xml)).toBe(
      '<w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>12</w:t></w:r></w:p></w:tc>',
    );
  });

  test('mammoth gives the same HTML with and without slimming', async () => {
    const mammoth = (await import('mammoth')).default;
    for (const bytes of [
      fixture('003-jiaxing.docx'),
      fixture('002-wuzhong.docx'),
      renderDocx(randomContent(mulberry32(7))),
    ]) {
      const plain = await mammoth.convertToHtml(
        { buffer: Buffer.from(bytes) },
        { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
      );
      expect((await readDocx(bytes)).text).toBe(plain.value);
    }
  });
});

describe('by content, not by name', () => {
  test('a DOCX named .pdf is read as DOCX, with an info finding', async () => {
    const { report } = await parseAnyDocument(fixture('002-wuzhong.docx'), '002.pdf');
    expect(report.source.format).toBe('docx');
    expect(report.agency).toBe('吴忠市科学技术局');
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'source.extensionMismatch', severity: 'info', where: 'source' }),
    );
  });

  test('a DOCX named .docx says nothing about its name', async () => {
    const { report } = await parseAnyDocument(fixture('002-wuzhong.docx'), '002.docx');
    expect(report.findings.map((f) => f.rule)).not.toContain('source.extensionMismatch');
  });

  test('the sync text entry refuses a DOCX as binary', () => {
    expect(() => parseReport(fixture('003-jiaxing.docx'), 'x.docx')).toThrow(UnreadableReportError);
  });

  test('a DOCX with images and odd parts: images are never unpacked', async () => {
    const content = randomContent(mulberry32(3));
    const parts = [
      ...docxParts(documentXml(content)),
      { name: 'word/media/image1.png', data: new Uint8Array(4096).fill(7) },
    ];
    const { report } = await parseAnyDocument(writeZip(parts), 'x.docx');
    expect(report.agency).toBe(content.agency);
  });
});
