/**
 * The plan of a synthetic corpus, deterministic from a seed: agencies across real regions, each reporting
 * for a run of statistics years 2019–2025 (the 2019 form for 2019–2020, the 2021 form from 2021 on), a few
 * skipping a year in between, rendered by the existing renderers in the forms the parser reads, each with
 * its publication date (or none) where that form states one, some with a table copied from the year
 * before (corpus-rates.ts says how many). A generator, so a corpus of a million reports is planned one
 * agency at a time and never held in memory.
 */
import type { TemplateVersion } from '../report/types';
import type { ReportContent } from './content';
import { AgencyDrawer, type PlannedAgency } from './corpus-agencies';
import { copyProse, PeerSources, type ProseCopy } from './corpus-copies';
import { blankCells, breakSum, type Defect } from './corpus-defects';
import { drawPublication, type PlannedPublication, type PublicationSource } from './corpus-publication';
import { corpusRates, type CorpusRates } from './corpus-rates';
import { plantRepeats, type RepeatableTable, unchangedTables } from './corpus-repeats';
import { agencyYears } from './corpus-years';
import { titleText } from './document';
import { mulberry32, pickWeighted, randInt, type Rng, sfc32 } from './prng';
import { draftProse } from './prose';
import { crawlerHeader, signatureHtml, signatureText } from './render-dates';
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
  /** When it was published and where it says so; no date for some. */
  publication: PlannedPublication;
  /** Years the agency skipped between its previous report and this one (0 but for a few). */
  yearsSkipped: number;
  /** Tables copied from the agency's report of the year before. */
  repeated: RepeatableTable[];
  /**
   * Tables equal cell by cell to the agency's of the year before, not all blanks and zeros, after any
   * defect: the copied ones that stayed equal and any equal by chance — what a reader should flag.
   */
  unchanged: RepeatableTable[];
  /** Prose copied from the agency's year before or from another agency's report that year; null for own prose. */
  proseCopy: ProseCopy | null;
  /** What the report states, defects included: what a parser should read back. */
  content: ReportContent;
}

export interface CorpusOptions {
  seed: number;
  reports: number;
  /** Share of reports written as HTML (default ¼); Markdown takes a few of the rest, text the others. */
  htmlShare?: number;
  /** Late, undated, skipped years, copied tables: the defaults of corpus-rates.ts where not given. */
  rates?: Partial<CorpusRates>;
}

/**
 * The stream an agency's prose is drawn from: 128 bits of state keyed by the corpus seed and the agency, so
 * no two agencies' prose streams overlap, which one-word mulberry32 streams did at a million reports
 * (prng.ts, sfc32; test/synth/prng-streams.test.ts).
 */
export function proseStream(seed: number, agencyIndex: number): Rng {
  return sfc32(seed, agencyIndex, 0x7f4a7c15, agencySeed(seed, agencyIndex));
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

/**
 * One year between the first and the last left out, by `share`, when the run is three years or more. A gap
 * costs a report, so none is made when the corpus needs nearly every year of every agency it has left.
 */
function skipAYear(rng: Rng, years: number[], share: number): number[] {
  const [u, at] = [rng(), rng()];
  if (years.length < 3 || u >= share) return years;
  const skipped = 1 + Math.floor(at * (years.length - 2));
  return years.filter((_, i) => i !== skipped);
}

/** Where each form states its publication date: a text the crawler header or the signature, a page its 发布时间 line. */
const DATE_SOURCES: Record<ReportForm, readonly [PublicationSource, PublicationSource?]> = {
  'text-cells': ['signed', 'crawler'],
  'text-rows': ['signed', 'crawler'],
  'html-page': ['page-line'],
  'html-fragment': ['signed'],
  markdown: ['signed'],
};

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
  const rates = corpusRates(options.rates);
  const rng = mulberry32(seed);
  const agencies = new AgencyDrawer(rng);
  const capacity = Math.floor(agencies.capacity * YEAR_COUNT * CAPACITY_SHARE);
  if (reports > capacity)
    throw new RangeError(
      `at most ${capacity} reports: ${agencies.capacity} distinct real agencies × ${YEAR_COUNT} years`,
    );
  const sources = new PeerSources();
  let index = 0;
  while (index < reports) {
    const needed = ((reports - index) / agencies.left) * 1.02;
    const run = drawYears(rng, needed);
    const agency = agencies.next();
    const own = agencySeed(seed, agency.index);
    const gapShare = needed < YEAR_COUNT - 1 ? rates.gap : 0;
    const years = skipAYear(mulberry32(own ^ 0x68e31da4), run, gapShare).slice(0, reports - index);
    // Form and defects from a stream of their own, so a shorter run of years leaves the earlier ones alone;
    // publication and copied tables from another, so they leave the forms and defects alone.
    const choices = mulberry32(own ^ 0x5bd1e995);
    const dated = mulberry32(own ^ 0x27d4eb2f);
    const written = proseStream(seed, agency.index);
    const repeats = { table3: rates.table3Repeat, table4: rates.table4Repeat };
    let prev: PlannedReport | null = null;
    for (const content of agencyYears(agency, years, mulberry32(own))) {
      const form = drawForm(choices, htmlShare);
      const variant = choices() < 0.5;
      // Copied from last year's report as it was published, so only from one without a defect.
      const follows = prev !== null && prev.year === content.year - 1;
      const source = follows && prev!.template === content.template && !prev!.defect ? prev!.content : null;
      const repeated = plantRepeats(dated, source, content, repeats);
      const defect = drawDefect(choices, content);
      const publication = drawPublication(dated, content.year, DATE_SOURCES[form], rates);
      const proseCopy = writeProse(written, content, follows ? prev : null, sources, rates);
      if (proseCopy?.kind !== 'peer') sources.offer(index, content);
      const report: PlannedReport = {
        index: index++,
        agency,
        year: content.year,
        template: content.template,
        form,
        variant,
        defect,
        publication,
        yearsSkipped: prev ? content.year - prev.year - 1 : 0,
        repeated,
        unchanged: follows ? unchangedTables(prev!.content, content) : [],
        proseCopy,
        content,
      };
      yield report;
      prev = report;
    }
    sources.endAgency();
  }
}

/**
 * The report's prose: copied from the agency's year before (`before`, when it reported then) or from another
 * agency's report of the year, by their rates, else its own. Never a copy after a year that copied another
 * agency's: its next year would repeat that agency's sentences without being listed as a copy of them.
 * Draws two values always, so one choice leaves the other alone.
 */
function writeProse(
  rng: Rng,
  content: ReportContent,
  before: PlannedReport | null,
  sources: PeerSources,
  rates: CorpusRates,
): ProseCopy | null {
  const [toPrev, toPeer] = [rng(), rng()];
  const free = before?.proseCopy?.kind !== 'peer';
  if (before && free && toPrev < rates.prevCopy) return copyProse(rng, before.content, content, 'prev', before.index);
  if (free && toPeer < rates.peerCopy && sources.has(content.year)) {
    const source = sources.take(content.year)!;
    return copyProse(rng, source.content, content, 'peer', source.index);
  }
  content.prose = draftProse(rng, content.agency, content.year);
  return null;
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
  const { date, source, numerals } = r.publication;
  const head = date && source === 'crawler' ? crawlerHeader(titleText(c), date) : '';
  const signed = date && source === 'signed' ? { date, numerals } : null;
  const tail = signed ? `\n${signatureText(c.agency, signed.date, signed.numerals)}` : '';
  switch (r.form) {
    case 'text-cells':
      return `${head}${renderText(c, 'cell-per-line', { noise: r.variant })}${tail}\n${SYNTHETIC_NOTE}\n`;
    case 'text-rows':
      return `${head}${renderText(c, 'tab-rows', { noise: r.variant })}${tail}\n${SYNTHETIC_NOTE}\n`;
    case 'markdown':
      return `${renderMarkdown(c)}${tail}\n${SYNTHETIC_NOTE}\n`;
    case 'html-page':
      return `${renderHtml(c, { page: true, splitTable2: r.variant, published: date })}<!-- ${SYNTHETIC_NOTE} -->\n`;
    case 'html-fragment':
      return `${renderHtml(c, { splitTable2: r.variant })}${signed ? signatureHtml(c.agency, signed.date, signed.numerals) : ''}<!-- ${SYNTHETIC_NOTE} -->\n`;
  }
}
