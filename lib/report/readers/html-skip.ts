/**
 * The elements whose content the HTML reader is skipping (script, head, select...), innermost last,
 * with the browser rules that end them when the page forgets their end tag. Tags are ids (html-tags.ts).
 */
import * as Tags from './html-tags';

// Module-local copies: tsx compiles imports into getter calls, paid on every tag otherwise.
const { HEAD, HEAD_CONTENT, OPTION, RAW_TEXT, SELECT, SELECT_ENDER, SKIPPED, TABLE_PART, TAG_CLASSES } = Tags;

export class SkipStack {
  private readonly open: number[] = [];

  get active(): boolean {
    return this.open.length > 0;
  }

  /**
   * A start tag. Returns true when the tag is content to read: nothing is skipped any more (an
   * unclosed `<head>`, `<option>` or `<select>` ends here) and the tag does not start a skip itself.
   */
  onStart(tag: number, selfClosing: boolean): boolean {
    const open = this.open;
    const classes = TAG_CLASSES[tag];
    while (open.length > 0) {
      const top = open[open.length - 1];
      const ends =
        top === HEAD
          ? (classes & HEAD_CONTENT) === 0
          : top === OPTION || (top === SELECT && (classes & SELECT_ENDER) !== 0);
      if (!ends) break;
      open.pop();
    }
    if (classes & SKIPPED) {
      // `<svg/>` is empty, but `<script/>` still opens raw text up to `</script>`.
      if (!selfClosing || classes & RAW_TEXT) open.push(tag);
      return false;
    }
    return open.length === 0;
  }

  /** An end tag. Returns true when it should also be read as content. */
  onEnd(tag: number): boolean {
    const open = this.open;
    if (open.length === 0) return true;
    // Only skipped elements are on the stack; any other tag (0 included) is not found.
    const at = open.lastIndexOf(tag);
    if (at >= 0) {
      open.length = at;
      return false;
    }
    // An unclosed <option> ends at any tag; an unclosed <select> at the end of its cell, row or table.
    while (open[open.length - 1] === OPTION) open.pop();
    if (open[open.length - 1] === SELECT && TAG_CLASSES[tag] & TABLE_PART) open.pop();
    return open.length === 0;
  }
}
