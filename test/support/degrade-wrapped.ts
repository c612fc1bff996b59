/**
 * A report as plain text from a PDF's text layer: one table row per line, cells separated by spaces (blank
 * cells leave nothing), merged group cells read into the first row of their block ("（四）无法提供
 * 1.本机关不掌握相关政府信息 22 0 0 0 0 3 25"), long labels wrapping onto the next line, labels alone on a
 * line with their numbers on the line before or after, and page footers ("— 3 —", "第 3 页 共 7 页")
 * wherever a page ended, between a label and its numbers included.
 */
import { mulberry32, randInt, type Rng } from '../../lib/synth/prng';
import { chooseRows, insertFooters, pdfLines } from './degrade-common';
import type { SourceRow, WildSource } from './wild-source';

export type WrappedDamage = 'wrapLabels' | 'labelOwnLine' | 'pageFooters' | 'wrapProse';
export const WRAPPED_DAMAGES: readonly WrappedDamage[] = ['wrapLabels', 'labelOwnLine', 'pageFooters', 'wrapProse'];

export interface WrappedOptions {
  damages?: readonly WrappedDamage[];
  seed?: number;
}

const numbers = (cells: readonly string[]) => cells.filter((c) => c !== '').join(' ');
const spaced = (...parts: string[]) => parts.filter((p) => p !== '').join(' ');

export function wrappedLabelsWithFooters(src: WildSource, opts: WrappedOptions = {}): string {
  const rng = mulberry32(opts.seed ?? 1);
  const on = new Set(opts.damages ?? WRAPPED_DAMAGES);
  const tables = {
    table2: () =>
      src.table2.flatMap((b) => [
        b.heading,
        spaced('信息内容', ...b.columns),
        ...b.rows.map((r) => spaced(r.label, numbers(r.cells))),
      ]),
    table3: () => [...src.table3.header.map((h) => h.join(' ')), ...table3Lines(src.table3.rows, on, rng)],
    table4: () => [...src.table4.header.map((h) => h.join(' ')), numbers(src.table4.cells)],
  };
  const out: string[] = [...pdfLines(src.title.join(''), on.has('wrapProse'))];
  for (const part of src.parts)
    out.push(...('prose' in part ? pdfLines(part.prose, on.has('wrapProse')) : tables[part.table]()));
  return `${(on.has('pageFooters') ? insertFooters(out, rng) : out).join('\n')}\n`;
}

function table3Lines(rows: SourceRow[], on: Set<WrappedDamage>, rng: Rng): string[] {
  // The merged cells (三、本年度办理结果, （三）不予公开 …) are read once, before the first row they span.
  const labels = rows.map((r, i) =>
    spaced(r.lead ?? '', r.group && rows[i - 1]?.group !== r.group ? r.group : '', r.label),
  );
  const long = (r: SourceRow) => labels[rows.indexOf(r)].length >= 12;
  const wrapped = on.has('wrapLabels') ? chooseRows(rng, rows, 0.35, long) : new Set<SourceRow>();
  const alone = on.has('labelOwnLine') ? chooseRows(rng, rows, 0.15, (r) => !wrapped.has(r)) : new Set<SourceRow>();

  return rows.flatMap((r, i) => {
    const label = labels[i];
    const nums = numbers(r.cells);
    if (wrapped.has(r)) {
      // The label breaks where the column ends; the numbers sit on its first or its last line.
      // Not inside or right after a list number: "1." and the word after it are narrower than any column.
      let at = Math.floor(label.length * (0.4 + 0.3 * rng()));
      while (/[\d.]/.test(label[at] ?? '') || /[\d.]/.test(label[at - 1] ?? '')) at++;
      const [head, tail] = [label.slice(0, at).trim(), label.slice(at).trim()];
      return rng() < 0.5 ? [head, spaced(tail, nums)] : [spaced(head, nums), tail];
    }
    if (alone.has(r)) return randInt(rng, 0, 1) === 0 ? [nums, label] : [label, nums];
    return [spaced(label, nums)];
  });
}
