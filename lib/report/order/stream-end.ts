/**
 * Where a stream (stream.ts) may end early: after the block in which one of `until` stands at or after the first of `after`
 * (the cues that open the table read and the next one). Every character and token up to there is as the whole
 * stream has them, so a reading of the table between the two finds what it would in the whole stream.
 */
import { firstOf } from './first-of';

export interface StreamEnd {
  after: readonly string[];
  until: readonly string[];
}

/** Watches the stream's text as blocks are added for a StreamEnd's cues, reading each stretch once (and a cue's length back). */
export class CueWatch {
  private readonly overlap: number;
  private checked = 0;
  private afterAt = -1;

  constructor(private readonly end: StreamEnd) {
    this.overlap = Math.max(...[...end.after, ...end.until].map((w) => w.length)) - 1;
  }

  reached(out: { textFrom(from: number): string }): boolean {
    const from = Math.max(0, this.checked - this.overlap);
    const tail = out.textFrom(from);
    this.checked = from + tail.length;
    if (this.afterAt < 0) {
      const at = firstOf(tail, this.end.after, 0, tail.length);
      if (at < 0) return false;
      this.afterAt = from + at;
    }
    return firstOf(tail, this.end.until, Math.max(0, this.afterAt - from), tail.length) >= 0;
  }
}
