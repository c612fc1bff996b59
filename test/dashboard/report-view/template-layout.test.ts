/**
 * The template layouts against the five sample reports: every cell of a report's layout is a number or a
 * blank in the report, every number the report traces to its source has a cell in the layout, and every
 * row of every table fills the table's width once spans are counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseReport } from '../../../lib/report';
import type { ParsedReport } from '../../../lib/report/types';
import {
  layoutValuePaths,
  templateLayout,
  type LayoutRow,
  type TableLayout,
} from '../../../lib/dashboard/report-view/template-layout';
import { tableValuePaths, valueAt } from '../../../lib/dashboard/report-view/value-at';

const SAMPLES = path.resolve(__dirname, '../../../db/samples');
const samples: [string, ParsedReport][] = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => [f, parseReport(readFileSync(path.join(SAMPLES, f)), f)]);

describe('the samples', () => {
  test('cover both forms', () => {
    expect(samples).toHaveLength(5);
    expect(new Set(samples.map(([, r]) => r.template))).toEqual(new Set(['2019', '2021']));
  });
});

describe.each(samples)('%s', (_file, report) => {
  const layout = templateLayout(report.template);
  const paths = layoutValuePaths(layout);

  test('every cell of its layout is in the report', () => {
    expect(paths.filter((p) => valueAt(report, p) === undefined)).toEqual([]);
  });

  test('every traced number of tables 2–4 has a cell', () => {
    const shown = new Set(paths);
    const traced = Object.keys(report.provenance).filter((p) => /^table[234][.[]/.test(p));
    expect(traced.length).toBeGreaterThan(20);
    expect(traced.filter((p) => !shown.has(p))).toEqual([]);
  });

  test('every number or blank of tables 2–4 has a cell', () => {
    const shown = new Set(paths);
    expect(tableValuePaths(report).filter((p) => !shown.has(p))).toEqual([]);
  });
});

/** Each row's width with the columns taken by row spans from the rows above. */
function rowWidths(rows: LayoutRow[]): number[] {
  const carried: number[] = []; // per following row offset: columns still covered
  return rows.map((row, i) => {
    let width = carried[i] ?? 0;
    for (const cell of row.cells) {
      width += cell.colSpan;
      const rowSpan = cell.kind === 'label' ? cell.rowSpan : 1;
      for (let k = 1; k < rowSpan; k++) carried[i + k] = (carried[i + k] ?? 0) + cell.colSpan;
    }
    return width;
  });
}

/** Row spans must end inside their section (thead or tbody), as HTML requires. */
function spansOverrun(rows: LayoutRow[]): boolean {
  return rows.some((row, i) => row.cells.some((c) => c.kind === 'label' && i + c.rowSpan > rows.length));
}

const versions = ['2019', '2021', null] as const;
const tables: [string, TableLayout][] = versions.flatMap((v) =>
  templateLayout(v).tables.map((t) => [`${v} ${t.id}`, t] as [string, TableLayout]),
);

describe.each(tables)('layout %s', (_name, table) => {
  test('every row fills the width', () => {
    for (const rows of [table.head, table.body]) {
      expect(rowWidths(rows).every((w) => w === table.columns)).toBe(true);
      expect(spansOverrun(rows)).toBe(false);
    }
  });

  test('head rows hold only labels; each value path appears once', () => {
    expect(table.head.flatMap((r) => r.cells).every((c) => c.kind === 'label')).toBe(true);
    const paths = table.body.flatMap((r) => r.cells).flatMap((c) => (c.kind === 'value' ? [c.path] : []));
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.every((p) => p.startsWith(`${table.id}.`))).toBe(true);
  });

  test('labels are given in both languages', () => {
    const labels = [...table.head, ...table.body]
      .flatMap((r) => r.cells)
      .flatMap((c) => (c.kind === 'label' ? [c.text] : []));
    expect(labels.every((l) => l.zh.length > 0 && l.en.length > 0 && !/[\u4e00-\u9fff]/.test(l.en))).toBe(true);
  });
});

describe('templateLayout', () => {
  test('the forms as printed: table sizes and the （六）其他处理 rows', () => {
    const l19 = templateLayout('2019');
    const l21 = templateLayout('2021');
    expect(l19.tables.map((t) => t.columns)).toEqual([4, 10, 15]);
    expect(l19.tables[1].body).toHaveLength(23);
    expect(l21.tables[1].body).toHaveLength(25);
    expect(layoutValuePaths(l19).filter((p) => p.startsWith('table2.'))).toHaveLength(22);
    expect(layoutValuePaths(l21).filter((p) => p.startsWith('table2.'))).toHaveLength(10);
    expect(layoutValuePaths(l19).filter((p) => p.startsWith('table4.'))).toHaveLength(15);
    expect(layoutValuePaths(l19)).toContain('table3.other.total');
    expect(layoutValuePaths(l21)).toContain('table3.otherMisc.natural');
    expect(layoutValuePaths(l21)).not.toContain('table3.other.total');
  });

  test('the 三、本年度办理结果 label spans every outcome row', () => {
    for (const [version, rows] of [
      ['2019', 20],
      ['2021', 22],
    ] as const) {
      const first = templateLayout(version).tables[1].body[2].cells[0];
      expect(first).toMatchObject({ kind: 'label', rowSpan: rows, text: { zh: '三、本年度办理结果' } });
    }
  });

  test('an unknown version is laid out as 2021 and says so', () => {
    const l = templateLayout(null);
    expect(l.version).toBe('2021');
    expect(l.assumed).toBe(true);
    expect(l.label.zh).toContain('未能识别');
    expect(templateLayout('2021').assumed).toBe(false);
    expect(layoutValuePaths(l)).toEqual(layoutValuePaths(templateLayout('2021')));
  });
});
