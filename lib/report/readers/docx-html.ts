/**
 * The document model (docx-body.ts) → HTML, as mammoth 1.13 writes it with its default style map
 * (lib/document-to-html.js, lib/html/simplify.js, lib/writers/html-writer.js): headings h1–h6 from
 * Heading styles, lists ol/ul > li from numbering, strong/em/s/sup/sub, links, bookmarks as
 * <a id>, images as <img src="" />, tables with thead for header rows and colspan/rowspan.
 * Elements are built as mammoth's HTML tree (a "fresh" element never merges with its neighbour, a
 * non-fresh one merges with an equal one before it), then emptied, collapsed and written the same way,
 * so the HTML, which the report's provenance points into, is byte for byte mammoth's.
 */
import type { DocNode } from './docx-model';
import type { ListLevel } from './docx-parts';

interface Tag {
  name: string;
  /** Other names this tag merges with (mammoth's `ul|ol`). */
  alsoMatches?: string;
  attributes: Record<string, string>;
  fresh: boolean;
}
interface Element {
  tag: Tag;
  children: HtmlNode[];
}
/** A string is text; FORCE keeps an otherwise empty element (a table cell) from being dropped. */
type HtmlNode = Element | string | typeof FORCE;
const FORCE = 0;

const VOID = new Set(['br', 'hr', 'img', 'input']);
const NO_ATTRIBUTES: Record<string, string> = {};

const tag = (name: string, fresh: boolean, attributes = NO_ATTRIBUTES, alsoMatches?: string): Tag => ({
  name,
  attributes,
  fresh,
  alsoMatches,
});
const P = [tag('p', true)];
const HEADINGS = [1, 2, 3, 4, 5, 6].map((n) => [tag(`h${n}`, true)]);
const LIST_PATHS = new Map<string, Tag[]>();
/** Paragraph styles the style map sends to p before it looks at lists. */
const NOTE_STYLES = new Set(['FOOTNOTE TEXT', 'ENDNOTE TEXT', 'ANNOTATION TEXT', 'FOOTNOTE', 'ENDNOTE']);

export function documentToHtml(body: DocNode[]): string {
  const nodes = removeEmpty(convertAll(body, false));
  const out: string[] = [];
  write(collapse(nodes), out);
  return out.join('');
}

function convertAll(nodes: DocNode[], header: boolean): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const node of nodes) convert(node, header, out);
  return out;
}

function convert(node: DocNode, header: boolean, out: HtmlNode[]): void {
  switch (node.type) {
    case 'paragraph':
      out.push(wrap(paragraphPath(node), convertAll(node.children, header)));
      return;
    case 'run':
      for (const child of runElements(node, convertAll(node.children, header))) out.push(child);
      return;
    case 'text':
      out.push(node.value);
      return;
    case 'lineBreak':
      out.push({ tag: tag('br', true), children: [] });
      return;
    case 'hyperlink': {
      const attributes: Record<string, string> = { href: node.anchor ? `#${node.anchor}` : `${node.href}` };
      if (node.targetFrame != null) attributes.target = node.targetFrame;
      out.push({ tag: tag('a', false, attributes), children: convertAll(node.children, header) });
      return;
    }
    case 'bookmarkStart':
      out.push({ tag: tag('a', true, { id: `${node.name}` }), children: [FORCE] });
      return;
    case 'image':
      out.push({ tag: tag('img', true, node.altText ? { alt: node.altText, src: '' } : { src: '' }), children: [] });
      return;
    case 'table':
      out.push({ tag: tag('table', true), children: tableChildren(node.children) });
      return;
    case 'tableRow':
      out.push({ tag: tag('tr', true), children: [FORCE, ...convertAll(node.children, header)] });
      return;
    case 'tableCell': {
      const attributes: Record<string, string> = {};
      if (node.colSpan !== 1) attributes.colspan = `${node.colSpan}`;
      if (node.rowSpan !== 1) attributes.rowspan = `${node.rowSpan}`;
      out.push({
        tag: tag(header ? 'th' : 'td', true, attributes),
        children: [FORCE, ...convertAll(node.children, header)],
      });
      return;
    }
  }
}

/** Rows marked as header rows (from the first) go in thead, the rest in tbody. */
function tableChildren(rows: DocNode[]): HtmlNode[] {
  let bodyIndex = rows.findIndex((row) => !(row.type === 'tableRow' && row.isHeader));
  if (bodyIndex === -1) bodyIndex = rows.length;
  if (bodyIndex === 0) return [FORCE, ...convertAll(rows, false)];
  return [
    FORCE,
    { tag: tag('thead', true), children: convertAll(rows.slice(0, bodyIndex), true) },
    { tag: tag('tbody', true), children: convertAll(rows.slice(bodyIndex), false) },
  ];
}

/** The default style map's rules for a paragraph, in its order: headings, then lists, else p. */
function paragraphPath(p: { styleId: string | null; styleName: string | null; numbering: ListLevel | null }): Tag[] {
  const id = p.styleId;
  const name = p.styleName ? p.styleName.toUpperCase() : null;
  for (let n = 1; n <= 6; n++) if (id === `Heading${n}`) return HEADINGS[n - 1];
  for (let n = 1; n <= 6; n++) if (name === `HEADING ${n}`) return HEADINGS[n - 1];
  if (id === 'Heading' || name === 'HEADING') return HEADINGS[0];
  if (name !== null && NOTE_STYLES.has(name)) return P;
  const list = p.numbering;
  if (list) {
    // mammoth compares the level with == : "0" and " 0" are level index 0.
    const index = Number(list.level);
    if (index >= 0 && index <= 4 && Number.isInteger(index)) return listPath(index, !!list.isOrdered);
  }
  return P;
}

/** `ul|ol > li > … > ol > li:fresh` for a list item at `index` (0 to 4). */
function listPath(index: number, ordered: boolean): Tag[] {
  const key = `${index}${ordered}`;
  let path = LIST_PATHS.get(key);
  if (!path) {
    path = [];
    for (let i = 0; i < index; i++) path.push(tag('ul', false, NO_ATTRIBUTES, 'ol'), tag('li', false));
    path.push(tag(ordered ? 'ol' : 'ul', false), tag('li', true));
    LIST_PATHS.set(key, path);
  }
  return path;
}

function wrap(path: Tag[], children: HtmlNode[]): Element {
  let element: Element = { tag: path[path.length - 1], children };
  for (let i = path.length - 2; i >= 0; i--) element = { tag: path[i], children: [element] };
  return element;
}

const STRONG = tag('strong', false);
const EM = tag('em', false);
const SUP = tag('sup', false);
const SUB = tag('sub', false);
const S = tag('s', false);

/** mammoth's convertRun: s, sub, sup, em, strong from the innermost out, then a "Strong" character style. */
function runElements(run: Extract<DocNode, { type: 'run' }>, children: HtmlNode[]): HtmlNode[] {
  let nodes = children;
  const around = (t: Tag) => {
    nodes = [{ tag: t, children: nodes }];
  };
  if (run.strike) around(S);
  if (run.align === 'subscript') around(SUB);
  if (run.align === 'superscript') around(SUP);
  if (run.italic) around(EM);
  if (run.bold) around(STRONG);
  if (run.styleName && run.styleName.toUpperCase() === 'STRONG') around(STRONG);
  return nodes;
}

// ---- mammoth's lib/html/simplify.js and its simple writer ----

function removeEmpty(nodes: HtmlNode[]): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const node of nodes) {
    if (typeof node === 'string') {
      if (node.length > 0) out.push(node);
    } else if (node === FORCE) out.push(node);
    else {
      const children = removeEmpty(node.children);
      if (children.length > 0 || VOID.has(node.tag.name)) out.push({ tag: node.tag, children });
    }
  }
  return out;
}

function collapse(nodes: HtmlNode[]): HtmlNode[] {
  const children: HtmlNode[] = [];
  for (const node of nodes) {
    appendChild(children, typeof node === 'object' ? { tag: node.tag, children: collapse(node.children) } : node);
  }
  return children;
}

function appendChild(children: HtmlNode[], child: HtmlNode): void {
  const last = children[children.length - 1];
  if (typeof child === 'object' && !child.tag.fresh && typeof last === 'object' && matches(child.tag, last.tag)) {
    for (const grandChild of child.children) appendChild(last.children, grandChild);
  } else children.push(child);
}

function matches(t: Tag, other: Tag): boolean {
  if (t.name !== other.name && t.alsoMatches !== other.name) return false;
  if (t.attributes === other.attributes) return true;
  const keys = Object.keys(t.attributes);
  if (keys.length !== Object.keys(other.attributes).length) return false;
  return keys.every((k) => Object.hasOwn(other.attributes, k) && t.attributes[k] === other.attributes[k]);
}

function write(nodes: HtmlNode[], out: string[]): void {
  for (const node of nodes) {
    if (typeof node === 'string') out.push(escapeText(node));
    else if (node !== FORCE) {
      const { name, attributes } = node.tag;
      let open = `<${name}`;
      for (const key in attributes) open += ` ${key}="${escapeAttribute(attributes[key])}"`;
      if (node.children.length === 0 && VOID.has(name)) {
        out.push(`${open} />`);
        continue;
      }
      out.push(`${open}>`);
      write(node.children, out);
      out.push(`</${name}>`);
    }
  }
}

function escapeText(value: string): string {
  if (!/[&<>]/.test(value)) return value;
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
