/**
 * Table 2's 第二十条第（一）项 rows (本年制发, 本年废止, 现行有效) with one number missing, and numbers
 * standing alone above the table: a PDF converter pushes a cell of two lines ("55" over "（含自然失效 29
 * 件）") out of its table. The n-th lone number goes to the n-th row missing one, but only into the
 * column its note names: 失效/废止 → 本年废止件数, 现行有效 → 现行有效件数, 制发/新制定 → 本年制发件数.
 * A note that names no column ("其中修订 16 件") places nothing: the row stays null with its finding.
 */
import type { Table2Key } from '../types';
import { PROSE_MARK, type NumberToken, type OrderStream } from './stream';
import type { OrderNote, OrderRow } from './types';

const COLUMN_CUES: { words: RegExp; column: number }[] = [
  { words: /失效|废止/, column: 1 },
  { words: /现行有效/, column: 2 },
  { words: /制发|新制定|新出台/, column: 0 },
];

export function placeDisplacedCells(
  stream: OrderStream,
  short: { key: Table2Key; tokens: NumberToken[] }[],
  orphans: NumberToken[][],
  rows: Partial<Record<Table2Key, OrderRow>>,
  notes: OrderNote[],
): void {
  // A displaced cell is one number followed by its note in words (the cell's second line).
  const cells = orphans
    .filter((g) => g.length === 1 && g[0].value !== null)
    .map((g) => ({ token: g[0], note: noteAfter(stream, g[0]) }))
    .filter((c) => c.note !== '');
  if (short.length === 0 || cells.length !== short.length) {
    for (const row of short) notes.push(shortNote(row.key, row.tokens, ''));
    return;
  }
  short.forEach((row, i) => {
    const cell = cells[i];
    const cue = COLUMN_CUES.find((c) => c.words.test(cell.note));
    if (!cue) {
      notes.push(
        shortNote(
          row.key,
          row.tokens,
          `; the number ${cell.token.raw} standing apart with the note "${cell.note}" may be its missing cell, but the note does not say which column`,
        ),
      );
      return;
    }
    const tokens = [...row.tokens];
    tokens.splice(cue.column, 0, cell.token);
    rows[row.key] = {
      values: tokens.map((t) => t.value),
      spans: tokens.map((t) => ({ offset: t.offset, length: t.length })),
      how: 'displaced',
    };
  });
}

/** The words right after a lone number, up to the next number or the table's next label. */
function noteAfter(stream: OrderStream, token: NumberToken): string {
  const text = stream.text;
  let end = token.at + 1;
  while (end < text.length && text[end] !== '#' && end - token.at < 24) end++;
  const words = text.slice(token.at + 1, end).replace(new RegExp(PROSE_MARK, 'g'), '');
  const stop = /第二十条|信息内容|规章|规范性文件/.exec(words);
  return stop ? words.slice(0, stop.index) : words;
}

function shortNote(key: Table2Key, tokens: NumberToken[], more: string): OrderNote {
  return {
    rule: 'row.short',
    severity: 'warning',
    where: `table2.${key}`,
    message: `read in the form's order: "${tokens.map((t) => t.raw).join(' ')}" are two numbers for three columns${more}; left null`,
    offset: tokens[0].offset,
  };
}
