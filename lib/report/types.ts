/**
 * The parsed-report JSON (see docs/report-json.md): the product's exchange format for one report.
 * Every number is a number or null; null means blank or unreadable, and a finding then says which.
 */
import type { SourceSpan } from './model';

export type TemplateVersion = '2019' | '2021';

export const APPLICANT_COLUMNS = ['natural', 'commercial', 'research', 'social', 'legal', 'other', 'total'] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number];
export type ApplicantRow = Record<ApplicantColumn, number | null>;

export const TABLE3_ROWS = [
  'newReceived',
  'carriedOver',
  'granted',
  'partial',
  'deniedStateSecret',
  'deniedLawForbidden',
  'deniedSafetyStability',
  'deniedThirdParty',
  'deniedInternalAffairs',
  'deniedProcessInfo',
  'deniedEnforcementFile',
  'deniedInquiry',
  'unableNotHeld',
  'unableNeedsCreation',
  'unableUnclear',
  'rejectedComplaint',
  'rejectedRepeated',
  'rejectedPublication',
  'rejectedExcessive',
  'rejectedConfirmation',
  'other',
  'otherOverdueCorrection',
  'otherUnpaidFee',
  'otherMisc',
  'total',
  'carriedForward',
] as const;
export type Table3Key = (typeof TABLE3_ROWS)[number];
export type Table3 = Partial<Record<Table3Key, ApplicantRow>>;

export const TABLE2_ROWS = [
  'regulations',
  'normativeDocs',
  'licensing',
  'otherServices',
  'penalty',
  'coercion',
  'fees',
  'procurement',
] as const;
export type Table2Key = (typeof TABLE2_ROWS)[number];
export type Table2 = Partial<Record<Table2Key, (number | null)[]>>;

export const TABLE4_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
export type Table4Group = (typeof TABLE4_GROUPS)[number];
export const TABLE4_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export type Table4Column = (typeof TABLE4_COLUMNS)[number];
export type Table4 = Record<Table4Group, Record<Table4Column, number | null>>;

export const SUMMARY_KEYS = [
  'newReceived',
  'carriedOver',
  'granted',
  'partial',
  'denied',
  'unable',
  'rejected',
  'other',
  'total',
  'carriedForward',
] as const;
export type SummaryKey = (typeof SUMMARY_KEYS)[number];
export type Summary = Record<SummaryKey, number | null>;

export type NarrativeChannel =
  | 'total'
  | 'website'
  | 'wechat'
  | 'weibo'
  | 'newMedia'
  | 'catalogue'
  | 'serviceNet'
  | 'bulletin'
  | 'press'
  | 'app'
  | 'other';

export interface NarrativeFigure {
  metric: 'itemsPublished';
  channel: NarrativeChannel;
  value: number;
  unit: string;
  evidence: string;
  /** Offset of the number in the decoded source. */
  offset: number;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: string;
  severity: Severity;
  /** A path into the report JSON ("table3.total.natural"), or a section name ("header", "table4"). */
  where: string;
  message: string;
  /** 1-based line in the decoded source, where one applies. */
  line?: number;
}

export interface Region {
  code: string | null;
  province: string | null;
  city: string | null;
  county: string | null;
}

/** Where a value came from: the cell's text as written and its place in the decoded source. */
/** Where a report's publication date was read, most trusted first (lib/report/dates/publication-date.ts). */
export type PublishedFrom =
  | 'given'
  | 'crawler'
  | 'page-meta'
  | 'page-line'
  | 'signed'
  | 'file-created'
  | 'file-modified';

export interface Provenance extends SourceSpan {
  line: number;
  text: string;
}

export interface ParsedReport {
  agency: string | null;
  /** The full name the text states beside an abbreviated agency ("上海市科学技术委员会" for 市科委); null otherwise. */
  agencyFullName?: string | null;
  year: number | null;
  /**
   * How sure the agency and year are: 'weak' when they rest on a title found after the body began or on
   * sources that name different reports (with a header.identityWeak finding). A weak report never replaces another.
   */
  identity: 'confident' | 'weak';
  template: TemplateVersion | null;
  region: Region | null;
  agencyType: string | null;
  table2: Table2;
  table3: Table3;
  summary: Summary;
  table4: Table4;
  narrative: NarrativeFigure[];
  findings: Finding[];
  /** Added keys (the format allows additions): how the input was read, and where each number stands. */
  source: {
    format: string;
    encoding: string;
    bytes: number;
    parserVersion: string;
    /**
     * The publication date, YYYY-MM-DD, from the most trusted source the document has (lib/report/dates);
     * absent when none says it. Its place in the source is `provenance['source.published']` when it stands there.
     */
    published?: string;
    publishedFrom?: PublishedFrom;
    /** Every plausible date read, most trusted first (the kept one first). */
    publishedDates?: { from: PublishedFrom; date: string }[];
    /** From a crawler's metadata header above the page: 原文链接. */
    url?: string;
  };
  provenance: Record<string, Provenance>;
}
