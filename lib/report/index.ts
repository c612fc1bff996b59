/** The parser's public surface: bytes and a file name in, the parsed-report JSON out. */
export { parseDocument, parseReport } from './parse';
export { UnreadableReportError } from './errors';
export { PARSER_VERSION } from './version';
export type * from './types';
