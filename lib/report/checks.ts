/**
 * The template's consistency rules, checked on the numbers as written. A broken rule is a finding,
 * never a correction. Rules with a null among their terms are not evaluated (the null has its own finding).
 */
import type { ReportSink } from './findings';
import {
  APPLICANT_COLUMNS,
  type ApplicantRow,
  type ParsedReport,
  type Table3,
  type Table3Key,
  TABLE4_GROUPS,
  type TemplateVersion,
} from './types';
import { outcomeRows } from './summary';

const COLUMN_NAMES: Record<string, string> = {
  natural: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  social: '社会公益组织',
  legal: '法律服务机构',
  other: '其他',
  total: '总计',
};

function sum(values: (number | null | undefined)[]): number | null {
  let s = 0;
  for (const v of values) {
    if (v === null || v === undefined) return null;
    s += v;
  }
  return s;
}

const INFLOW: Table3Key[] = ['newReceived', 'carriedOver'];

/** The six applicant columns of a row added up; null when one is blank. */
function applicantSum(row: ApplicantRow): number | null {
  const { natural, commercial, research, social, legal, other } = row;
  if (natural === null || commercial === null || research === null || social === null || legal === null) return null;
  if (other === null) return null;
  return natural + commercial + research + social + legal + other;
}

/**
 * Each column of the rows added up, in the rows' order, in `APPLICANT_COLUMNS` order; null for a column
 * where a row or its cell is missing. Speed: one pass over the rows with the cells read by name, not
 * `t3[k][c]` per column and row (a lookup by a varying key that V8 does not cache).
 */
function columnSums(t3: Table3, keys: readonly Table3Key[]): (number | null)[] {
  let natural: number | null = 0;
  let commercial: number | null = 0;
  let research: number | null = 0;
  let social: number | null = 0;
  let legal: number | null = 0;
  let other: number | null = 0;
  let total: number | null = 0;
  for (const k of keys) {
    const r = t3[k];
    if (r === undefined) return [null, null, null, null, null, null, null];
    natural = plus(natural, r.natural);
    commercial = plus(commercial, r.commercial);
    research = plus(research, r.research);
    social = plus(social, r.social);
    legal = plus(legal, r.legal);
    other = plus(other, r.other);
    total = plus(total, r.total);
  }
  return [natural, commercial, research, social, legal, other, total];
}

/** A running sum and the next term: null once a term is missing. */
function plus(sum: number | null, v: number | null | undefined): number | null {
  return sum === null || v === null || v === undefined ? null : sum + v;
}

function cellOf(t3: Table3, key: Table3Key, c: (typeof APPLICANT_COLUMNS)[number]): number | null {
  return t3[key]?.[c] ?? null;
}

export function checkConsistency(
  report: Pick<ParsedReport, 'table2' | 'table3' | 'table4'>,
  template: TemplateVersion | null,
  sink: ReportSink,
): void {
  const t3 = report.table3;

  for (const key of Object.keys(t3) as Table3Key[]) {
    const row = t3[key]!;
    const parts = applicantSum(row);
    if (parts !== null && row.total !== null && parts !== row.total) {
      sink.add(
        'table3.columnSum',
        'error',
        `table3.${key}.total`,
        `the six applicant columns add up to ${parts} but 总计 is ${row.total}`,
      );
    }
  }

  const outcomeSums = columnSums(t3, outcomeRows(t3, template));
  const inflowSums = columnSums(t3, INFLOW);
  for (let i = 0; i < APPLICANT_COLUMNS.length; i++) {
    const c = APPLICANT_COLUMNS[i];
    const total = cellOf(t3, 'total', c);
    const parts = outcomeSums[i];
    if (parts !== null && total !== null && parts !== total) {
      sink.add(
        'table3.totalSum',
        'error',
        `table3.total.${c}`,
        `${COLUMN_NAMES[c]}: （一）to（六）add up to ${parts} but （七）总计 is ${total}`,
      );
    }
    const inflow = inflowSums[i];
    const carriedForward = cellOf(t3, 'carriedForward', c);
    const outflow = total === null || carriedForward === null ? null : total + carriedForward;
    if (inflow !== null && outflow !== null && inflow !== outflow) {
      sink.add(
        'table3.balance',
        'error',
        `table3.total.${c}`,
        `${COLUMN_NAMES[c]}: 一+二 = ${inflow} but 三（七）+四 = ${outflow}`,
      );
    }
  }

  for (const g of TABLE4_GROUPS) {
    const r = report.table4[g];
    const parts = sum([r.upheld, r.corrected, r.other, r.pending]);
    if (parts !== null && r.total !== null && parts !== r.total) {
      sink.add('table4.sum', 'error', `table4.${g}.total`, `维持+纠正+其他+尚未审结 = ${parts} but 总计 is ${r.total}`);
    }
  }

  if (template === '2019') {
    for (const key of ['regulations', 'normativeDocs'] as const) {
      const [, published, total] = report.table2[key] ?? [];
      if (published != null && total != null && published > total) {
        sink.add(
          'table2.publishedLeTotal',
          'error',
          `table2.${key}[1]`,
          `本年新公开数量 ${published} exceeds 对外公开总数量 ${total}`,
        );
      }
    }
  }
}
