/**
 * Scores a parse against the numbers a person read off the document: every expected number is exact,
 * null with a finding that owns it, null without one (silent loss), or WRONG (a different number). The
 * principle (docs/parser.md, "Findings"): a number is read with certainty, or null with a finding that
 * says why; a wrong number presented as right is the one failure users cannot recover from.
 */
import type { Finding, ParsedReport, TemplateVersion } from '../../lib/report/types';
import { SUMMARY_ROWS, within } from './expectations';

/** Expected values; any part may be partial (the corpus goldens list only what a person could read). */
export interface Golden {
  template?: TemplateVersion | null;
  table2?: Record<string, (number | null)[] | undefined>;
  table3?: Record<string, Record<string, number | null> | undefined>;
  table4?: Record<string, Record<string, number | null> | undefined>;
  summary?: Record<string, number | null | undefined>;
}

export type Verdict =
  | 'exact'
  | 'nullWithFinding'
  | 'nullWithoutFinding'
  | 'wrong'
  /** The parser refused the whole document (UnreadableReportError): honest, but nothing read. */
  | 'refused'
  /** A number where the document has none (a blank cell, or a short row's unplaceable values). */
  | 'invented'
  /** The same, but flagged: a value.derived warning at the cell, row or table says it was worked out. */
  | 'derivedForBlank'
  /** Expected blank and read as null: right, but not a number, so not in the exact share. */
  | 'blankKept';

export interface CellScore {
  path: string;
  want: number | null;
  got: number | null | undefined;
  verdict: Verdict;
}

/** [path, expected value] for every cell the golden states, in a fixed order; `_notes` keys skipped. */
export function goldenCells(g: Golden): [string, number | null][] {
  const out: [string, number | null][] = [];
  const real = <T>(o: Record<string, T> | undefined) => Object.entries(o ?? {}).filter(([k]) => !k.startsWith('_'));
  for (const [row, cells] of real(g.table2)) cells?.forEach((v, i) => out.push([`table2.${row}[${i}]`, v]));
  for (const t of ['table3', 'table4'] as const) {
    for (const [row, cells] of real(g[t])) for (const [col, v] of real(cells)) out.push([`${t}.${row}.${col}`, v]);
  }
  for (const [key, v] of real(g.summary)) if (v !== undefined) out.push([`summary.${key}`, v]);
  return out;
}

/** The value at a golden path in a parsed report (undefined when the row is absent). */
export function valueAt(r: ParsedReport, path: string): number | null | undefined {
  const t2 = /^table2\.(\w+)\[(\d+)\]$/.exec(path);
  if (t2) return (r.table2 as Record<string, (number | null)[] | undefined>)[t2[1]]?.[Number(t2[2])];
  const [table, row, col] = path.split('.');
  if (table === 'summary') return (r.summary as Record<string, number | null>)[row];
  const rows = r[table as 'table3' | 'table4'] as Record<string, Record<string, number | null> | undefined>;
  return rows[row]?.[col];
}

/**
 * A warning or error at the cell, its row, or its table. A summary value is owned by its own path and by
 * the table 3 rows it adds up (SUMMARY_ROWS): a short or undecodable row explains a null total.
 */
export function ownedByFinding(
  findings: Finding[],
  path: string,
  template: TemplateVersion | null | undefined,
): boolean {
  const table = path.split(/[.[]/)[0];
  const row = path.replace(/(\[\d+\]|\.\w+)$/, '');
  const owners = [path, row, table];
  const summaryRows = table === 'summary' && template ? (SUMMARY_ROWS[path.split('.')[1]]?.(template) ?? []) : [];
  return findings.some(
    (f) =>
      f.severity !== 'info' && (owners.includes(f.where) || summaryRows.some((r) => within(f.where, `table3.${r}`))),
  );
}

/** Scores every golden cell; `report` null means the parser refused the document. */
export function scoreCells(report: ParsedReport | null, g: Golden): CellScore[] {
  return goldenCells(g).map(([path, want]) => {
    if (!report) return { path, want, got: undefined, verdict: want === null ? 'blankKept' : 'refused' };
    const got = valueAt(report, path);
    const isNull = got === null || got === undefined;
    let verdict: Verdict;
    if (want === null) {
      verdict =
        isNull || path.startsWith('summary.')
          ? 'blankKept'
          : ownedByFinding(
                report.findings.filter((f) => f.rule === 'value.derived'),
                path,
                g.template,
              )
            ? 'derivedForBlank'
            : 'invented';
    } else if (got === want) verdict = 'exact';
    else if (!isNull) verdict = 'wrong';
    else
      verdict = ownedByFinding(report.findings, path, g.template ?? report.template)
        ? 'nullWithFinding'
        : 'nullWithoutFinding';
    return { path, want, got, verdict };
  });
}

export type HeaderVerdict = 'exact' | 'nullWithFinding' | 'nullWithoutFinding' | 'wrong' | 'refused';

/** Agency and year: right, or null with header.agency / header.year; anything else is a failure. */
export function scoreHeader(
  report: ParsedReport | null,
  agency: string,
  year: number,
): Record<'agency' | 'year', HeaderVerdict> {
  const one = (field: 'agency' | 'year', want: string | number): HeaderVerdict => {
    if (!report) return 'refused';
    const got = report[field];
    if (got === want) return 'exact';
    if (got !== null) return 'wrong';
    return report.findings.some((f) => f.rule === `header.${field}`) ? 'nullWithFinding' : 'nullWithoutFinding';
  };
  return { agency: one('agency', agency), year: one('year', year) };
}

/** Counts per verdict, and the share of expected numbers (blanks excluded) read exactly. */
export function tally(scores: CellScore[]): Record<Verdict, number> & { numbers: number; exactShare: number } {
  const counts = {
    exact: 0,
    nullWithFinding: 0,
    nullWithoutFinding: 0,
    wrong: 0,
    refused: 0,
    invented: 0,
    derivedForBlank: 0,
    blankKept: 0,
  };
  for (const s of scores) counts[s.verdict]++;
  const numbers = scores.filter((s) => s.want !== null).length;
  return { ...counts, numbers, exactShare: numbers ? counts.exact / numbers : 1 };
}
