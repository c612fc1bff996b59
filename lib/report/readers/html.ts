/**
 * HTML reader: a report fragment or a whole web page → paragraphs and tables, with source spans.
 *
 * Tokenized by html-scan.ts (htmlparser2's Tokenizer, reproduced with jumps over markup: raw tags, exact
 * offsets) rather than a tree builder: htmlparser2's Parser lets a stray `</span>` or `</div>` close an
 * enclosing table and nests a `<td>` inside an unclosed `<p>`, which would move text to the wrong cell.
 * Here the table structure is tracked directly: a new `<td>`/`<th>` closes the open cell, a new `<tr>`
 * the open row, and `</table>` everything in its table, while other tags only mark line breaks (block)
 * or nothing (inline).
 *
 * Choices:
 * - Cell text keeps U+00A0/U+3000 as written, so a `&nbsp;`-only cell has text "\u00a0" (span on the
 *   entity); a cell with no text at all has text "" and a zero-length span at its opening tag.
 * - A table nested in a cell makes the outer table layout; so does a long prose cell (> 300 chars)
 *   in a table of at most 3 cells per row. Layout tables are emitted as their cells' paragraphs
 *   with inner tables in place.
 * - Text inside a table but outside every cell (a caption, stray text) is emitted before the table,
 *   as browsers do.
 * - Inside `<pre>` a newline ends a paragraph.
 *
 * Entities are decoded here, with the `entities` package htmlparser2 itself uses, not by the tokenizer
 * (it jumps from `<` to `<`): the HTML spec's legacy rules in text, attribute rules in colspan/rowspan.
 */
import { DecodingMode, EntityDecoder, decodeHTMLAttribute, htmlDecodeTree } from 'entities/decode';
import { hideCrawlerHeader } from '../crawler-header';
import type { Block } from '../model';
import { Flow } from './html-flow';
import { type HtmlSink, scanHtml } from './html-scan';
import { SkipStack } from './html-skip';
import { OpenTable, parseSpanAttr } from './html-table';
import * as Tags from './html-tags';

const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

// Module-local copies: tsx compiles imports into getter calls, paid on every tag otherwise.
const { A, BLOCK, LISTING, PRE, TABLE, TAG_CLASSES, TBODY, TD, TFOOT, TH, THEAD, TR } = Tags;

export function readHtml(page: string): Block[] {
  // A crawler's metadata lines above the page are not content (crawler-header.ts); offsets stay the same.
  const source = hideCrawlerHeader(page);
  const reader = new HtmlReader(source);
  scanHtml(source, reader);
  return reader.finish();
}

class HtmlReader implements HtmlSink {
  private readonly doc = new Flow(false);
  private readonly tables: OpenTable[] = [];
  private readonly skip = new SkipStack();
  private preDepth = 0;
  /** Inside <a href>: its text is a link (navigation to another page), marked on the paragraph. */
  private inLink = false;
  private anchorHasHref = false;

  // The start tag being read.
  private tag = 0;
  private tagStart = 0;
  private colSpan = 1;
  private rowSpan = 1;

  // The entity being decoded: its code point (-1 when the `&` starts none) and its length with the `&`.
  private readonly entities = new EntityDecoder(htmlDecodeTree, (code, consumed) => {
    this.entityCode = code;
    this.entityLength = consumed;
  });
  private entityCode = -1;
  private entityLength = 0;
  private nextAmpersand = -1;

  constructor(private readonly source: string) {}

  finish(): Block[] {
    const end = this.source.length;
    while (this.tables.length > 0) this.closeTable(end, end);
    this.doc.lineBreak();
    return this.doc.takeItems();
  }

  private table(): OpenTable | undefined {
    const tables = this.tables;
    // Not `tables[length - 1]` when empty: reading index -1 takes V8's slow path on every tag.
    return tables.length > 0 ? tables[tables.length - 1] : undefined;
  }

  private flow(): Flow {
    const table = this.table();
    return table ? table.flow() : this.doc;
  }

  // ---- text ----

  /** Text as written, `source[start, end)`: its entities become characters, the runs between them text. */
  text(start: number, end: number): void {
    if (this.skip.active) return;
    let section = start;
    for (let amp = this.ampersandFrom(start); amp < end; amp = this.ampersandFrom(amp + 1)) {
      if (!this.decodeEntityAt(amp)) continue;
      if (section < amp) this.textRun(section, amp);
      const entityEnd = amp + this.entityLength;
      const code = this.entityCode;
      this.flow().addChar(String.fromCodePoint(code), code, amp, entityEnd, this.inLink);
      section = entityEnd;
      amp = entityEnd - 1;
    }
    if (section < end) this.textRun(section, end);
  }

  /**
   * The first `&` at or after `from` (the page's length when none). Remembered, since text arrives in order:
   * searching afresh from every text run would scan to the next `&`, often the page's end, each time.
   */
  private ampersandFrom(from: number): number {
    if (this.nextAmpersand < from) {
      const at = this.source.indexOf('&', from);
      this.nextAmpersand = at === -1 ? this.source.length : at;
    }
    return this.nextAmpersand;
  }

  /** Decodes the entity the `&` at `amp` starts, as htmlparser2 would in text; false when it starts none. */
  private decodeEntityAt(amp: number): boolean {
    this.entityCode = -1;
    this.entities.startEntity(DecodingMode.Legacy);
    // -1: the page ended inside a possible entity (`&amp` as its last characters); end() settles it.
    if (this.entities.write(this.source, amp + 1) < 0) this.entities.end();
    return this.entityCode >= 0;
  }

  private textRun(start: number, end: number): void {
    const flow = this.flow();
    const linked = this.inLink;
    if (this.preDepth === 0) {
      flow.addSource(this.source, start, end, linked);
      return;
    }
    for (let nl = this.source.indexOf('\n', start); nl !== -1 && nl < end; nl = this.source.indexOf('\n', start)) {
      flow.addSource(this.source, start, nl, linked);
      flow.lineBreak();
      start = nl + 1;
    }
    flow.addSource(this.source, start, end, linked);
  }

  // ---- start tags ----

  startTag(tag: number, nameStart: number): boolean {
    this.tag = tag;
    this.tagStart = nameStart - 1;
    this.anchorHasHref = false;
    this.colSpan = 1;
    this.rowSpan = 1;
    return tag === TD || tag === TH || tag === A;
  }

  /** An attribute of <td>, <th> or <a>: the spans, or whether the link has an href. */
  attribute(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    if (this.tag === A) {
      if (isName(this.source, nameStart, nameEnd, 'href')) this.anchorHasHref = true;
      return;
    }
    const colSpan = isName(this.source, nameStart, nameEnd, 'colspan');
    if (!colSpan && !isName(this.source, nameStart, nameEnd, 'rowspan')) return;
    let value = this.source.slice(valueStart, valueEnd);
    if (value.includes('&')) value = decodeHTMLAttribute(value);
    if (colSpan) this.colSpan = parseSpanAttr(value, MAX_COLSPAN);
    else this.rowSpan = parseSpanAttr(value, MAX_ROWSPAN);
  }

  startTagEnd(selfClosing: boolean): void {
    const tag = this.tag;
    // Tag 0 (span, strong, font…: a third of a page's tags) joins text without a break: nothing to do.
    if (!this.skip.onStart(tag, selfClosing) || tag === 0) return;
    const table = this.table();
    switch (tag) {
      case TABLE:
        this.openTable(this.tagStart);
        return;
      case TD:
      case TH:
        if (table) table.openCell(this.tagStart, this.colSpan, this.rowSpan);
        else this.doc.lineBreak();
        return;
      case TR:
        if (table) table.openRow(this.tagStart);
        else this.doc.lineBreak();
        return;
      case THEAD:
      case TBODY:
      case TFOOT:
        table?.closeRow(this.tagStart);
        return;
      case PRE:
      case LISTING:
        this.preDepth++;
        break;
      case A:
        // Links do not nest: a new <a> ends the open one, as in browsers.
        this.inLink = this.anchorHasHref && !selfClosing;
        return;
    }
    if (TAG_CLASSES[tag] & BLOCK) this.flow().lineBreak();
  }

  private openTable(tagStart: number): void {
    let outer = this.table();
    if (outer && !outer.inCell) {
      // <table> directly inside a table (not in a cell) closes that table, as in browsers.
      this.closeTable(tagStart, tagStart);
      outer = this.table();
    }
    const parent = outer ? outer.flow() : this.doc;
    parent.lineBreak();
    this.tables.push(new OpenTable(tagStart, parent));
  }

  private closeTable(rowEnd: number, tableEnd: number): void {
    const hadRows = this.tables.pop()?.finish(rowEnd, tableEnd);
    // A table with rows inside a cell makes the enclosing table layout; an empty spacer table does not.
    const outer = this.table();
    if (hadRows && outer) outer.hasNestedTable = true;
  }

  // ---- end tags ----

  endTag(tag: number, start: number, end: number): void {
    if (!this.skip.onEnd(tag) || tag === 0) return;
    const table = this.table();
    const tagStart = start - 2;
    switch (tag) {
      case TD:
      case TH:
        if (table) table.closeCell();
        else this.doc.lineBreak();
        return;
      case TR:
        if (table) table.closeRow(this.tagEnd(end));
        else this.doc.lineBreak();
        return;
      case THEAD:
      case TBODY:
      case TFOOT:
        table?.closeRow(tagStart);
        return;
      case TABLE:
        if (table) this.closeTable(tagStart, this.tagEnd(end));
        else this.doc.lineBreak();
        return;
      case PRE:
      case LISTING:
        if (this.preDepth > 0) this.preDepth--;
        break;
      case A:
        this.inLink = false;
        return;
    }
    if (TAG_CLASSES[tag] & BLOCK) this.flow().lineBreak();
  }

  /** Offset just past the `>` of an end tag whose name ends at `nameEnd` (`</tr >` allowed). */
  private tagEnd(nameEnd: number): number {
    const gt = this.source.indexOf('>', nameEnd);
    return gt === -1 ? this.source.length : gt + 1;
  }
}

/** Whether `source[start, end)` is `name` (lower-case ASCII) in any case, as `toLowerCase() === name` tests. */
function isName(source: string, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) if ((source.charCodeAt(start + i) | 0x20) !== name.charCodeAt(i)) return false;
  return true;
}
