/**
 * Plain-text forms: text extracted from Word files (one cell per line, or one row per line with tabs)
 * and text scraped from web pages in which a row's cells run together.
 */
import type { ReportContent } from './content';
import { documentBlocks, type DocBlock, titleText } from './document';
import { stackGrids, type GridCell, type Slot } from './grid';

export type TextStyle = 'cell-per-line' | 'tab-rows';

export interface TextOptions {
  /**
   * Write cells the way the seeds do: full-width spaces and nbsp around numbers, blank cells holding
   * a space, units inside cells ("129600元"), and, one cell per line, header cells broken over lines.
   * Deterministic: the same content always gives the same text.
   */
  noise?: boolean;
}

const PADS: [string, string][] = [
  ['', ''],
  ['\u3000\u3000', ''],
  ['\u00a0', ''],
  ['\u3000', ''],
  ['', '\u00a0'],
  ['', ' '],
];
const BLANKS = ['', '\u00a0', ' ', '\u3000'];
/** Header cells the seeds break over two lines ("本年新\n制作数量"). */
const BROKEN_HEADERS = new Set(['本年新制作数量', '本年新公开数量']);

/** Writes cell text, with the seeds' decorations when `noise` is on. */
class CellWriter {
  private n = 0;
  constructor(
    private readonly noise: boolean,
    private readonly multiline: boolean,
  ) {}

  cell(cell: GridCell): string {
    if (!this.noise) return cell.text;
    const n = this.n++;
    if (cell.kind === 'label') {
      return this.multiline && BROKEN_HEADERS.has(cell.text)
        ? `${cell.text.slice(0, 3)}\n${cell.text.slice(3)}`
        : cell.text;
    }
    if (cell.value === null || cell.value === undefined) return BLANKS[n % BLANKS.length];
    const [before, after] = PADS[n % PADS.length];
    return `${before}${cell.text}${cell.unit ?? ''}${after}`;
  }

  /** A cell continued from the row above: empty, sometimes a space. */
  continued(): string {
    return this.noise ? BLANKS[this.n++ % 2] : '';
  }
}

function cellPerLineRow(row: Slot[], w: CellWriter): string {
  const lines: string[] = [];
  for (const s of row) {
    if (s.kind === 'cell') lines.push(`\t${w.cell(s.cell)}`);
    else if (s.kind === 'vcont') lines.push(`\t${w.continued()}`);
  }
  return lines.join('\n');
}

function tabRow(row: Slot[], w: CellWriter): string {
  return row.map((s) => (s.kind === 'cell' ? w.cell(s.cell) : '')).join('\t');
}

function writeBlocks(blocks: DocBlock[], table: (b: Extract<DocBlock, { kind: 'table' }>) => string): string {
  return `${blocks.map((b) => (b.kind === 'table' ? table(b) : b.text)).join('\n\n')}\n`;
}

/** The report as text extracted from a Word file, in one of the two table layouts of the seeds. */
export function renderText(c: ReportContent, style: TextStyle, opts: TextOptions = {}): string {
  const w = new CellWriter(opts.noise ?? false, style === 'cell-per-line');
  return writeBlocks(documentBlocks(c), (b) => {
    const grid = stackGrids(b.grids);
    return style === 'cell-per-line'
      ? grid.rows.map((r) => cellPerLineRow(r, w)).join('\n\n')
      : grid.rows.map((r) => tabRow(r, w)).join('\n');
  });
}

/**
 * The report as text scraped from a web page: each table row on one line, its cells' text
 * concatenated with no separator, so a row's numbers run together ("801000081").
 */
export function renderRunTogether(c: ReportContent): string {
  return `${documentBlocks(c)
    .map((b) =>
      b.kind === 'table'
        ? stackGrids(b.grids)
            .rows.map((row) => row.map((s) => (s.kind === 'cell' ? s.cell.text : '')).join(''))
            .join('\n')
        : b.text,
    )
    .join('\n')}\n`;
}

/**
 * A page as a website crawler archives it: a metadata header, then the whole body as one line, every
 * table row its label followed by its cells with no separator (test/fixtures/corpus/pingtan-2021-flattened.txt).
 */
export function renderFlattened(c: ReportContent): string {
  const body = renderRunTogether(c).split('\n').join('');
  return `标题: ${titleText(c)}\n发布时间: ${c.year + 1}-01-20 10:00\n原文链接: https://www.example.gov.cn/zwgk/nb/t0001.htm\n==================== 正文 ====================\n当前位置：首页 政务公开 年报 ${body} 打印 关闭\n`;
}
