/**
 * A DOCX → mammoth's HTML without mammoth: the parts mammoth reads, in its order and found the way
 * it finds them (package relationships, then the document's), each parsed by docx-xml.ts, the body
 * read into mammoth's document model (docx-body.ts) and written as mammoth writes it (docx-html.ts).
 * mammoth parses its default style map and builds an xmldom tree and a document model with results
 * and warnings for every element; this reads each part once, about ten times faster (docs/parser.md, DOCX).
 *
 * Every part mammoth would parse is parsed here too (content types, relationships, styles, numbering,
 * notes, comments), so a file it would refuse for a broken part is never accepted here: such a file,
 * and any feature not reproduced, raises NotPlainDocx and the caller runs mammoth instead.
 */
import { BodyReader } from './docx-body';
import { documentToHtml } from './docx-html';
import { partPath, readNumbering, readRelationships, readStyles, type Relationships } from './docx-parts';
import { hasSingleRoot } from './docx-slim';
import { childrenNamed, first, parseXml, type XmlElement } from './docx-xml';
import { NotPlainDocx } from './docx-xml-names';

/** The archive's parts, already inflated under the reader's caps. */
export interface DocxParts {
  exists(name: string): boolean;
  /** The part decoded as UTF-8, as mammoth receives it. */
  text(name: string): string;
}

const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const MAIN_DOCUMENT = 'word/document.xml';
const NOTE_PARTS = [
  ['footnotes', 'w:footnote'],
  ['endnotes', 'w:endnote'],
  ['comments', 'w:comment'],
] as const;

export function docxToHtml(parts: DocxParts): string {
  if (parts.exists('mammoth/style-map')) throw new NotPlainDocx('an embedded mammoth style map');
  const read = (name: string): XmlElement | null => (parts.exists(name) ? parseXml(parts.text(name)) : null);
  read('[Content_Types].xml');
  const main = findPart(
    parts,
    readRelationships(read('_rels/.rels')),
    `${RELATIONSHIP}officeDocument`,
    '',
    MAIN_DOCUMENT,
  );
  // Only the main part at its usual place: the reader's checks and messages name word/document.xml.
  if (main !== MAIN_DOCUMENT) throw new NotPlainDocx(`a main document at ${main}`);
  const relationships = readRelationships(read(relationshipsPath(MAIN_DOCUMENT)));
  const related = (name: string) => findPart(parts, relationships, RELATIONSHIP + name, 'word', `word/${name}.xml`);
  const styles = readStyles(read(related('styles')));
  const numbering = readNumbering(read(related('numbering')), styles);
  for (const [part, element] of NOTE_PARTS) {
    const path = related(part);
    const own = readRelationships(read(relationshipsPath(path)));
    const notes = read(path);
    if (!notes) continue;
    // Notes reach the HTML only where referenced, and a reference sends the file to mammoth; their text
    // is still read here, so that what mammoth would refuse in it is not accepted.
    for (const note of childrenNamed(notes, element)) {
      const type = note.attributes['w:type'];
      if (type !== 'separator' && type !== 'continuationSeparator')
        new BodyReader(own, styles, numbering).readAll(note.children, [], []);
    }
  }
  const text = parts.text(MAIN_DOCUMENT);
  // The mammoth path's own check, which also refuses a root element repeated inside itself.
  if (!hasSingleRoot(text)) throw new NotPlainDocx('not a single root');
  const root = parseXml(text);
  const body = first(root, 'w:body');
  if (!body) throw new NotPlainDocx('no w:body');
  const blocks: Parameters<typeof documentToHtml>[0] = [];
  new BodyReader(relationships, styles, numbering).readAll(body.children, blocks, []);
  return documentToHtml(blocks);
}

/** mammoth's findPartPath: the first target of that type that exists, else the usual place. */
function findPart(parts: DocxParts, rels: Relationships, type: string, base: string, fallback: string): string {
  for (const target of rels.targetsByType[type] ?? []) {
    const path = partPath(base, target);
    if (parts.exists(path)) return path;
  }
  return fallback;
}

function relationshipsPath(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? `_rels/${path}.rels` : `${path.slice(0, slash)}/_rels/${path.slice(slash + 1)}.rels`;
}
