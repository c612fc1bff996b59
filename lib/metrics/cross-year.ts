/**
 * Checks across two consecutive years of one agency: what one report carries forward the next must carry
 * over, and (2021 form) the documents in force must follow from last year's count and this year's changes.
 * Like the parser's rules these are findings, never corrections; terms that are null are skipped.
 */
import {
  APPLICANT_COLUMNS,
  type ApplicantColumn,
  type Finding,
  type ParsedReport,
  type Severity,
} from '../report/types';
import type { TableFingerprints } from './table-fingerprint';

export type YearReport = Pick<ParsedReport, 'year' | 'template' | 'table2' | 'table3'> & {
  /** Tables 3 and 4 hashed cell by cell (table-fingerprint.ts); absent in reports stored before parser 0.5.0. */
  fingerprints?: TableFingerprints;
};

export const CROSS_YEAR_RULES: Record<string, { severity: Severity; zh: string; en: string }> = {
  'crossYear.carryOver': {
    severity: 'warning',
    zh: '本年"上年结转"与上一年报告的"结转下年度继续办理"不一致',
    en: "Carried over this year ≠ carried forward in last year's report",
  },
  'crossYear.table3Unchanged': {
    severity: 'warning',
    zh: '表三与上一年报告逐格相同（并非全为零），可能照抄上年报告',
    en: "Table 3 identical to last year's cell by cell (not all zero): possibly copied from last year's report",
  },
  'crossYear.table4Unchanged': {
    severity: 'warning',
    zh: '表四与上一年报告逐格相同（并非全为零），可能照抄上年报告',
    en: "Table 4 identical to last year's cell by cell (not all zero): possibly copied from last year's report",
  },
  'crossYear.docsInForce': {
    severity: 'warning',
    zh: '现行有效件数不等于上年现行有效件数 + 本年制发 − 本年废止',
    en: "Documents in force ≠ last year's in force + issued − repealed this year",
  },
};

const COLUMN_NAMES: Record<ApplicantColumn, string> = {
  natural: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  social: '社会公益组织',
  legal: '法律服务机构',
  other: '其他',
  total: '总计',
};

const DOC_ROWS = { regulations: '规章', normativeDocs: '规范性文件' } as const;

function finding(rule: keyof typeof CROSS_YEAR_RULES, where: string, message: string): Finding {
  return { rule, severity: CROSS_YEAR_RULES[rule].severity, where, message };
}

function carryOver(prev: YearReport, next: YearReport): Finding[] {
  const out: Finding[] = [];
  for (const c of APPLICANT_COLUMNS) {
    const forward = prev.table3.carriedForward?.[c] ?? null;
    const over = next.table3.carriedOver?.[c] ?? null;
    if (forward === null || over === null || forward === over) continue;
    out.push(
      finding(
        'crossYear.carryOver',
        `table3.carriedOver.${c}`,
        `${COLUMN_NAMES[c]}: ${next.year} 上年结转 ${over} ≠ ${prev.year} 结转下年度继续办理 ${forward}`,
      ),
    );
  }
  return out;
}

/** Only the 2021 form has 本年制发 / 本年废止 / 现行有效 in columns 0 / 1 / 2. */
function docsInForce(prev: YearReport, next: YearReport): Finding[] {
  if (prev.template !== '2021' || next.template !== '2021') return [];
  const out: Finding[] = [];
  for (const [key, name] of Object.entries(DOC_ROWS) as [keyof typeof DOC_ROWS, string][]) {
    const before = prev.table2[key]?.[2] ?? null;
    const [issued = null, repealed = null, inForce = null] = next.table2[key] ?? [];
    if (before === null || issued === null || repealed === null || inForce === null) continue;
    const expected = before + issued - repealed;
    if (expected === inForce) continue;
    out.push(
      finding(
        'crossYear.docsInForce',
        `table2.${key}[2]`,
        `${name}: ${next.year} 现行有效件数 ${inForce} ≠ ${prev.year} 现行有效件数 ${before} + ${next.year} 制发 ${issued} − 废止 ${repealed} = ${expected}`,
      ),
    );
  }
  return out;
}

/** Findings on `next` from comparing it with `prev`; none unless `next` is the year right after `prev`. */
export function crossYearFindings(prev: YearReport, next: YearReport): Finding[] {
  if (prev.year === null || next.year === null || next.year !== prev.year + 1) return [];
  return [...carryOver(prev, next), ...docsInForce(prev, next), ...unchangedTables(prev, next)];
}

const TABLE_NAMES = { table3: '表三 收到和处理政府信息公开申请情况', table4: '表四 行政复议、行政诉讼情况' } as const;

/** A table identical, cell by cell and not all zero, to the same agency's table the year before. */
function unchangedTables(prev: YearReport, next: YearReport): Finding[] {
  return (['table3', 'table4'] as const).flatMap((table) => {
    const before = prev.fingerprints?.[table];
    if (!before || before !== next.fingerprints?.[table]) return [];
    return [
      finding(
        table === 'table3' ? 'crossYear.table3Unchanged' : 'crossYear.table4Unchanged',
        table,
        `${TABLE_NAMES[table]}: every cell of ${next.year} equals ${prev.year}'s`,
      ),
    ];
  });
}
