/** Hand-made content whose every number is distinct, so a test can find each one in the output. */
import { Parser } from 'htmlparser2';
import {
  APPLICANT_COLUMNS,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  type ApplicantRow,
  type Table3,
  type Table4,
  type TemplateVersion,
} from '../../lib/report/types';
import { table3Keys, TABLE2_BLOCKS } from '../../lib/synth/labels';
import type { ReportContent } from '../../lib/synth/render';

/** Table 3 row r, column j holds 1000 + 10r + j; table 4 cell i holds 500 + i; table 2 row r, column j 300 + 10r + j. */
export function distinctContent(template: TemplateVersion): ReportContent {
  const table3: Table3 = {};
  table3Keys(template).forEach((key, r) => {
    table3[key] = Object.fromEntries(APPLICANT_COLUMNS.map((c, j) => [c, 1000 + 10 * r + j])) as ApplicantRow;
  });
  let i = 0;
  const table4 = Object.fromEntries(
    TABLE4_GROUPS.map((g) => [g, Object.fromEntries(TABLE4_COLUMNS.map((c) => [c, 500 + i++]))]),
  ) as Table4;
  const table2: ReportContent['table2'] = {};
  let r = 0;
  for (const block of TABLE2_BLOCKS[template]) {
    for (const row of block.rows) {
      table2[row.key] = block.columns.map((_, j) => 300 + 10 * r + j);
      r++;
    }
  }
  return {
    agency: '忻州市科学技术局',
    year: template === '2019' ? 2020 : 2022,
    template,
    table2,
    table3,
    table4,
    narrative: [
      { channel: 'website', value: 423, unit: '条' },
      { channel: 'wechat', value: 225, unit: '篇' },
    ],
  };
}

export interface HtmlCell {
  text: string;
  rowSpan: number;
  colSpan: number;
}

/** The tables of an HTML document as grids, each cell's text at every position it covers. */
export function htmlTables(html: string): string[][][] {
  const tables: HtmlCell[][][] = [];
  let cell: HtmlCell | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'table') tables.push([]);
        else if (name === 'tr') tables[tables.length - 1].push([]);
        else if (name === 'td' || name === 'th') {
          cell = { text: '', rowSpan: Number(attrs.rowspan ?? 1), colSpan: Number(attrs.colspan ?? 1) };
          const rows = tables[tables.length - 1];
          rows[rows.length - 1].push(cell);
        }
      },
      ontext(text) {
        if (cell) cell.text += text;
      },
      onclosetag(name) {
        if (name === 'td' || name === 'th') cell = null;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return tables.map((rows) => {
    const grid: string[][] = rows.map(() => []);
    rows.forEach((cells, r) => {
      let c = 0;
      for (const cl of cells) {
        while (grid[r][c] !== undefined) c++;
        for (let dr = 0; dr < cl.rowSpan; dr++)
          for (let dc = 0; dc < cl.colSpan; dc++) grid[r + dr][c + dc] = cl.text.trim();
        c += cl.colSpan;
      }
    });
    return grid;
  });
}
