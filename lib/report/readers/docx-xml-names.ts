/**
 * Names and entities in a DOCX's XML as mammoth sees them: a namespace URI becomes the prefix its
 * readers use (xmldom's namespaces, then mammoth's map), and text and attribute values are decoded
 * with xmldom's entity rules. Anything xmldom would reject or read otherwise raises NotPlainDocx.
 */
/** This file is not one the direct reader vouches for: mammoth reads it (or refuses it) instead. */
export class NotPlainDocx extends Error {
  constructor(why: string) {
    super(why);
    this.name = 'NotPlainDocx';
  }
}

/** mammoth's lib/docx/office-xml-reader.js: namespace URI → the prefix its readers use. */
const NAMESPACES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/picture': 'pic',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'content-types',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'relationships',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'urn:schemas-microsoft-com:office:word': 'office-word',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'wordml',
};
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** xmldom's own entity pattern (lib/sax.js): what it would try to replace. */
const ENTITY = /&#?\w+;/g;

/** The root's namespace declarations: prefix ('' for the default) → URI. */
export function declarations(attributes: [string, string][]): Map<string, string> {
  const map = new Map<string, string>([['xml', XML_NAMESPACE]]);
  for (const [n, v] of attributes) {
    if (n === 'xmlns') map.set('', decode(v));
    else if (n.startsWith('xmlns:')) map.set(n.slice(6), decode(v));
  }
  return map;
}

export function qualified(names: Map<string, string>, raw: string, isElement: boolean): string {
  const colon = raw.indexOf(':');
  const prefix = colon < 0 ? '' : raw.slice(0, colon);
  // An unprefixed attribute has no namespace; an unprefixed element has the default one, if any.
  if (colon < 0 && !isElement) return raw;
  const uri = names.get(prefix);
  if (uri === undefined) {
    if (colon < 0) return raw;
    throw new NotPlainDocx(`undeclared prefix ${prefix}`);
  }
  const local = colon < 0 ? raw : raw.slice(colon + 1);
  if (local.includes(':')) throw new NotPlainDocx('a name with two colons');
  const known = NAMESPACES[uri];
  return known ? `${known}:${local}` : `{${uri}}${local}`;
}

/** Entities as xmldom replaces them; any other `&` is left to mammoth. */
export function decode(text: string): string {
  if (!text.includes('&')) return text;
  if (/&(?!#?\w+;)/.test(text)) throw new NotPlainDocx('a bare ampersand');
  return text.replace(ENTITY, (entity) => {
    const name = entity.slice(1, -1);
    if (name.charCodeAt(0) !== 0x23) {
      if (!Object.hasOwn(ENTITIES, name)) throw new NotPlainDocx(`entity ${entity}`);
      return ENTITIES[name];
    }
    const hex = name[1] === 'x';
    const digits = name.slice(hex ? 2 : 1);
    if (!(hex ? /^[0-9a-fA-F]+$/ : /^\d+$/).test(digits)) throw new NotPlainDocx(`reference ${entity}`);
    const code = Number.parseInt(digits, hex ? 16 : 10);
    if (code < 0x20 ? code !== 9 && code !== 10 && code !== 13 : code > 0x10ffff || (code >= 0xd800 && code < 0xe000))
      throw new NotPlainDocx(`reference ${entity}`);
    return String.fromCodePoint(code);
  });
}
