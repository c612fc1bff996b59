/**
 * Table 3 split inside group （四）无法提供 with labels wrapped around their numbers (a field report whose
 * row "2.没有现成信息需要另行制作", after a page footer, went missing). Fixtures: busy-split-*.pdf, printed
 * from busy-2022.json (see test/fixtures/pdf/README.md). Every number of tables 2–4 must be read exactly,
 * or be null with a warning or error (not about a label) at its cell, row or table: never another number.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { type Finding, parseAnyReport } from '../../lib/report';

const content = JSON.parse(readFileSync(new URL('../fixtures/pdf/busy-2022.json', import.meta.url), 'utf8'));
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/pdf/${name}`, import.meta.url)));

type Cells = Record<string, Record<string, number | null> | (number | null)[]>;

/** Cell paths as the parser writes them: table2.key[i], table3.key.col, table4.group.col. */
function* cells(report: Record<string, unknown>) {
  for (const table of ['table2', 'table3', 'table4']) {
    const want = content[table] as Cells;
    const got = (report[table] ?? {}) as Cells;
    for (const [row, values] of Object.entries(want)) {
      for (const [col, value] of Object.entries(values)) {
        const read = (got[row] as Record<string, number | null> | undefined)?.[col as never] ?? null;
        const path = Array.isArray(values) ? `${table}.${row}[${col}]` : `${table}.${row}.${col}`;
        yield { table, row: `${table}.${row}`, path, want: value as number | null, read: read as number | null };
      }
    }
  }
}

const explains = (f: Finding, c: { table: string; row: string; path: string }) =>
  f.severity !== 'info' &&
  !f.rule.startsWith('label.') &&
  (f.where === c.path || f.where === c.row || f.where === c.table);

describe('table 3 split inside （四） with wrapped labels: exact, or null with a finding, never another number', () => {
  test.each([
    // Ruled: every number is read by the table's layout.
    ['busy-split-wrapped.pdf', true],
    // Borderless, header not repeated: the first row of each page (（三）4, （四）2) comes out of the PDF
    // reader with its label after its numbers; the layout reading misses the row, the order reading
    // places it (segments.ts, labelsAfterNumbers) with a reading.order finding.
    ['busy-split-borderless.pdf', true],
  ])(
    '%s',
    async (file, allExact) => {
      const report = await parseAnyReport(fixture(file), file);
      expect({ agency: report.agency, year: report.year, template: report.template }).toEqual({
        agency: content.agency,
        year: content.year,
        template: content.template,
      });
      const tally = { exact: 0, nullWithFinding: [] as string[], nullWithout: [] as string[], wrong: [] as string[] };
      for (const c of cells(report as unknown as Record<string, unknown>)) {
        if (c.read === c.want) tally.exact++;
        else if (c.read !== null) tally.wrong.push(`${c.path}: ${c.read}, not ${c.want}`);
        else if (report.findings.some((f) => explains(f, c))) tally.nullWithFinding.push(c.path);
        else tally.nullWithout.push(`${c.path} (want ${c.want})`);
      }
      const total = tally.exact + tally.nullWithFinding.length + tally.nullWithout.length + tally.wrong.length;
      console.log(
        `${file}: ${tally.exact}/${total} exact, ${tally.nullWithFinding.length} null with a finding, ` +
          `${tally.nullWithout.length} null without, ${tally.wrong.length} wrong`,
      );
      const nullRows = [...new Set(tally.nullWithFinding.map((p) => p.replace(/(\.[a-z]+|\[\d+\])$/i, '')))];
      for (const f of report.findings.filter((f) => nullRows.includes(f.where)))
        console.log(`  ${f.rule} ${f.severity} ${f.where}: ${f.message}`);
      expect(tally.wrong).toEqual([]);
      expect(tally.nullWithout).toEqual([]);
      if (allExact) expect(tally.exact).toBe(total);
      if (file.includes('borderless')) {
        const byOrder = report.findings.filter((f) => f.rule === 'reading.order').map((f) => f.where);
        expect(byOrder).toEqual(expect.arrayContaining(['table3.deniedThirdParty', 'table3.unableNeedsCreation']));
      }
    },
    20_000,
  );
});
