/**
 * The DOCX parts beside document.xml that change its HTML, read as mammoth 1.13 reads them
 * (lib/docx/relationships-reader.js, styles-reader.js, numbering-xml.js): relationships give link
 * targets and part paths, styles give the names that make headings, numbering makes lists.
 * Plain objects keyed as mammoth keys them, so lookups and their odd cases (first style wins, the
 * last level naming a paragraph style wins) come out the same.
 */
import { childrenNamed, first, firstOrEmpty, type XmlElement } from './docx-xml';
import { NotPlainDocx } from './docx-xml-names';

export interface Relationships {
  targetById: Record<string, string | undefined>;
  targetsByType: Record<string, string[]>;
}

export function readRelationships(root: XmlElement | null): Relationships {
  const targetById: Record<string, string | undefined> = Object.create(null);
  const targetsByType: Record<string, string[]> = Object.create(null);
  for (const child of root ? root.children : []) {
    if (typeof child === 'string' || child.name !== 'relationships:Relationship') continue;
    const { Id: id, Target: target, Type: type } = child.attributes;
    targetById[id] = target;
    (targetsByType[type] ??= []).push(target);
  }
  return { targetById, targetsByType };
}

export interface Style {
  styleId: string | undefined;
  name: string | null;
}

export interface Styles {
  paragraph: Record<string, Style>;
  character: Record<string, Style>;
  numbering: Record<string, { numId: string | undefined }>;
}

export function readStyles(root: XmlElement | null): Styles {
  const styles: Styles = {
    paragraph: Object.create(null),
    character: Object.create(null),
    numbering: Object.create(null),
  };
  if (!root) return styles;
  for (const element of childrenNamed(root, 'w:style')) {
    const type = element.attributes['w:type'];
    const styleId = element.attributes['w:styleId'];
    const set =
      type === 'paragraph'
        ? styles.paragraph
        : type === 'character'
          ? styles.character
          : type === 'numbering'
            ? styles.numbering
            : null;
    // mammoth keys by the id even when it is missing ("undefined"), and keeps the first definition.
    if (!set || set[`${styleId}`] !== undefined) continue;
    if (type === 'numbering') {
      const numPr = firstOrEmpty(firstOrEmpty(element, 'w:pPr'), 'w:numPr');
      styles.numbering[`${styleId}`] = { numId: firstOrEmpty(numPr, 'w:numId').attributes['w:val'] };
    } else {
      const name = first(element, 'w:name');
      set[`${styleId}`] = { styleId, name: name ? name.attributes['w:val'] : null } as Style & { numId: undefined };
    }
  }
  return styles;
}

export interface ListLevel {
  isOrdered: boolean;
  level: string;
  paragraphStyleId: string | undefined;
}

interface AbstractNum {
  levels: Record<string, ListLevel>;
  numStyleLink: string | undefined;
}

export class Numbering {
  private readonly byParagraphStyle: Record<string, ListLevel> = Object.create(null);

  constructor(
    private readonly nums: Record<string, { abstractNumId: string | undefined }>,
    private readonly abstractNums: Record<string, AbstractNum>,
    private readonly styles: Styles,
  ) {
    for (const abstractNum of Object.values(abstractNums))
      for (const level of Object.values(abstractNum.levels))
        if (level.paragraphStyleId != null) this.byParagraphStyle[level.paragraphStyleId] = level;
  }

  findLevel(numId: string, level: string, seen: Set<string> = new Set()): ListLevel | null | undefined {
    if (seen.has(numId)) return null;
    seen.add(numId);
    const num = this.nums[numId];
    if (!num) return null;
    const abstractNum = this.abstractNums[`${num.abstractNumId}`];
    if (!abstractNum) return null;
    if (abstractNum.numStyleLink == null) return abstractNum.levels[level];
    const style = this.styles.numbering[abstractNum.numStyleLink];
    // mammoth reads style.numId of a missing style and throws: leave such a file to it.
    if (!style) throw new NotPlainDocx('a list linked to a missing numbering style');
    return this.findLevel(`${style.numId}`, level, seen);
  }

  findLevelByParagraphStyleId(styleId: string): ListLevel | null {
    return this.byParagraphStyle[styleId] ?? null;
  }
}

export function readNumbering(root: XmlElement | null, styles: Styles): Numbering {
  const abstractNums: Record<string, AbstractNum> = Object.create(null);
  const nums: Record<string, { abstractNumId: string | undefined }> = Object.create(null);
  if (root) {
    for (const element of childrenNamed(root, 'w:abstractNum'))
      abstractNums[`${element.attributes['w:abstractNumId']}`] = readAbstractNum(element);
    for (const element of childrenNamed(root, 'w:num')) {
      const abstractNumId = first(element, 'w:abstractNumId');
      if (!abstractNumId) throw new NotPlainDocx('a w:num without w:abstractNumId');
      nums[`${element.attributes['w:numId']}`] = { abstractNumId: abstractNumId.attributes['w:val'] };
    }
  }
  return new Numbering(nums, abstractNums, styles);
}

function readAbstractNum(element: XmlElement): AbstractNum {
  const levels: Record<string, ListLevel> = Object.create(null);
  let withoutIndex: ListLevel | null = null;
  for (const lvl of childrenNamed(element, 'w:lvl')) {
    const index = lvl.attributes['w:ilvl'];
    const isOrdered = firstOrEmpty(lvl, 'w:numFmt').attributes['w:val'] !== 'bullet';
    const paragraphStyleId = firstOrEmpty(lvl, 'w:pStyle').attributes['w:val'];
    if (index === undefined) withoutIndex = { isOrdered, level: '0', paragraphStyleId };
    else levels[index] = { isOrdered, level: index, paragraphStyleId };
  }
  if (withoutIndex !== null && levels[withoutIndex.level] === undefined) levels[withoutIndex.level] = withoutIndex;
  return { levels, numStyleLink: firstOrEmpty(element, 'w:numStyleLink').attributes['w:val'] };
}

/** mammoth's zipfile.joinPath then the leading "/" stripped: a relationship target as an archive path. */
export function partPath(base: string, target: string): string {
  let parts: string[] = [];
  for (const piece of [base, target].filter((p) => p)) {
    if (piece.startsWith('/')) parts = [piece];
    else parts.push(piece);
  }
  const joined = parts.join('/');
  return joined.startsWith('/') ? joined.slice(1) : joined;
}
