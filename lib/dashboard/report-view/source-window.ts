/**
 * Which part of a decoded source to show, and where the highlighted span falls in it. Long sources are cut
 * to a window around the span: a whole-page HTML report can run to megabytes, and sending all of it with
 * every click on a number would make the page slow to load and to scroll.
 */

/** Sources longer than this (UTF-16 code units, about 200 KB) are shown as a window. */
export const LONG_SOURCE = 200_000;
/** How much of a long source is shown on each side of the span. */
export const WINDOW_RADIUS = 8_000;

export interface SourcePiece {
  before: string;
  /** The highlighted text; undefined when there is no span to mark. */
  marked?: string;
  after: string;
  /** The part of the source shown, as [from, to) offsets; the whole text unless `windowed`. */
  from: number;
  to: number;
  windowed: boolean;
  /** A span was given but does not lie inside the text (a source replaced since the parse, say). */
  outOfRange: boolean;
}

export function sourceWindow(text: string, span?: { offset: number; length: number }): SourcePiece {
  const valid =
    span !== undefined &&
    Number.isInteger(span.offset) &&
    Number.isInteger(span.length) &&
    span.offset >= 0 &&
    span.length >= 0 &&
    span.offset + span.length <= text.length;
  const windowed = text.length > LONG_SOURCE;
  let from = 0;
  let to = text.length;
  if (windowed) {
    from = valid ? Math.max(0, span.offset - WINDOW_RADIUS) : 0;
    to = valid
      ? Math.min(text.length, span.offset + span.length + WINDOW_RADIUS)
      : Math.min(text.length, 2 * WINDOW_RADIUS);
    // Start and end on line breaks near the cut, so the window does not open mid-line.
    const lineStart = text.lastIndexOf('\n', from);
    if (from > 0 && lineStart >= 0 && from - lineStart < 200) from = lineStart + 1;
    const lineEnd = text.indexOf('\n', to);
    if (to < text.length && lineEnd >= 0 && lineEnd - to < 200) to = lineEnd;
  }
  if (!valid) return { before: text.slice(from, to), after: '', from, to, windowed, outOfRange: span !== undefined };
  const end = span.offset + span.length;
  return {
    before: text.slice(from, span.offset),
    marked: text.slice(span.offset, end),
    after: text.slice(end, to),
    from,
    to,
    windowed,
    outOfRange: false,
  };
}
