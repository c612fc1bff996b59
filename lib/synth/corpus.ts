/**
 * The plan of a synthetic corpus, deterministic from a seed: agencies across real regions, each reporting
 * for consecutive statistics years 2019–2025 (the 2019 form for 2019–2020, the 2021 form from 2021 on),
 * rendered by the existing renderers in the forms the parser reads. A generator, so a corpus of a million
 * reports is planned one agency at a time and never held in memory.
 */
import type { TemplateVersion } from '../report/types';
import type { ReportContent } from './content';
import { AgencyDrawer, type PlannedAgency } from './corpus-agencies';
import { blankCells, breakSum, type Defect } from './corpus-defects';
import { agencyYears } from './corpus-years';
import { mulberry32, pickWeighted, randInt, type Rng } from './prng';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import { renderText } from './render-text';

export const FIRST_YEAR = 2019;
export const LAST_YEAR = 2025;
const YEAR_COUNT = LAST_YEAR - FIRST_YEAR + 1;

/** Shares of reports that break their own arithmetic, and that leave cells blank. */
export const BROKEN_SUM_SHARE = 0.03;
export const BLANK_CELLS_SHARE = 0.03;
/** Markdown is what PDF and OCR converters write: a few reports, taken out of the text share. */
export const MARKDOWN_SHARE = 0.02;
/** Share of agencies that report every year; the rest report for a shorter run of years. */
const FULL_RUN_SHARE = 0.55;
/** Lengths of the shorter runs, by weight; their mean is below. */
const SHORT_RUNS: readonly (readonly [number, number])[] = [
  [1, 1],
  [2, 2],
  [3, 3],
  [4, 3],
  [5, 3],
  [6, 3],
];
const SHORT_RUN_MEAN = SHORT_RUNS.reduce((a, [n, w]) => a + n * w, 0) / SHORT_RUNS.reduce((a, [, w]) => a + w, 0);

/** The share of (agency × year) slots a corpus may fill: headroom, so the last agencies are not all forced into full runs. */
const CAPACITY_SHARE = 0.96;

export type ReportForm = 'text-cells' | 'text-rows' | 'html-page' | 'html-fragment' | 'markdown';

export interface PlannedReport {
  /** Position in the corpus, from 0. */
  index: number;
  agency: PlannedAgency;
  year: number;
  template: TemplateVersion;
  form: ReportForm;
  /** Text forms: the seeds' whitespace noise; HTML: table 2 written as one table per block. */
  variant: boolean;
  /** Null for the reports that are consistent and complete. */
  defect: Defect | null;
  /** What the report states, defects included: what a parser should read back. */
  content: ReportContent;
}

export interface CorpusOptions {
  seed: number;
  reports: number;
  /** Share of reports written as HTML (default ¼); Markdown takes a few of the rest, text the others. */
  htmlShare?: number;
}

/** A 32-bit seed for one agency of a corpus, so an agency's reports depend on (seed, agency) only. */
function agencySeed(seed: number, index: number): number {
  return (Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
}

/** How many reports a corpus can hold: every distinct agency the real places allow, for every year. */
export function corpusCapacity(): number {
  return Math.floor(new AgencyDrawer(mulberry32(0)).capacity * YEAR_COUNT * CAPACITY_SHARE);
}

/**
 * The years an agency reports for. When the corpus needs more years per agency than the usual mix gives
 * (a million reports nearly use up the real agencies), more agencies report every year.
 */
function drawYears(rng: Rng, yearsNeededPerAgency: number): number[] {
  const fullShare = Math.min(
    1,
    Math.max(FULL_RUN_SHARE, (yearsNeededPerAgency - SHORT_RUN_MEAN) / (YEAR_COUNT - SHORT_RUN_MEAN)),
  );
  const length = rng() < fullShare ? YEAR_COUNT : pickWeighted(rng, SHORT_RUNS);
  const start = randInt(rng, FIRST_YEAR, LAST_YEAR - length + 1);
  return Array.from({ length }, (_, i) => start + i);
}

function drawForm(rng: Rng, htmlShare: number): ReportForm {
  const u = rng();
  if (u < htmlShare) return rng() < 0.6 ? 'html-page' : 'html-fragment';
  if (u < htmlShare + MARKDOWN_SHARE) return 'markdown';
  return rng() < 0.5 ? 'text-cells' : 'text-rows';
}

function drawDefect(rng: Rng, content: ReportContent): Defect | null {
  const u = rng();
  if (u < BROKEN_SUM_SHARE) return { kind: 'broken-sum', where: breakSum(content, rng) };
  if (u < BROKEN_SUM_SHARE + BLANK_CELLS_SHARE) return { kind: 'blank-cells', where: blankCells(content, rng) };
  return null;
}

export function* planCorpus(options: CorpusOptions): Generator<PlannedReport> {
  const { seed, reports } = options;
  const htmlShare = options.htmlShare ?? 0.25;
  if (!Number.isInteger(reports) || reports < 0)
    throw new RangeError(`reports must be a whole number ≥ 0, not ${reports}`);
  if (!(htmlShare >= 0 && htmlShare <= 1)) throw new RangeError(`htmlShare must lie in [0, 1], not ${htmlShare}`);
  const rng = mulberry32(seed);
  const agencies = new AgencyDrawer(rng);
  const capacity = Math.floor(agencies.capacity * YEAR_COUNT * CAPACITY_SHARE);
  if (reports > capacity)
    throw new RangeError(
      `at most ${capacity} reports: ${agencies.capacity} distinct real agencies × ${YEAR_COUNT} years`,
    );
  let index = 0;
  while (index < reports) {
    const years = drawYears(rng, ((reports - index) / agencies.left) * 1.02).slice(0, reports - index);
    const agency = agencies.next();
    const own = agencySeed(seed, agency.index);
    // Form and defects from a stream of their own, so a shorter run of years leaves the earlier ones alone.
    const choices = mulberry32(own ^ 0x5bd1e995);
    for (const content of agencyYears(agency, years, mulberry32(own))) {
      const form = drawForm(choices, htmlShare);
      const variant = choices() < 0.5;
      const defect = drawDefect(choices, content);
      yield { index: index++, agency, year: content.year, template: content.template, form, variant, defect, content };
    }
  }
}

const EXTENSIONS: Record<ReportForm, string> = {
  'text-cells': 'txt',
  'text-rows': 'txt',
  'html-page': 'html',
  'html-fragment': 'html',
  markdown: 'md',
};

/** Written into every file, so a synthetic report is never mistaken for a real one outside its folder. */
export const SYNTHETIC_NOTE =
  '本文件为 nianbao-lens 生成的合成数据（synthetic data），不是真实的政府信息公开工作年度报告。';

/** "0001234-浙江省杭州市西湖区教育局-2021.html": position, agency and statistics year. */
export function reportFileName(r: PlannedReport, digits = 7): string {
  return `${String(r.index).padStart(digits, '0')}-${r.agency.name}-${r.year}.${EXTENSIONS[r.form]}`;
}

export function renderReport(r: PlannedReport): string {
  const c = r.content;
  switch (r.form) {
    case 'text-cells':
      return `${renderText(c, 'cell-per-line', { noise: r.variant })}\n${SYNTHETIC_NOTE}\n`;
    case 'text-rows':
      return `${renderText(c, 'tab-rows', { noise: r.variant })}\n${SYNTHETIC_NOTE}\n`;
    case 'markdown':
      return `${renderMarkdown(c)}\n${SYNTHETIC_NOTE}\n`;
    case 'html-page':
    case 'html-fragment':
      return `${renderHtml(c, { page: r.form === 'html-page', splitTable2: r.variant })}<!-- ${SYNTHETIC_NOTE} -->\n`;
  }
}
