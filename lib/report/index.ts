/** The parser's public surface: bytes and a file name in, the parsed-report JSON out. */
export { parseAnyDocument, parseAnyReport, type ParseOptions, type ParsedDocument } from './parse-any';
export { findOcrTools, lookupOnPath, type OcrTools, type ToolLookup } from './ocr';
export { interpretBlocks, parseDocument, parseReport, type ProseParagraph, type SourceMeta } from './parse';
export { UnreadableReportError } from './errors';
export { MAX_FILE_BYTES } from './limits';
export { PARSER_VERSION } from './version';
export type * from './types';
