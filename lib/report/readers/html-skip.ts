/**
 * The elements whose content the HTML reader is skipping (script, head, select...), innermost last,
 * with the browser rules that end them when the page forgets their end tag.
 */
import { HEAD_CONTENT, RAW_TEXT, SELECT_ENDERS, SKIPPED } from './html-tags';

const TABLE_END_TAGS = new Set(['td', 'th', 'tr', 'table', 'tbody', 'thead', 'tfoot']);

export class SkipStack {
  private readonly open: string[] = [];

  get active(): boolean {
    return this.open.length > 0;
  }

  /**
   * A start tag. Returns true when the tag is content to read: nothing is skipped any more (an
   * unclosed `<head>`, `<option>` or `<select>` ends here) and the tag does not start a skip itself.
   */
  onStart(name: string, selfClosing: boolean): boolean {
    const open = this.open;
    while (open.length > 0) {
      const top = open[open.length - 1];
      const ends =
        top === 'head' ? !HEAD_CONTENT.has(name) : top === 'option' || (top === 'select' && SELECT_ENDERS.has(name));
      if (!ends) break;
      open.pop();
    }
    if (SKIPPED.has(name)) {
      // `<svg/>` is empty, but `<script/>` still opens raw text up to `</script>`.
      if (!selfClosing || RAW_TEXT.has(name)) open.push(name);
      return false;
    }
    return open.length === 0;
  }

  /** An end tag. Returns true when it should also be read as content. */
  onEnd(name: string): boolean {
    const open = this.open;
    if (open.length === 0) return true;
    const at = open.lastIndexOf(name);
    if (at >= 0) {
      open.length = at;
      return false;
    }
    // An unclosed <option> ends at any tag; an unclosed <select> at the end of its cell, row or table.
    while (open[open.length - 1] === 'option') open.pop();
    if (open[open.length - 1] === 'select' && TABLE_END_TAGS.has(name)) open.pop();
    return open.length === 0;
  }
}
