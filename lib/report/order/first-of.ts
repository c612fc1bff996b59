/** Where the first of `words` stands in `text` at or after `from` and before `to`; -1 when none does. */
export function firstOf(text: string, words: readonly string[], from: number, to: number): number {
  let best = -1;
  for (const w of words) {
    const at = text.indexOf(w, from);
    if (at >= 0 && at < to && (best < 0 || at < best)) best = at;
  }
  return best;
}
