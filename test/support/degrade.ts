/**
 * Degradations of real reports, the way crawlers, PDF converters and text extraction damage them in the
 * wild (/work/shared/docs/report-format.md, "How the same table reaches us"; real examples in
 * test/fixtures/corpus). Each takes a WildSource (a seed's real prose and labels with its golden cells) and
 * returns the text of a damaged document; each damage can be switched on alone, so a test can tell which
 * one costs what. Deterministic: the same source, damages and seed give the same text.
 */
import { mulberry32, pick, randInt } from '../../lib/synth/prng';
import { pdfToMarkdown, type MarkdownDamage, MARKDOWN_DAMAGES } from './degrade-markdown';
import { wrappedLabelsWithFooters, type WrappedDamage, WRAPPED_DAMAGES } from './degrade-wrapped';
import { leaveTotalsBlank, leaveZerosBlank, type SourceRow, type WildExpected, type WildSource } from './wild-source';

export { pdfToMarkdown, wrappedLabelsWithFooters };

// --- crawler text ---

export type CrawlerDamage = 'chrome' | 'spaces';
export const CRAWLER_DAMAGES: readonly CrawlerDamage[] = ['chrome', 'spaces'];

export interface CrawlerOptions {
  damages?: readonly CrawlerDamage[];
  seed?: number;
}

const BREADCRUMBS = [
  (t: string) => `当前位置： 首页 政务公开 政府信息公开 政府信息公开年报 ${t} 来源： 时间：`,
  (t: string) => `当前位置：首页>政府信息公开>年度报告 ${t} 字号：大 中 小 `,
];
const TOOLBARS = [
  '微信 微博 QQ空间 打印 关闭',
  '分享到： 【打印本页】 【关闭窗口】',
  '全真版 文字版 文件下载 相关链接： -->',
];

/**
 * Crawler archive text: a metadata header, then the page body as ONE line. Paragraphs run together and
 * every table row is its label followed by its cells with no separator ("…申请数量640020470"); blank cells
 * vanish. `chrome` adds breadcrumb and toolbar words around the body; `spaces` puts a single space between
 * some cells and around some tables, as sites' markup leaves them. See corpus/pingtan-2021-flattened.txt.
 */
export function flattenLikeCrawler(src: WildSource, opts: CrawlerOptions = {}): string {
  const rng = mulberry32(opts.seed ?? 1);
  const on = new Set(opts.damages ?? CRAWLER_DAMAGES);
  const title = src.title.join('');
  const published = `${src.expected.year + 1}-0${randInt(rng, 1, 3)}-${String(randInt(rng, 10, 28))} 16:34`;
  const gap = (p: number) => (on.has('spaces') && rng() < p ? ' ' : '');
  const cells = (row: readonly string[]) =>
    row
      .filter((c) => c !== '')
      .map((c, i) => (i === 0 ? '' : gap(0.08)) + c)
      .join('');
  const row = (r: SourceRow, prefix = '') => prefix + r.label + gap(0.1) + cells(r.cells);

  const tables = {
    table2: () =>
      src.table2
        .map((b) => `${b.heading}信息内容${b.columns.join('')}${b.rows.map((r) => row(r)).join('')}`)
        .join(gap(0.5)),
    table3: () =>
      src.table3.header.map((h) => h.join('')).join(gap(0.5)) +
      src.table3.rows
        .map((r, i, all) => row(r, (r.lead ?? '') + (r.group && all[i - 1]?.group !== r.group ? r.group : '')))
        .join(''),
    table4: () => src.table4.header.map((h) => h.join('')).join('') + cells(src.table4.cells),
  };
  const body = src.parts.map((p) => ('prose' in p ? p.prose : gap(0.5) + tables[p.table]() + gap(0.5))).join('');
  const page = on.has('chrome')
    ? `${pick(rng, BREADCRUMBS)(title)}${published} ${pick(rng, TOOLBARS)} ${body} 附件下载 ${pick(rng, TOOLBARS)}`
    : body;
  return [
    `标题: ${title}`,
    `发布时间: ${published}`,
    '文号: ',
    '发布机构: ',
    '栏目: 政府信息公开年报',
    `原文链接: https://www.example.gov.cn/zwgk/zfxxgk/zfxxgknb/t${published.slice(0, 10).replace(/-/g, '')}_${randInt(rng, 10000, 99999)}.htm`,
    '页面链接与图片详见 links.tsv(同目录)',
    '==================== 正文 ====================',
    page,
    '',
  ].join('\n');
}

// --- one entry for the test: a form, the damages to apply, a seed ---

export type WildForm = 'crawler' | 'pdfMarkdown' | 'wrappedText';
/** Damages that change what the document says rather than its layout: cells the site left empty. */
export const BLANK_ZEROS = 'blankZeros';
export const BLANK_TOTALS = 'blankTotals';
const CONTENT_DAMAGES = [BLANK_ZEROS, BLANK_TOTALS];

export const FORM_DAMAGES: Record<WildForm, readonly string[]> = {
  crawler: [...CRAWLER_DAMAGES, ...CONTENT_DAMAGES],
  pdfMarkdown: [...MARKDOWN_DAMAGES, ...CONTENT_DAMAGES],
  wrappedText: [...WRAPPED_DAMAGES, ...CONTENT_DAMAGES],
};

export interface DegradedDocument {
  fileName: string;
  text: string;
  expected: WildExpected;
}

/** The damaged document and what a correct parse of it gives (blanked cells are null there). */
export function degrade(form: WildForm, src: WildSource, damages: readonly string[], seed: number): DegradedDocument {
  let source = damages.includes(BLANK_ZEROS) ? leaveZerosBlank(src, 0.3, seed) : src;
  if (damages.includes(BLANK_TOTALS)) source = leaveTotalsBlank(source);
  const layout = damages.filter((d) => !CONTENT_DAMAGES.includes(d));
  const text =
    form === 'crawler'
      ? flattenLikeCrawler(source, { damages: layout as CrawlerDamage[], seed })
      : form === 'pdfMarkdown'
        ? pdfToMarkdown(source, { damages: layout as MarkdownDamage[], seed })
        : wrappedLabelsWithFooters(source, { damages: layout as WrappedDamage[], seed });
  return { fileName: `${src.id}.${form === 'pdfMarkdown' ? 'md' : 'txt'}`, text, expected: source.expected };
}
