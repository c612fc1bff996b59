/**
 * The XML parts of a DOCX as small element trees, read the way mammoth reads them (xmldom, then its
 * namespace map and `mc:AlternateContent` collapsed to its fallback), but only for XML that is plainly
 * well formed: one root, quoted attributes, the five XML entities and character references, every
 * namespace declared on the root. Anything else (comments, CDATA, a DOCTYPE, an unknown entity, a
 * namespace declared deeper, a tag that does not close, nesting past the depth limit) raises
 * `NotPlainDocx`, and the DOCX reader hands the file to mammoth, which says what is wrong exactly as
 * before. So this parser never has to reproduce xmldom's error recovery, only its result on good XML.
 */
import { MAX_DOCX_XML_DEPTH } from '../limits';
import { declarations, decode, NotPlainDocx, qualified } from './docx-xml-names';

export interface XmlElement {
  /** The name as mammoth writes it: a known namespace as its prefix (`w:p`), another as `{uri}local`. */
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const PROLOG = /^\s*(?:<\?xml\s[^<>]*\?>)?\s*/y;
const EMPTY: XmlElement = { name: '', attributes: {}, children: [] };

/**
 * Elements no reader of a part looks into (layout, fonts, section and table properties, latent styles):
 * checked like any other, but never built. Word writes a dozen per run and cell; skipping their
 * objects is most of what makes this parser fast. Only names read nowhere, in no part, belong here.
 */
const UNREAD = new Set(
  (
    'rFonts sz szCs kern lang color spacing widowControl jc ind tcW tcBorders tblBorders shd vAlign tblW tblGrid ' +
    'tblPr sectPr proofErr lastRenderedPageBreak bookmarkEnd snapToGrid adjustRightInd autoSpaceDE autoSpaceDN ' +
    'textAlignment noProof tblLayout tblLook tblInd tblCellMar tcMar hideMark trHeight cantSplit pBdr w position ' +
    'bCs iCs u caps smallCaps highlight outlineLvl keepNext keepLines contextualSpacing suppressAutoHyphens ' +
    'wordWrap overflowPunct topLinePunct kinsoku bidi suppressLineNumbers tabs latentStyles docDefaults lvlText ' +
    'lvlJc start rsids rsid'
  )
    .split(' ')
    .map((n) => `w:${n}`),
);

export function parseXml(input: string): XmlElement {
  // As mammoth (a leading BOM) and xmldom (line endings, U+0085 and U+2028 too) do before parsing.
  let xml = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (/[\r\u0085\u2028]/.test(xml)) xml = xml.replace(/\r[\n\u0085]/g, '\n').replace(/[\r\u0085\u2028]/g, '\n');
  PROLOG.lastIndex = 0;
  PROLOG.exec(xml);
  return new XmlParser(xml).parse(PROLOG.lastIndex);
}

interface Open {
  raw: string;
  /** null for an element that is checked but not built (UNREAD, or inside one). */
  element: XmlElement | null;
}

class XmlParser {
  private readonly open: Open[] = [];
  private names: Map<string, string> | null = null;
  private readonly elementNames = new Map<string, string>();
  private readonly attributeNames = new Map<string, string>();
  private readonly unbuiltKeys: string[] = [];
  private nextAmpersand = -1;
  private root: XmlElement | null = null;
  private at = 0;

  constructor(private readonly xml: string) {}

  parse(start: number): XmlElement {
    const { xml, open } = this;
    let at = start;
    while (at < xml.length) {
      const lt = xml.indexOf('<', at);
      const textEnd = lt < 0 ? xml.length : lt;
      if (textEnd > at) {
        const parent = open[open.length - 1];
        if (parent) {
          const text = decode(xml.slice(at, textEnd));
          parent.element?.children.push(text);
        } else if (xml.slice(at, textEnd).trim() !== '') throw new NotPlainDocx('text outside the root');
      }
      if (lt < 0) break;
      const next = xml.charCodeAt(lt + 1);
      if (next === SLASH) at = this.endTag(lt);
      else if (next === BANG || next === QUESTION || (this.root && open.length === 0))
        throw new NotPlainDocx('markup mammoth may read otherwise');
      else at = this.startTag(lt);
    }
    if (open.length > 0 || !this.root) throw new NotPlainDocx('the root does not close');
    if (this.root.name === 'mc:AlternateContent') throw new NotPlainDocx('an odd root');
    return this.root;
  }

  private endTag(lt: number): number {
    const { xml } = this;
    const top = this.open.pop();
    if (!top || !xml.startsWith(top.raw, lt + 2)) throw new NotPlainDocx('unmatched end tag');
    let p = lt + 2 + top.raw.length;
    while (isSpace(xml.charCodeAt(p))) p++;
    if (xml.charCodeAt(p) !== GT) throw new NotPlainDocx('unmatched end tag');
    if (top.element) close(top.element, this.open[this.open.length - 1]?.element ?? undefined);
    return p + 1;
  }

  private startTag(lt: number): number {
    const { xml, open } = this;
    if (open.length >= MAX_DOCX_XML_DEPTH) throw new NotPlainDocx('nested past the depth limit');
    const nameEnd = nameEndAt(xml, lt + 1);
    if (nameEnd === lt + 1) throw new NotPlainDocx('a tag without a name');
    const raw = xml.slice(lt + 1, nameEnd);
    let element: XmlElement | null;
    let selfClosing: boolean;
    if (open.length === 0) {
      // The root's namespace declarations name the root itself, so its attributes are read first.
      const declared: [string, string][] = [];
      selfClosing = this.attributes(nameEnd, null, declared);
      this.names = declarations(declared);
      element = { name: this.qualified(raw, this.elementNames, true), attributes: {}, children: [] };
      for (const [n, v] of declared) if (!isDeclaration(n)) this.setAttribute(element.attributes, n, v);
      this.root = element;
    } else {
      const parent = open[open.length - 1].element;
      const name = this.qualified(raw, this.elementNames, true);
      // Inside w:t any element counts (mammoth refuses a text element with markup), so none is skipped there.
      const built = parent && (!UNREAD.has(name) || parent.name === 'w:t' || parent.name === 'w:instrText');
      element = built ? { name, attributes: {}, children: [] } : null;
      selfClosing = this.attributes(nameEnd, element, null);
      if (selfClosing && element && parent) close(element, parent);
    }
    if (!selfClosing) open.push({ raw, element });
    return this.at;
  }

  /**
   * The attributes from `p` to the tag's end: set on `element`, or only checked when it is not built
   * (names declared, none twice, entities known), or collected raw into `raw` (the root's).
   * Returns whether the tag closes itself.
   */
  private attributes(p: number, element: XmlElement | null, raw: [string, string][] | null): boolean {
    const { xml } = this;
    let count = 0;
    for (;;) {
      let spaced = false;
      while (isSpace(xml.charCodeAt(p))) {
        p++;
        spaced = true;
      }
      const c = xml.charCodeAt(p);
      if (c === GT) {
        this.at = p + 1;
        return false;
      }
      if (c === SLASH) {
        if (xml.charCodeAt(p + 1) !== GT) throw new NotPlainDocx('a broken tag');
        this.at = p + 2;
        return true;
      }
      const nameEnd = nameEndAt(xml, p);
      // xmldom wants a space before each attribute, and name="value" with nothing around the "=".
      if (!spaced || nameEnd === p || xml.charCodeAt(nameEnd) !== EQUALS) throw new NotPlainDocx('a broken attribute');
      const quote = xml.charCodeAt(nameEnd + 1);
      if (quote !== QUOTE && quote !== APOSTROPHE) throw new NotPlainDocx('an unquoted attribute');
      const start = nameEnd + 2;
      const end = xml.indexOf(quote === QUOTE ? '"' : "'", start);
      if (end < 0) throw new NotPlainDocx('an attribute that does not end');
      const lt = xml.indexOf('<', start);
      if (lt >= 0 && lt < end) throw new NotPlainDocx('"<" in an attribute');
      const name = xml.slice(p, nameEnd);
      p = end + 1;
      if (raw) {
        raw.push([name, normalized(xml.slice(start, end))]);
      } else if (element) {
        if (isDeclaration(name)) throw new NotPlainDocx('a namespace declared below the root');
        this.setAttribute(element.attributes, name, normalized(xml.slice(start, end)));
      } else {
        // Not built, still checked as xmldom checks it (undeclared prefixes it lets pass): no attribute
        // twice, every entity known.
        if (this.ampersandFrom(start) < end) decode(xml.slice(start, end));
        if (count > 0 && this.unbuiltKeys.lastIndexOf(name, count - 1) >= 0)
          throw new NotPlainDocx('an attribute given twice');
        this.unbuiltKeys[count++] = name;
      }
    }
  }

  private setAttribute(attributes: Record<string, string>, raw: string, value: string): void {
    const key = this.qualified(raw, this.attributeNames, false);
    if (key in attributes) throw new NotPlainDocx('an attribute given twice');
    attributes[key] = decode(value);
  }

  /** The first `&` at or after `from`, remembered: attributes come in order, and most hold none. */
  private ampersandFrom(from: number): number {
    if (this.nextAmpersand < from) {
      const at = this.xml.indexOf('&', from);
      this.nextAmpersand = at < 0 ? this.xml.length : at;
    }
    return this.nextAmpersand;
  }

  private qualified(raw: string, cache: Map<string, string>, isElement: boolean): string {
    let name = cache.get(raw);
    if (name === undefined) {
      name = qualified(this.names ?? new Map(), raw, isElement);
      cache.set(raw, name);
    }
    return name;
  }
}

function isDeclaration(name: string): boolean {
  return name.startsWith('xmlns') && (name.length === 5 || name.charCodeAt(5) === 0x3a);
}

/** xmldom turns tabs and newlines in an attribute value into spaces (before entities are replaced). */
function normalized(value: string): string {
  return value.includes('\t') || value.includes('\n') ? value.replace(/[\t\n]/g, ' ') : value;
}

const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const GT = 0x3e;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** Where a name starting at `p` ends: letters, digits, "_", ":", ".", "-" (a first digit or "-" makes none). */
function nameEndAt(xml: string, p: number): number {
  const c0 = xml.charCodeAt(p);
  if (!((c0 >= 0x41 && c0 <= 0x5a) || (c0 >= 0x61 && c0 <= 0x7a) || c0 === 0x5f)) return p;
  let i = p + 1;
  for (; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (
      !(
        (c >= 0x61 && c <= 0x7a) ||
        (c >= 0x41 && c <= 0x5a) ||
        (c >= 0x30 && c <= 0x3a) ||
        c === 0x5f ||
        c === 0x2e ||
        c === 0x2d
      )
    )
      break;
  }
  return i;
}

/** A closed element joins its parent; `mc:AlternateContent` is replaced by its first fallback's children. */
function close(element: XmlElement, parent: XmlElement | undefined): void {
  if (!parent) return;
  if (element.name !== 'mc:AlternateContent') {
    parent.children.push(element);
    return;
  }
  const fallback = first(element, 'mc:Fallback');
  if (fallback) parent.children.push(...fallback.children);
}

/** mammoth's Element.first: the first child element of that name. */
export function first(element: XmlElement, name: string): XmlElement | undefined {
  for (const child of element.children) if (typeof child !== 'string' && child.name === name) return child;
  return undefined;
}

/** mammoth's Element.firstOrEmpty. */
export function firstOrEmpty(element: XmlElement, name: string): XmlElement {
  return first(element, name) ?? EMPTY;
}

/** mammoth's Element.getElementsByTagName: the child elements of that name (children only, not deeper). */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of element.children) if (typeof child !== 'string' && child.name === name) out.push(child);
  return out;
}

/** mammoth's Element.text: a lone text child, "" for none; anything else makes mammoth throw. */
export function textOf(element: XmlElement): string {
  if (element.children.length === 0) return '';
  const only = element.children[0];
  if (element.children.length !== 1 || typeof only !== 'string') throw new NotPlainDocx('a text element with markup');
  return only;
}
