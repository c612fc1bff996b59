/**
 * A global regex's matches in one text, found only as far as a reader has got: `upTo(pos)` holds every match
 * that starts before `pos` (and at most one after), in order, the list only ever growing.
 *
 * Why: the prose scan (narrative.ts) looks only backwards from each number, and a crawler page is one
 * paragraph whose last prose number stands at about a fifth of it (3,000 generated crawler pages: 21 % on
 * average); matching four keyword lists over the whole page was ~6 % of parsing one.
 */
export interface Span {
  start: number;
  end: number;
}

export class MatchesUpTo<T extends Span> {
  readonly list: T[] = [];
  private next = 0;
  private done = false;

  constructor(
    private readonly re: RegExp,
    private readonly text: string,
    private readonly make: (m: RegExpExecArray) => T,
  ) {}

  upTo(pos: number): T[] {
    const list = this.list;
    while (!this.done && (list.length === 0 || list[list.length - 1].start < pos)) {
      this.re.lastIndex = this.next;
      const m = this.re.exec(this.text);
      if (!m) this.done = true;
      else {
        this.next = this.re.lastIndex;
        list.push(this.make(m));
      }
    }
    return list;
  }
}

/** A match as a span. */
export const spanOf = (m: RegExpExecArray): Span => ({ start: m.index, end: m.index + m[0].length });
