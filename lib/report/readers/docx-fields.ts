/**
 * Complex fields of document.xml as mammoth 1.13 reads them (lib/docx/body-reader.js): w:fldChar begin /
 * separate / end around w:instrText. A HYPERLINK field makes the runs of its result a link; any other field
 * shows its result; a checkbox field raises NotPlainDocx (mammoth renders it).
 */
import type { XmlElement } from './docx-xml';
import { NotPlainDocx } from './docx-xml-names';

export type LinkOptions = { href?: string; anchor?: string };
type Field = { type: 'begin' } | { type: 'hyperlink'; options: LinkOptions } | { type: 'unknown' };

export class ComplexFields {
  private readonly fields: Field[] = [];
  private instr: string[] = [];

  /** A w:fldChar: a field begins, its instructions end (separate), or it ends. */
  fieldChar(element: XmlElement): void {
    const kind = element.attributes['w:fldCharType'];
    if (kind === 'begin') {
      this.fields.push({ type: 'begin' });
      this.instr = [];
    } else if (kind === 'end') {
      const field = this.fields.pop();
      if (field?.type === 'begin') this.parseInstrText();
    } else if (kind === 'separate') {
      if (this.fields.length === 0) return;
      this.fields.pop();
      this.fields.push(this.parseInstrText());
    }
  }

  /** The text of a w:instrText. */
  instrText(text: string): void {
    this.instr.push(text);
  }

  /** The link of the innermost HYPERLINK field the reader is in, if any. */
  currentLink(): LinkOptions | null {
    for (let i = this.fields.length - 1; i >= 0; i--) {
      const field = this.fields[i];
      if (field.type === 'hyperlink') return field.options;
    }
    return null;
  }

  private parseInstrText(): Field {
    const instr = this.instr.join('');
    const link = /^\s*HYPERLINK\s+(\\l\s+)?(?:"(.*)"|([^\\]\S*))/.exec(instr);
    if (link) {
      const location = link[2] === undefined ? link[3] : link[2];
      return { type: 'hyperlink', options: link[1] === undefined ? { href: location } : { anchor: location } };
    }
    if (/\s*FORMCHECKBOX\s*/.test(instr)) throw new NotPlainDocx('a checkbox field');
    return { type: 'unknown' };
  }
}
