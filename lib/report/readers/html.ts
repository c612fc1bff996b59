/**
 * HTML reader: a report fragment or a whole web page → paragraphs and tables, with source spans.
 *
 * Built on htmlparser2's Tokenizer (raw tags, exact offsets) rather than its Parser: the Parser's
 * simplified tree building lets a stray `</span>` or `</div>` close an enclosing table and nests a
 * `<td>` inside an unclosed `<p>`, which would move text to the wrong cell. Here the table structure
 * is tracked directly: a new `<td>`/`<th>` closes the open cell, a new `<tr>` the open row, and
 * `</table>` everything in its table, while other tags only mark line breaks (block) or nothing (inline).
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
 * Entities are decoded here, with the `entities` package htmlparser2 itself uses, not by the tokenizer:
 * told to decode, the tokenizer looks at text one character at a time for `&`; told not to, it jumps
 * from `<` to `<`. Same decoder, same mode (the HTML spec's legacy rules in text, attribute rules in
 * colspan/rowspan), same offsets, so the blocks are identical, and a page reads faster (measured: ADR 0007,
 * 'Preparing a report, and the whole million again').
 */
import { DecodingMode, EntityDecoder, decodeHTMLAttribute, htmlDecodeTree } from 'entities/decode';
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { hideCrawlerHeader } from '../crawler-header';
import type { Block } from '../model';
import { Flow } from './html-flow';
import { OpenTable, parseSpanAttr } from './html-table';
import { SkipStack } from './html-skip';
import { BLOCK } from './html-tags';

const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

export function readHtml(page: string): Block[] {
  // A crawler's metadata lines above the page are not content (crawler-header.ts); offsets stay the same.
  const source = hideCrawlerHeader(page);
  const reader = new HtmlReader(source);
  const tokenizer = new Tokenizer({ decodeEntities: false }, reader);
  tokenizer.write(source);
  tokenizer.end();
  return reader.finish();
}

class HtmlReader implements TokenizerCallbacks {
  private readonly doc = new Flow(false);
  private readonly tables: OpenTable[] = [];
  private readonly skip = new SkipStack();
  private preDepth = 0;
  /** Inside <a href>: its text is a link (navigation to another page), marked on the paragraph. */
  private inLink = false;
  private anchorHasHref = false;

  // The start tag being read.
  private tagName = '';
  private tagStart = 0;
  private wantSpans = false;
  private attrName = '';
  private attrValue = '';
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
    return this.doc.items;
  }

  private table(): OpenTable | undefined {
    return this.tables[this.tables.length - 1];
  }

  private flow(): Flow {
    const table = this.table();
    return table ? table.flow() : this.doc;
  }

  // ---- text ----

  /** Text as written, `source[start, end)`: its entities become characters, the runs between them text. */
  ontext(start: number, end: number): void {
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

  /** Decodes the entity the `&` at `amp` starts, as the tokenizer would in text; false when it starts none. */
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

  /** Never called: the tokenizer leaves entities to `ontext`. */
  ontextentity(): void {}

  // ---- start tags ----

  onopentagname(start: number, end: number): void {
    this.tagName = this.source.slice(start, end).toLowerCase();
    this.tagStart = start - 1;
    this.wantSpans = this.tagName === 'td' || this.tagName === 'th';
    this.anchorHasHref = false;
    this.colSpan = 1;
    this.rowSpan = 1;
  }

  onattribname(start: number, end: number): void {
    if (this.tagName === 'a' && end - start === 4 && this.source.slice(start, end).toLowerCase() === 'href')
      this.anchorHasHref = true;
    if (!this.wantSpans) return;
    this.attrName = this.source.slice(start, end).toLowerCase();
    this.attrValue = '';
  }

  onattribdata(start: number, end: number): void {
    if (this.wantSpans) this.attrValue += this.source.slice(start, end);
  }

  /** Never called: attribute values arrive as written, decoded in onattribend. */
  onattribentity(): void {}

  onattribend(): void {
    if (!this.wantSpans) return;
    if (this.attrValue.includes('&')) this.attrValue = decodeHTMLAttribute(this.attrValue);
    if (this.attrName === 'colspan') this.colSpan = parseSpanAttr(this.attrValue, MAX_COLSPAN);
    else if (this.attrName === 'rowspan') this.rowSpan = parseSpanAttr(this.attrValue, MAX_ROWSPAN);
  }

  onopentagend(): void {
    this.openTag(this.tagName, this.tagStart, false);
  }

  onselfclosingtag(): void {
    this.openTag(this.tagName, this.tagStart, true);
  }

  private openTag(name: string, tagStart: number, selfClosing: boolean): void {
    if (!this.skip.onStart(name, selfClosing)) return;
    const table = this.table();
    switch (name) {
      case 'table':
        this.openTable(tagStart);
        return;
      case 'td':
      case 'th':
        if (table) table.openCell(tagStart, this.colSpan, this.rowSpan);
        else this.doc.lineBreak();
        return;
      case 'tr':
        if (table) table.openRow(tagStart);
        else this.doc.lineBreak();
        return;
      case 'thead':
      case 'tbody':
      case 'tfoot':
        table?.closeRow(tagStart);
        return;
      case 'pre':
      case 'listing':
        this.preDepth++;
        break;
      case 'a':
        // Links do not nest: a new <a> ends the open one, as in browsers.
        this.inLink = this.anchorHasHref && !selfClosing;
        return;
    }
    if (BLOCK.has(name)) this.flow().lineBreak();
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

  onclosetag(start: number, end: number): void {
    const name = this.source.slice(start, end).toLowerCase();
    if (!this.skip.onEnd(name)) return;
    const table = this.table();
    const tagStart = start - 2;
    switch (name) {
      case 'td':
      case 'th':
        if (table) table.closeCell();
        else this.doc.lineBreak();
        return;
      case 'tr':
        if (table) table.closeRow(this.tagEnd(end));
        else this.doc.lineBreak();
        return;
      case 'thead':
      case 'tbody':
      case 'tfoot':
        table?.closeRow(tagStart);
        return;
      case 'table':
        if (table) this.closeTable(tagStart, this.tagEnd(end));
        else this.doc.lineBreak();
        return;
      case 'pre':
      case 'listing':
        if (this.preDepth > 0) this.preDepth--;
        break;
      case 'a':
        this.inLink = false;
        return;
    }
    if (BLOCK.has(name)) this.flow().lineBreak();
  }

  /** Offset just past the `>` of an end tag whose name ends at `nameEnd` (`</tr >` allowed). */
  private tagEnd(nameEnd: number): number {
    const gt = this.source.indexOf('>', nameEnd);
    return gt === -1 ? this.source.length : gt + 1;
  }

  // ---- ignored: comments (Word's conditional comments included), CDATA, doctype, <?xml ...?> ----

  oncomment(): void {}
  oncdata(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
  onend(): void {}
}
