/**
 * document.xml before mammoth sees it: checked for a single root (else refused fast), then stripped
 * of the layout properties mammoth never turns into HTML (borders, widths, spacing, fonts, sizes,
 * revision ids). Word and LibreOffice write a dozen of them per table cell; with them gone mammoth's
 * XML parse, its slowest step, builds a third of the elements. Only self-closing property elements and
 * pure-layout containers go; text, runs, paragraphs, styles, numbering, bold/italic and the merge
 * marks (gridSpan, vMerge) all stay.
 */
const LAYOUT_EMPTY =
  /<w:(?:bidi|widowControl|suppressLineNumbers|suppressAutoHyphens|spacing|tcW|tblW|tblInd|tblLayout|tblLook|sz|szCs|kern|lang|color|snapToGrid|rFonts|shd|vAlign|noProof|proofErr|lastRenderedPageBreak|autoSpaceDE|autoSpaceDN|adjustRightInd|textAlignment|trHeight|wordWrap|overflowPunct|topLinePunct|kinsoku|position|w|cantSplit|hideMark|noWrap|tcBorders|tblBorders|tblCellMar|tcMar|pBdr)\b[^>]*\/>/g;
// An opening tag only (not self-closing), up to its own closing tag; these never nest in themselves.
const LAYOUT_BLOCK = /<w:(tcBorders|tblBorders|tblCellMar|tcMar|pBdr)\b[^>]*(?<!\/)>[\s\S]*?<\/w:\1>/g;
const REVISION_IDS = / w:rsid\w*="[^"]*"/g;
const EMPTY_PROPS = /<w:(rPr|pPr|tcPr|trPr)><\/w:\1>|<w:(rPr|pPr|tcPr|trPr)\/>/g;

export function slimDocumentXml(xml: string): string {
  return xml.replace(LAYOUT_BLOCK, '').replace(LAYOUT_EMPTY, '').replace(REVISION_IDS, '').replace(EMPTY_PROPS, '');
}

/**
 * Whether document.xml is one root element from start to end. A part cut short, or with content after
 * its root, is damaged; it is refused here because xmldom (inside mammoth) is slow to raise an error for
 * every element past a closed root before giving up (measured: docs/parser.md, 'Bad input').
 */
export function hasSingleRoot(xml: string): boolean {
  const start = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<([A-Za-z_][\w.:-]*)/.exec(xml);
  if (!start) return false;
  const close = `</${start[1]}>`;
  const end = xml.indexOf(close);
  return end >= 0 && xml.slice(end + close.length).trim() === '';
}
