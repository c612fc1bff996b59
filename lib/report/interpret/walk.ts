/**
 * Walks the blocks in order, keeping track of the section (from headings) and of which table a row
 * belongs to (from the section and from the words in the rows themselves), and collects the rows
 * that carry values, the paragraphs, and the sentences that stand in for a table.
 */
import type { Block, Cell, TableOrigin } from '../model';
import { SECTION_HEADINGS, TABLE_CUES, type TableKind } from '../glossary';
import { compact, compactEquals, compactsLongerThan, isBlank } from '../normalize';
import { labelText, type RowView, viewRows } from './rows';
import { ownString } from '../own-string';

export interface RowRecord {
  kind: TableKind | null;
  origin: TableOrigin;
  view: RowView;
  /** Which table block the row came from (its index among the document's blocks). */
  tableId: number;
  /** Label text of the row just before, when that row had words but no values (a label split over rows). */
  previousLabel: string | null;
}

export interface Paragraph {
  text: string;
  offset: number;
  section: number;
  /** The line begins with a hyperlink's text (see ParagraphBlock.link). */
  link?: boolean;
}

export interface Walk {
  rows: RowRecord[];
  paragraphs: Paragraph[];
  /** All label texts seen in tables (header cells included), for template detection. */
  tableWords: string[];
  /** Label texts of rows without values (headers), per table. */
  headerWords: Record<TableKind, string[]>;
  /** Table kinds met, with the offset where each was first seen. */
  tablesSeen: Map<TableKind, number>;
  sectionsSeen: Set<number>;
  /** Per table block, the cell index of the 自然人 header: where table 3's values start on a full grid. */
  naturalColumn: Map<number, number>;
}

export function walkBlocks(blocks: Block[]): Walk {
  const walk: Walk = {
    rows: [],
    paragraphs: [],
    tableWords: [],
    headerWords: { table2: [], table3: [], table4: [] },
    tablesSeen: new Map(),
    sectionsSeen: new Set(),
    naturalColumn: new Map(),
  };
  let section = 0;
  let kind: TableKind | null = null;

  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const block = blocks[blockIndex];
    if (block.kind === 'paragraph') {
      const heading = sectionHeading(block.text);
      if (heading) {
        section = heading.section;
        walk.sectionsSeen.add(section);
        kind = heading.table ?? null;
      } else if (block.text.length <= 40) {
        kind = tableCue(compact(block.text)) ?? kind;
      }
      walk.paragraphs.push(
        block.link
          ? { text: block.text, offset: block.span.offset, section, link: true }
          : { text: block.text, offset: block.span.offset, section },
      );
      continue;
    }
    let previousLabel: string | null = null;
    for (const row of block.rows) {
      for (const view of viewRows(row)) {
        const part = view.row;
        const { label, cue } = labelOf(view);
        if (cue) kind = cue;
        if (label) walk.tableWords.push(label);
        if (kind && !walk.tablesSeen.has(kind)) walk.tablesSeen.set(kind, part.span.offset);
        const hasValues = anyFilled(view.values);
        if (hasValues) walk.rows.push({ kind, origin: block.origin, view, tableId: blockIndex, previousLabel });
        else if (kind && label) {
          walk.headerWords[kind].push(label);
          const natural = part.cells.findIndex((c) => compactEquals(c.text, '自然人'));
          if (natural >= 0 && !walk.naturalColumn.has(blockIndex)) walk.naturalColumn.set(blockIndex, natural);
        }
        previousLabel = hasValues || !label ? null : label;
      }
    }
  }
  return walk;
}

/** Whether any of the cells holds more than white space. */
function anyFilled(cells: Cell[]): boolean {
  for (const c of cells) if (!isBlank(c.text)) return true;
  return false;
}

const NUMBERED = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\))/;

/** A heading is short, or numbered and not much longer, and never a finished sentence. */
function sectionHeading(text: string) {
  if (compactsLongerThan(text, 40)) return null;
  const t = compact(text);
  if (t.length < 2 || /[。；;]$/.test(t)) return null;
  if (t.length > (NUMBERED.test(t) ? 40 : 20)) return null;
  return SECTION_HEADINGS.find((h) => h.words.some((w) => t.includes(w))) ?? null;
}

/** The table a row's words point to, if they are distinctive; table 4 wins over table 3's 总计 etc. */
export function tableCue(text: string): TableKind | null {
  if (!text) return null;
  // Row labels are the form's words, the same in every report: each is looked up once.
  const known = cueMemo.get(text);
  if (known !== undefined) return known;
  const kind = cueOf(text);
  if (text.length <= 64) {
    if (cueMemo.size >= 20_000) cueMemo.clear();
    cueMemo.set(ownString(text), kind);
  }
  return kind;
}

const cueMemo = new Map<string, TableKind | null>();

/** A row's label text (`labelText`) and the table it points to (`tableCue`). */
interface LabelInfo {
  label: string;
  cue: TableKind | null;
}

interface LabelNode {
  next: Map<string, LabelNode> | null;
  info: LabelInfo | null;
}

const NO_LABEL: LabelInfo = { label: '', cue: null };
const labelRoot = new Map<string, LabelNode>();
let labelNodes = 0;

/**
 * `labelText` and `tableCue` of a row's label cells, kept per list of cell texts (a trie of Maps, as in
 * match.ts): the form's row labels recur in report after report, and their texts were hashed already when
 * the cells were classified, so no joined string is built, normalized and hashed again for each row.
 */
function labelOf(view: RowView): LabelInfo {
  const labels = view.labels;
  if (labels.length === 0) return NO_LABEL;
  let level = labelRoot;
  let node: LabelNode | undefined;
  for (let i = 0; i < labels.length; i++) {
    const text = labels[i].text;
    if (text.length > 64) return labelInfo(view); // long texts are seldom met twice: not kept
    if (node) level = node.next ??= new Map();
    let found = level.get(text);
    if (!found) {
      if (labelNodes >= 20_000) {
        labelRoot.clear();
        labelNodes = 0;
        return labelOf(view);
      }
      found = { next: null, info: null };
      level.set(ownString(text), found);
      labelNodes++;
    }
    node = found;
  }
  return (node!.info ??= labelInfo(view));
}

function labelInfo(view: RowView): LabelInfo {
  const label = labelText(view);
  return { label, cue: tableCue(label) };
}

function cueOf(text: string): TableKind | null {
  for (const kind of ['table4', 'table3', 'table2'] as const) {
    if (TABLE_CUES[kind].some((w) => text.includes(w))) return kind;
  }
  return null;
}

/**
 * Per table and label column, the gap between label and first value that the table's unambiguous rows
 * agree on; used to align rows with blank cells at both ends. Disagreeing rows leave no hint. The rows
 * are read when the first hint is asked for (most tables never ask).
 */
export function alignmentHints(
  rows: RowRecord[],
  kind: TableKind,
  k: (r: RowRecord) => number | null,
  gap: (r: RowRecord, k: number) => number | null,
) {
  let hints: Map<string, number | null> | null = null;
  return (r: RowRecord): number | undefined => {
    hints ??= readHints(rows, kind, k, gap);
    return hints.get(`${r.tableId}:${r.view.labelIndex}`) ?? undefined;
  };
}

function readHints(
  rows: RowRecord[],
  kind: TableKind,
  k: (r: RowRecord) => number | null,
  gap: (r: RowRecord, k: number) => number | null,
): Map<string, number | null> {
  const found = new Map<string, number | null>();
  for (const r of rows) {
    const width = r.kind === kind ? k(r) : null;
    if (!width) continue;
    const g = gap(r, width);
    if (g === null) continue;
    const key = `${r.tableId}:${r.view.labelIndex}`;
    found.set(key, found.has(key) && found.get(key) !== g ? null : g);
  }
  return found;
}
