/**
 * Text accumulation for the HTML reader: a Flow gathers the text of one container (the document,
 * a table cell, or the stray text of a table) and cuts it into lines at block boundaries.
 * Each line becomes a ParagraphBlock whose span runs from its first to its last non-whitespace
 * source character, so a line that starts with `&nbsp;` starts at the `&`.
 */
import type { Block, ParagraphBlock } from '../model';

/** HTML's ASCII whitespace. U+00A0 and U+3000 are deliberately text here: downstream normalizes them. */
export function isAsciiSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
}

/** Only the whitespace that actually changes when collapsed: runs of 2+, or a single non-space. */
const COLLAPSIBLE = /[\t\n\f\r ]{2,}|[\t\n\f\r]/g;
/** Lines made only of whitespace of any kind (nbsp, U+3000, zero-width space included). */
const BLANK = /^[\s\u200b]*$/;

/** Whether COLLAPSIBLE matches: most lines have no such whitespace, and a loop tells sooner than the replace call. */
function hasCollapsible(text: string): boolean {
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (space) return true;
      space = true;
    } else if (c === 10 || c === 9 || c === 13 || c === 12) return true;
    else space = false;
  }
  return false;
}

export function isBlank(text: string): boolean {
  return BLANK.test(text);
}

/** The items of a flow that has none yet: most cells get one line, so no array is made before it. */
const NO_ITEMS: readonly Block[] = Object.freeze([]);

export class Flow {
  /** Finished lines (as paragraphs) and nested blocks, in source order (NO_ITEMS until the first). */
  items: readonly Block[] = NO_ITEMS;
  /** The open line's text as written so far (one string built by `+=`: no array per line to join). */
  private text = '';
  /** Source offset of the first non-whitespace character of the open line, or -1. */
  private first = -1;
  /** Source offset just past the last non-whitespace character of the open line. */
  private last = -1;
  /** Whether the open line begins with a hyperlink's text. */
  private startsLinked = false;

  /**
   * `keepBlank`: keep nbsp-only lines (cells keep them as written; the document drops them). A table
   * cell's flow also keeps where its tag starts and its spans (one object per cell rather than two).
   */
  constructor(
    private readonly keepBlank: boolean,
    readonly tagStart = -1,
    readonly colSpan = 1,
    readonly rowSpan = 1,
  ) {}

  /** Appends literal source text `source[start, end)`; `linked` when it is a hyperlink's text. */
  addSource(source: string, start: number, end: number, linked = false): void {
    let from = start;
    if (this.first < 0) {
      while (from < end && isAsciiSpace(source.charCodeAt(from))) from++;
      if (from === end) return; // leading whitespace of a line is dropped anyway
      this.first = from;
      this.startsLinked = linked;
    }
    this.text += source.slice(from, end);
    let to = end;
    while (to > from && isAsciiSpace(source.charCodeAt(to - 1))) to--;
    if (to > from) this.last = to;
  }

  /** Appends one decoded character (from an entity) that stands for `source[start, end)`. */
  addChar(ch: string, code: number, start: number, end: number, linked = false): void {
    if (isAsciiSpace(code)) {
      if (this.first >= 0) this.text += ' ';
      return;
    }
    if (this.first < 0) {
      this.first = start;
      this.startsLinked = linked;
    }
    this.text += ch;
    this.last = end;
  }

  /** Ends the open line (a block boundary). */
  lineBreak(): void {
    if (this.first < 0) return; // nothing is added before the line's first non-space character
    const joined = this.text;
    let text = hasCollapsible(joined) ? joined.replace(COLLAPSIBLE, ' ') : joined;
    // The line starts on a non-space character; collapsing leaves at most one trailing space.
    if (text.charCodeAt(text.length - 1) === 32) text = text.slice(0, -1);
    const line: ParagraphBlock = {
      kind: 'paragraph',
      text,
      span: { offset: this.first, length: this.last - this.first },
    };
    if (this.startsLinked) line.link = true;
    this.text = '';
    this.first = -1;
    this.last = -1;
    this.startsLinked = false;
    this.add(line);
  }

  /** Appends a finished block (a table, or a paragraph lifted out of a layout table). */
  add(block: Block): void {
    if (block.kind === 'paragraph') {
      if (!this.keepBlank && isBlank(block.text)) return;
    } else {
      this.lineBreak();
    }
    if (this.items === NO_ITEMS) this.items = [block];
    else (this.items as Block[]).push(block);
  }

  /** The items as an array the caller owns (the document's blocks). */
  takeItems(): Block[] {
    return this.items === NO_ITEMS ? [] : (this.items as Block[]);
  }
}
