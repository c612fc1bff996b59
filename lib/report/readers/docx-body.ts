/**
 * document.xml's body → the document model mammoth 1.13 builds from it (lib/docx/body-reader.js),
 * reduced to what reaches its HTML: paragraphs with their heading or list, runs with bold, italic,
 * strike-through, super/subscript and character style, text, tabs, line breaks, links (w:hyperlink
 * and HYPERLINK fields), bookmarks, images (never unpacked) and tables with gridSpan → colSpan and
 * vMerge → rowSpan, computed as mammoth does (no merging when a table holds anything but rows).
 * Text boxes (w:pict) follow their paragraph; deleted runs (w:del) are dropped and the runs of a
 * deleted paragraph mark join the next paragraph; elements mammoth does not know are skipped whole.
 * What mammoth renders in ways not reproduced here (footnotes, checkboxes, symbols) raises
 * NotPlainDocx, and mammoth itself reads that file.
 */
import { computeRowSpans, type DocNode } from './docx-model';
import type { ListLevel, Numbering, Relationships, Styles } from './docx-parts';
import { childrenNamed, first, firstOrEmpty, textOf, type XmlElement, type XmlNode } from './docx-xml';
import { NotPlainDocx } from './docx-xml-names';
import { ComplexFields } from './docx-fields';

/** Elements mammoth reads as their children (w:pict's go after the paragraph instead). */
const TRANSPARENT = new Set([
  'w:customXml',
  'w:ins',
  'w:moveFromRangeEnd',
  'w:moveFromRangeStart',
  'w:moveTo',
  'w:moveToRangeEnd',
  'w:moveToRangeStart',
  'w:object',
  'w:smartTag',
  'w:drawing',
  'v:roundrect',
  'v:shape',
  'v:textbox',
  'w:txbxContent',
  'v:group',
  'v:rect',
]);

export class BodyReader {
  private readonly fields = new ComplexFields();
  private deletedParagraphContents: XmlNode[] = [];

  constructor(
    private readonly relationships: Relationships,
    private readonly styles: Styles,
    private readonly numbering: Numbering,
  ) {}

  /** The children's model nodes into `out`; text boxes found outside a paragraph into `extra`. */
  readAll(nodes: XmlNode[], out: DocNode[], extra: DocNode[]): void {
    for (const node of nodes) if (typeof node !== 'string') this.read(node, out, extra);
  }

  private read(element: XmlElement, out: DocNode[], extra: DocNode[]): void {
    const name = element.name;
    switch (name) {
      case 'w:p':
        this.paragraph(element, out);
        return;
      case 'w:r':
        this.run(element, out, extra);
        return;
      case 'w:t':
        out.push({ type: 'text', value: textOf(element) });
        return;
      case 'w:tab':
        out.push({ type: 'text', value: '\t' });
        return;
      case 'w:noBreakHyphen':
        out.push({ type: 'text', value: '\u2011' });
        return;
      case 'w:softHyphen':
        out.push({ type: 'text', value: '\u00AD' });
        return;
      case 'w:br': {
        // Page and column breaks become nothing in mammoth's HTML; unknown types are dropped.
        const kind = element.attributes['w:type'];
        if (kind == null || kind === 'textWrapping') out.push({ type: 'lineBreak' });
        return;
      }
      case 'w:fldChar':
        this.fields.fieldChar(element);
        return;
      case 'w:instrText':
        this.fields.instrText(textOf(element));
        return;
      case 'w:hyperlink':
        this.hyperlink(element, out, extra);
        return;
      case 'w:bookmarkStart': {
        const bookmark = element.attributes['w:name'];
        if (bookmark !== '_GoBack') out.push({ type: 'bookmarkStart', name: bookmark });
        return;
      }
      case 'w:sdt':
        if (first(firstOrEmpty(element, 'w:sdtPr'), 'wordml:checkbox')) throw new NotPlainDocx('a checkbox');
        this.readAll(firstOrEmpty(element, 'w:sdtContent').children, out, extra);
        return;
      case 'w:pict':
        this.textBox(element, extra);
        return;
      case 'w:tbl':
        this.table(element, out, extra);
        return;
      case 'w:tr':
        this.row(element, out, extra);
        return;
      case 'w:tc':
        this.cell(element, out, extra);
        return;
      case 'wp:inline':
      case 'wp:anchor':
        this.drawing(element, out);
        return;
      case 'v:imagedata':
        this.imageData(element, out);
        return;
      case 'w:sym':
      case 'w:footnoteReference':
      case 'w:endnoteReference':
        throw new NotPlainDocx(`${name}, which mammoth renders itself`);
      default:
        // A comment reference renders as nothing; every other element mammoth skips whole or ignores.
        if (TRANSPARENT.has(name)) this.readAll(element.children, out, extra);
    }
  }

  /** mammoth's toExtra: a text box's paragraphs follow the paragraph that holds it. */
  private textBox(element: XmlElement, extra: DocNode[]): void {
    const values: DocNode[] = [];
    const own: DocNode[] = [];
    this.readAll(element.children, values, own);
    for (const node of own) extra.push(node);
    for (const node of values) extra.push(node);
  }

  private paragraph(element: XmlElement, out: DocNode[]): void {
    const properties = firstOrEmpty(element, 'w:pPr');
    if (first(firstOrEmpty(properties, 'w:rPr'), 'w:del')) {
      this.deletedParagraphContents.push(...element.children);
      return;
    }
    let childrenXml = element.children;
    if (this.deletedParagraphContents.length > 0) {
      childrenXml = this.deletedParagraphContents.concat(childrenXml);
      this.deletedParagraphContents = [];
    }
    const style = firstOrEmpty(properties, 'w:pStyle').attributes['w:val'] ?? null;
    const styleName = this.styleName(style, this.styles.paragraph);
    const numbering = this.listLevel(style, firstOrEmpty(properties, 'w:numPr'));
    const children: DocNode[] = [];
    const extra: DocNode[] = [];
    this.readAll(childrenXml, children, extra);
    out.push({ type: 'paragraph', children, styleId: style, styleName, numbering });
    for (const node of extra) out.push(node);
  }

  private styleName(styleId: string | null, set: Record<string, { name: string | null }>): string | null {
    if (!styleId) return null;
    return set[styleId]?.name ?? null;
  }

  /** mammoth's readNumberingProperties. */
  private listLevel(styleId: string | null, numPr: XmlElement): ListLevel | null {
    const level = firstOrEmpty(numPr, 'w:ilvl').attributes['w:val'];
    const numId = firstOrEmpty(numPr, 'w:numId').attributes['w:val'];
    if (level !== undefined && numId !== undefined) return this.numbering.findLevel(numId, level) ?? null;
    if (styleId != null) {
      const byStyle = this.numbering.findLevelByParagraphStyleId(styleId);
      if (byStyle != null) return byStyle;
    }
    if (numId !== undefined) return this.numbering.findLevel(numId, '0') ?? null;
    return null;
  }

  private run(element: XmlElement, out: DocNode[], extra: DocNode[]): void {
    const properties = firstOrEmpty(element, 'w:rPr');
    const style = firstOrEmpty(properties, 'w:rStyle').attributes['w:val'] ?? null;
    let children: DocNode[] = [];
    this.readAll(element.children, children, extra);
    const link = this.fields.currentLink();
    if (link !== null) children = [{ type: 'hyperlink', children, ...link }];
    out.push({
      type: 'run',
      children,
      bold: isOn(first(properties, 'w:b')),
      italic: isOn(first(properties, 'w:i')),
      strike: isOn(first(properties, 'w:strike')),
      align: firstOrEmpty(properties, 'w:vertAlign').attributes['w:val'],
      styleName: this.styleName(style, this.styles.character),
    });
  }

  private hyperlink(element: XmlElement, out: DocNode[], extra: DocNode[]): void {
    const relationshipId = element.attributes['r:id'];
    const anchor = element.attributes['w:anchor'];
    const children: DocNode[] = [];
    this.readAll(element.children, children, extra);
    const targetFrame = element.attributes['w:tgtFrame'] || null;
    if (relationshipId) {
      let href = this.relationships.targetById[relationshipId];
      if (href === undefined) throw new NotPlainDocx('a link to a missing relationship');
      if (anchor) href = `${href.includes('#') ? href.slice(0, href.indexOf('#')) : href}#${anchor}`;
      out.push({ type: 'hyperlink', children, href, targetFrame });
    } else if (anchor) out.push({ type: 'hyperlink', children, anchor, targetFrame });
    else for (const child of children) out.push(child);
  }

  // ---- tables ----

  private table(element: XmlElement, out: DocNode[], extra: DocNode[]): void {
    const rows: DocNode[] = [];
    this.readAll(element.children, rows, extra);
    computeRowSpans(rows);
    out.push({ type: 'table', children: rows });
  }

  private row(element: XmlElement, out: DocNode[], extra: DocNode[]): void {
    const properties = firstOrEmpty(element, 'w:trPr');
    if (first(properties, 'w:del')) return;
    const children: DocNode[] = [];
    this.readAll(element.children, children, extra);
    out.push({ type: 'tableRow', children, isHeader: !!first(properties, 'w:tblHeader') });
  }

  private cell(element: XmlElement, out: DocNode[], extra: DocNode[]): void {
    const children: DocNode[] = [];
    this.readAll(element.children, children, extra);
    const properties = firstOrEmpty(element, 'w:tcPr');
    const gridSpan = firstOrEmpty(properties, 'w:gridSpan').attributes['w:val'];
    const vMerge = first(properties, 'w:vMerge');
    const value = vMerge?.attributes['w:val'];
    out.push({
      type: 'tableCell',
      children,
      colSpan: gridSpan ? Number.parseInt(gridSpan, 10) : 1,
      rowSpan: 1,
      vMerge: vMerge ? value === 'continue' || !value : null,
    });
  }

  // ---- images: only their alternative text reaches the HTML ----

  private drawing(element: XmlElement, out: DocNode[]): void {
    let level = [element];
    for (const name of ['a:graphic', 'a:graphicData', 'pic:pic', 'pic:blipFill', 'a:blip'])
      level = level.flatMap((e) => childrenNamed(e, name));
    const docPr = firstOrEmpty(element, 'wp:docPr');
    for (const blip of level) {
      const embed = blip.attributes['r:embed'];
      const link = blip.attributes['r:link'];
      if (!embed && !link) continue;
      if (embed && this.relationships.targetById[embed] === undefined)
        throw new NotPlainDocx('an image with a missing relationship');
      const { descr, title } = docPr.attributes;
      const image: DocNode = { type: 'image', altText: descr == null || /^\s*$/.test(descr) ? title : descr };
      const clickId = firstOrEmpty(docPr, 'a:hlinkClick').attributes['r:id'];
      if (!clickId) {
        out.push(image);
        continue;
      }
      const href = this.relationships.targetById[clickId];
      if (href === undefined) throw new NotPlainDocx('an image link to a missing relationship');
      out.push({ type: 'hyperlink', children: [image], href });
    }
  }

  private imageData(element: XmlElement, out: DocNode[]): void {
    const relationshipId = element.attributes['r:id'];
    if (!relationshipId) return;
    if (this.relationships.targetById[relationshipId] === undefined)
      throw new NotPlainDocx('an image with a missing relationship');
    out.push({ type: 'image', altText: element.attributes['o:title'] });
  }
}

/** mammoth's readBooleanElement. */
function isOn(element: XmlElement | undefined): boolean {
  if (!element) return false;
  const value = element.attributes['w:val'];
  return value !== 'false' && value !== '0';
}
