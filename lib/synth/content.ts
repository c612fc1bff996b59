/**
 * What a synthetic report states: the input of every renderer and the expectation of a round trip.
 */
import {
  APPLICANT_COLUMNS,
  TABLE4_GROUPS,
  type ApplicantRow,
  type Table2,
  type Table3,
  type Table4,
  type TemplateVersion,
} from '../report/types';
import { outcomeKeys, table3Keys } from './labels';

export interface NarrativeItem {
  /** A NarrativeChannel of lib/report/types ('website', 'wechat', …). */
  channel: string;
  value: number;
  unit: string;
}

/** Where a sentence of prose stands: section 一 (总体情况), 五 (问题及改进) or 六 (其他事项). */
export type ProseSection = 'overview' | 'problems' | 'other';

export interface WrittenSentence {
  section: ProseSection;
  /** The sentence as written, ending in 。. */
  text: string;
}

/** A report's own prose (lib/synth/prose.ts), in place of the fixed sentences every report would share. */
export interface ReportProse {
  /** Said after the narrative figures, inside their sentence, so that sentence too is the report's own. */
  narrativeTail: string;
  sentences: WrittenSentence[];
}

export interface ReportContent {
  agency: string;
  year: number;
  template: TemplateVersion;
  table2: Table2;
  table3: Table3;
  table4: Table4;
  narrative?: NarrativeItem[];
  prose?: ReportProse;
}

export const APPLICANTS = APPLICANT_COLUMNS.filter((c) => c !== 'total');

export function templateForYear(year: number): TemplateVersion {
  return year <= 2020 ? '2019' : '2021';
}

export function zeroRow(): ApplicantRow {
  return { natural: 0, commercial: 0, research: 0, social: 0, legal: 0, other: 0, total: 0 };
}

/**
 * Breaks of the template's own arithmetic, as "path: message" strings; empty when consistent.
 * Blank (null) cells are skipped, not counted as zero.
 */
export function consistencyErrors(c: ReportContent): string[] {
  const errors: string[] = [];
  const t3 = c.table3;
  for (const key of table3Keys(c.template)) {
    const row = t3[key];
    if (!row) {
      errors.push(`table3.${key}: missing`);
      continue;
    }
    const parts = APPLICANTS.map((col) => row[col]);
    if (row.total !== null && parts.every((v) => v !== null)) {
      const sum = parts.reduce<number>((a, v) => a + (v ?? 0), 0);
      if (sum !== row.total) errors.push(`table3.${key}.total: ${row.total} ≠ sum of applicants ${sum}`);
    }
  }
  for (const col of APPLICANT_COLUMNS) {
    const v = (key: keyof Table3) => t3[key]?.[col] ?? null;
    const outcomes = outcomeKeys(c.template).map(v);
    const total = v('total');
    if (total !== null && outcomes.every((x) => x !== null)) {
      const sum = outcomes.reduce<number>((a, x) => a + (x ?? 0), 0);
      if (sum !== total) errors.push(`table3.total.${col}: ${total} ≠ sum of outcomes ${sum}`);
    }
    const [nr, co, cf] = [v('newReceived'), v('carriedOver'), v('carriedForward')];
    if (nr !== null && co !== null && cf !== null && total !== null && nr + co !== total + cf) {
      errors.push(`table3.balance.${col}: 一+二 = ${nr + co} but 三(七)+四 = ${total + cf}`);
    }
  }
  for (const g of TABLE4_GROUPS) {
    const r = c.table4[g];
    const parts = [r.upheld, r.corrected, r.other, r.pending];
    if (r.total !== null && parts.every((x) => x !== null)) {
      const sum = parts.reduce<number>((a, x) => a + (x ?? 0), 0);
      if (sum !== r.total) errors.push(`table4.${g}.total: ${r.total} ≠ ${sum}`);
    }
  }
  return errors;
}
