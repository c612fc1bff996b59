/**
 * A Word file read back for tests: unzipped with JSZip, its parts as XML, and the visible text of paragraphs and
 * table rows in order (entities decoded). Enough to check what a reader sees, not a DOCX reader.
 */
import { decodeXML } from 'entities';
import JSZip from 'jszip';

export interface DocxParts {
  zip: JSZip;
  document: string;
  styles: string;
  footers: string[];
  /** The pictures' bytes, by their name in word/media/. */
  media: Map<string, Buffer>;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  const text = (name: string) => zip.file(name)!.async('string');
  const footers = await Promise.all(names.filter((n) => /^word\/footer\d+\.xml$/.test(n)).map(text));
  const media = new Map<string, Buffer>();
  for (const name of names.filter((n) => n.startsWith('word/media/')))
    media.set(name, await zip.file(name)!.async('nodebuffer'));
  return { zip, document: await text('word/document.xml'), styles: await text('word/styles.xml'), footers, media };
}

/** The visible text of each paragraph of a part (or of a piece of one), in order. */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    decodeXML([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
  );
}

/** Each table of the document as rows of cell texts (the cells' paragraphs joined). */
export function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphs(c[0]).join('')),
    ),
  );
}
