import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseAnyReport } from '../../lib/report';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/pdf/${name}`, import.meta.url)));
const golden = (seed: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/golden/${seed}.json`, import.meta.url), 'utf8'));

describe("PDFs printed by Chromium, or exported by LibreOffice from DOCX, give the seeds' numbers", () => {
  test.each([
    ['003-jiaxing.pdf', '003_ce3ce06ef0481c4f'],
    ['002-wuzhong-footer.pdf', '002_f5ed227d78862500'],
    ['000-xinzhou-borderless.pdf', '000_1552932f4d23b490'],
    ['003-jiaxing-libreoffice.pdf', '003_ce3ce06ef0481c4f'],
    ['002-wuzhong-libreoffice.pdf', '002_f5ed227d78862500'],
  ])(
    '%s = golden %s',
    async (file, seed) => {
      const report = await parseAnyReport(fixture(file), file);
      const expected = golden(seed);
      expect(report.source.format).toBe('pdf');
      expect({ agency: report.agency, year: report.year, template: report.template }).toEqual({
        agency: expected.agency,
        year: expected.year,
        template: expected.template,
      });
      expect(report.table2).toEqual(expected.table2);
      expect(report.table3).toEqual(expected.table3);
      expect(report.table4).toEqual(expected.table4);
      expect(report.summary).toEqual(expected.summary);
    },
    20_000,
  );
});

describe('the busy report however its table 3 is laid out gives the numbers it was printed from', () => {
  const content = JSON.parse(readFileSync(new URL('../fixtures/pdf/busy-2022.json', import.meta.url), 'utf8'));
  test.each(['busy-2022.pdf', 'busy-landscape.pdf', 'busy-sideways.pdf', 'busy-rotated.pdf'])(
    '%s',
    async (file) => {
      const report = await parseAnyReport(fixture(file), file);
      expect({ agency: report.agency, year: report.year, template: report.template }).toEqual({
        agency: content.agency,
        year: content.year,
        template: content.template,
      });
      expect(report.table3).toEqual(content.table3);
      expect(report.table4).toEqual(content.table4);
      expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    },
    20_000,
  );
});
