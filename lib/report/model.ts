/**
 * The format-free document model every reader produces (text, HTML, Markdown, later DOCX/PDF).
 * Nothing downstream of a reader looks at the original bytes again, except through `SourceSpan`,
 * which points back into the decoded source string so every number can be traced and highlighted.
 */

/** A range in the decoded source string (UTF-16 code units), for provenance and highlighting. */
export interface SourceSpan {
  offset: number;
  length: number;
}

export interface Cell {
  /** Text as written, whitespace kept; readers join multi-line cells with "\n". */
  text: string;
  span: SourceSpan;
  colSpan: number;
  rowSpan: number;
}

export interface Row {
  cells: Cell[];
  span: SourceSpan;
}

/** How a table reached us; some interpretation choices (e.g. decoding run-together digits) depend on it. */
export type TableOrigin = 'cell-per-line' | 'tab-rows' | 'markdown' | 'spaced-text' | 'html' | 'pdf';

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  span: SourceSpan;
  /** The line begins with a hyperlink's text (an HTML page's navigation, a list of other reports): never the document's own title. */
  link?: boolean;
}

export interface TableBlock {
  kind: 'table';
  origin: TableOrigin;
  rows: Row[];
  span: SourceSpan;
}

export type Block = ParagraphBlock | TableBlock;

export type SourceFormat = 'text' | 'html' | 'markdown' | 'docx' | 'pdf';

/** A reader's result: the blocks plus the decoded source they point into. */
export interface ReadDocument {
  format: SourceFormat;
  source: string;
  blocks: Block[];
}
