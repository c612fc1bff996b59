/**
 * Compares what the parser read with the content a document was rendered from, path by path.
 * Blank is not zero: null and 0 differ, as the JSON format demands.
 */
import {
  APPLICANT_COLUMNS,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  type ParsedReport,
  type Table2,
  type Table3,
  type Table4,
} from '../../lib/report/types';
import type { ReportContent } from '../../lib/synth/render';

export interface Mismatch {
  /** A path into the report JSON: "table3.granted.natural", "table2.fees[1]", "year". */
  path: string;
  expected: unknown;
  got: unknown;
  /**
   * wrong: the parser states something the document does not (another number, a number in a blank
   * cell, a row that is not there), the failure users cannot recover from; unread: it left out
   * something the document states (null, absent), which a finding can own up to; derived: a 0 in a
   * cell the document left blank that the form's sums force, owned by a value.derived finding at its row.
   */
  kind: 'wrong' | 'unread' | 'derived';
}

export interface Comparison {
  /** table3 + table4: what the round-trip rate counts. */
  tables: Mismatch[];
  table2: Mismatch[];
  /** agency, year, template. */
  header: Mismatch[];
}

export const ABSENT = '(absent)';

function same(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b));
}

function present(v: unknown): unknown {
  return v === undefined ? ABSENT : v;
}

function mismatch(path: string, expected: unknown, got: unknown): Mismatch {
  const unread = got === null || got === undefined || got === ABSENT;
  return {
    path,
    expected,
    got: present(got),
    kind: unread && expected !== null && expected !== ABSENT ? 'unread' : 'wrong',
  };
}

function compareTable3(exp: Table3, got: Table3 | undefined, out: Mismatch[]): void {
  const keys = new Set([...Object.keys(exp), ...Object.keys(got ?? {})]) as Set<keyof Table3>;
  for (const key of keys) {
    const e = exp[key];
    const g = got?.[key];
    if (!e || !g) {
      // A row the report has and the parser lost, or a row the parser made up.
      if (e || (g && Object.values(g).some((v) => v !== null))) {
        out.push(mismatch(`table3.${key}`, e ? 'row' : ABSENT, g ? JSON.stringify(g) : ABSENT));
      }
      continue;
    }
    for (const col of APPLICANT_COLUMNS) {
      if (!same(e[col], g[col])) out.push(mismatch(`table3.${key}.${col}`, e[col], g[col]));
    }
  }
}

function compareTable4(exp: Table4, got: Table4 | undefined, out: Mismatch[]): void {
  for (const group of TABLE4_GROUPS) {
    for (const col of TABLE4_COLUMNS) {
      const g = got?.[group]?.[col];
      if (!same(exp[group][col], g)) out.push(mismatch(`table4.${group}.${col}`, exp[group][col], g));
    }
  }
}

function compareTable2(exp: Table2, got: Table2 | undefined, out: Mismatch[]): void {
  const keys = new Set([...Object.keys(exp), ...Object.keys(got ?? {})]) as Set<keyof Table2>;
  for (const key of keys) {
    const e = exp[key];
    const g = got?.[key];
    if (!e || !g) {
      if (e || g?.some((v) => v !== null))
        out.push(mismatch(`table2.${key}`, e ? JSON.stringify(e) : ABSENT, g ? JSON.stringify(g) : ABSENT));
      continue;
    }
    for (let i = 0; i < Math.max(e.length, g.length); i++) {
      if (!same(e[i] ?? null, g[i] ?? null)) out.push(mismatch(`table2.${key}[${i}]`, present(e[i]), g[i]));
    }
  }
}

export function compareReport(content: ReportContent, parsed: ParsedReport): Comparison {
  const tables: Mismatch[] = [];
  compareTable3(content.table3, parsed.table3, tables);
  compareTable4(content.table4, parsed.table4, tables);
  const derivedRows = new Set(parsed.findings.filter((f) => f.rule === 'value.derived').map((f) => f.where));
  for (const m of tables) {
    if (m.kind === 'wrong' && m.expected === null && m.got === 0 && derivedRows.has(m.path.replace(/\.\w+$/, '')))
      m.kind = 'derived';
  }
  const table2: Mismatch[] = [];
  compareTable2(content.table2, parsed.table2, table2);
  const header: Mismatch[] = [];
  for (const key of ['agency', 'year', 'template'] as const) {
    if (!same(content[key], parsed[key])) header.push(mismatch(key, content[key], parsed[key]));
  }
  return { tables, table2, header };
}

export function formatValue(v: unknown): string {
  return typeof v === 'string' && v !== ABSENT && v !== 'row' && !v.startsWith('{') && !v.startsWith('[')
    ? JSON.stringify(v)
    : String(v);
}
