/**
 * A copy of a string that keeps nothing else alive. V8 makes `source.slice(a, b)` (13 characters or more) a view
 * into `source`; a memo that keeps such a slice as a key or a value keeps the whole report's text with it. The
 * parser's memos (label matches, NFKC, cell values, table cues) hold up to 20,000 entries each and outlive the
 * report: with views they kept ~30 KB of source per report parsed, 380 MB after 20,000 reports in one thread
 * (issue 21, measured with test/output/mem, `process.memoryUsage().heapUsed` after a full GC). Only the memos'
 * misses call this.
 */
export function ownString(text: string): string {
  // Concatenation then slice: the concatenation is flattened into a new string of text's length + 1 and the
  // slice views that, not the source. Short strings are copied by V8 anyway.
  return text.length < 13 ? text : `${text} `.slice(0, -1);
}
