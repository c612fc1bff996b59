/**
 * Hand-made parsed reports for metric tests: every number null unless the test sets it.
 *   buildReport({ template: '2019', cells: { 'table2.licensing[2]': 7, 'summary.granted': 3, 'table4.review.total': 1 } })
 *   buildReport({ template: '2021', rows: { carriedOver: [1, 0, 0, 0, 0, 0, 1] } })
 */
import { TABLE2_COLUMNS, TABLE3_OTHER_ROWS } from '../../lib/report/glossary';
import {
  APPLICANT_COLUMNS,
  type ApplicantRow,
  type NarrativeChannel,
  type NarrativeFigure,
  type ParsedReport,
  SUMMARY_KEYS,
  type Summary,
  type Table2,
  type Table2Key,
  type Table3,
  type Table3Key,
  TABLE3_ROWS,
  type Table4,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  type TemplateVersion,
} from '../../lib/report/types';

export interface ReportSpec {
  template: TemplateVersion | null;
  year?: number | null;
  /** 'table2.<row>[i]', 'table3.<row>.<column>', 'summary.<key>', 'table4.<group>.<column>'. */
  cells?: Record<string, number | null>;
  /** Whole table-3 rows in applicant-column order (natural … other, total). */
  rows?: Partial<Record<Table3Key, (number | null)[]>>;
  narrative?: NarrativeFigure[];
}

const nullRow = (): ApplicantRow => Object.fromEntries(APPLICANT_COLUMNS.map((c) => [c, null])) as ApplicantRow;

function emptyTable2(template: TemplateVersion | null): Table2 {
  const columns = TABLE2_COLUMNS[template ?? '2021'];
  return Object.fromEntries(Object.entries(columns).map(([k, n]) => [k, Array(n).fill(null)])) as Table2;
}

function emptyTable3(template: TemplateVersion | null): Table3 {
  const skip = new Set<Table3Key>(TABLE3_OTHER_ROWS[template === '2019' ? '2021' : '2019']);
  return Object.fromEntries(TABLE3_ROWS.filter((k) => !skip.has(k)).map((k) => [k, nullRow()])) as Table3;
}

const emptyTable4 = (): Table4 =>
  Object.fromEntries(TABLE4_GROUPS.map((g) => [g, Object.fromEntries(TABLE4_COLUMNS.map((c) => [c, null]))])) as Table4;

export function buildReport(spec: ReportSpec): ParsedReport {
  const report: ParsedReport = {
    agency: '测试市科学技术局',
    year: spec.year === undefined ? 2021 : spec.year,
    identity: 'confident',
    template: spec.template,
    region: null,
    agencyType: null,
    table2: emptyTable2(spec.template),
    table3: emptyTable3(spec.template),
    summary: Object.fromEntries(SUMMARY_KEYS.map((k) => [k, null])) as Summary,
    table4: emptyTable4(),
    narrative: spec.narrative ?? [],
    findings: [],
    source: { format: 'text', encoding: 'utf-8', bytes: 0, parserVersion: 'test' },
    provenance: {},
  };
  for (const [key, values] of Object.entries(spec.rows ?? {})) {
    report.table3[key as Table3Key] = Object.fromEntries(
      APPLICANT_COLUMNS.map((c, i) => [c, values[i] ?? null]),
    ) as ApplicantRow;
  }
  for (const [path, value] of Object.entries(spec.cells ?? {})) setCell(report, path, value);
  return report;
}

function setCell(report: ParsedReport, path: string, value: number | null): void {
  let m = /^table2\.(\w+)\[(\d+)\]$/.exec(path);
  if (m) {
    const row = (report.table2[m[1] as Table2Key] ??= []);
    row[Number(m[2])] = value;
    return;
  }
  m = /^table3\.(\w+)\.(\w+)$/.exec(path);
  if (m && (APPLICANT_COLUMNS as readonly string[]).includes(m[2])) {
    const row = (report.table3[m[1] as Table3Key] ??= nullRow());
    row[m[2] as keyof ApplicantRow] = value;
    return;
  }
  m = /^summary\.(\w+)$/.exec(path);
  if (m && (SUMMARY_KEYS as readonly string[]).includes(m[1])) {
    report.summary[m[1] as keyof Summary] = value;
    return;
  }
  m = /^table4\.(\w+)\.(\w+)$/.exec(path);
  if (m && m[1] in report.table4 && (TABLE4_COLUMNS as readonly string[]).includes(m[2])) {
    report.table4[m[1] as keyof Table4][m[2] as keyof Table4['review']] = value;
    return;
  }
  throw new Error(`buildReport: unknown cell path ${path}`);
}

/** A narrative "items published" figure. */
export function figure(channel: NarrativeChannel, value: number): NarrativeFigure {
  return { metric: 'itemsPublished', channel, value, unit: '条', evidence: `发布信息${value}条`, offset: 0 };
}
