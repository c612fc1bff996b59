/** Helpers the three degradations share (degrade.ts, degrade-markdown.ts, degrade-wrapped.ts). */
import { pick, randInt, type Rng } from '../../lib/synth/prng';

/** Hard line breaks every `width` characters, as PDF text extraction leaves a paragraph. */
export function hardWrap(text: string, width = 30): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += width) out.push(text.slice(i, i + width));
  return out.length ? out : [''];
}

/** A page footer as converters leave it between lines: "— 3 —" or "第 3 页 共 7 页" (one style per document). */
export function footerStyle(rng: Rng): (page: number) => string {
  const pages = randInt(rng, 6, 9);
  return rng() < 0.5 ? (n) => `— ${n} —` : (n) => `第 ${n} 页 共 ${pages} 页`;
}

/** Rows to damage: each with probability `p`, and at least one, so every variant shows its damage. */
export function chooseRows<T>(
  rng: Rng,
  rows: readonly T[],
  p: number,
  eligible: (r: T) => boolean = () => true,
): Set<T> {
  const pool = rows.filter(eligible);
  const chosen = new Set(pool.filter(() => rng() < p));
  if (chosen.size === 0 && pool.length > 0) chosen.add(pick(rng, pool));
  return chosen;
}

/** Page footers between lines, a page's worth apart (12–30 lines here, so tables get some too). */
export function insertFooters(lines: readonly string[], rng: Rng): string[] {
  const footer = footerStyle(rng);
  const out: string[] = [];
  let next = randInt(rng, 12, 30);
  let page = 1;
  lines.forEach((line, i) => {
    out.push(line);
    // Not between a Markdown row and its |---| line: a converter keeps those together.
    if (i + 1 >= next && i < lines.length - 1 && !lines[i + 1].startsWith('|---')) {
      out.push(footer(page++));
      next += randInt(rng, 12, 30);
    }
  });
  return out;
}

/** The prose and title as a PDF's text layer gives them: paragraphs broken every 30 characters. */
export function pdfLines(text: string, wrap: boolean): string[] {
  return wrap ? hardWrap(text) : [text];
}
