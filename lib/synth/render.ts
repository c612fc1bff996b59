/**
 * Synthetic reports: render report content back into the forms the parser reads (a round-trip
 * tool for the benchmark, the tests and the synthetic-data generator), and draw random content.
 * This file only re-exports.
 */
export type { NarrativeItem, ReportContent } from './content';
export { consistencyErrors, templateForYear } from './content';
export { narrativeClause, titleText } from './document';
export { renderText, renderRunTogether, renderFlattened, type TextStyle, type TextOptions } from './render-text';
export { renderHtml, type HtmlOptions } from './render-html';
export { renderMarkdown } from './render-markdown';
export { randomContent, type RandomContentOptions } from './random';
export { mulberry32, type Rng } from './prng';
