/**
 * One cell of the coverage matrix as it reads: the symbol beside its colour (✓ on time, +N days late, ? undated,
 * ↻ replaced, ✗ missing with reports around it, ○ missing by the list, · none), so the matrix reads without colour,
 * and its title in words. Made from the cell's state, year and days late alone, so the server (the loader, the
 * export) and the browser (the matrix rows) say it the same way; and the short code a row's cells travel in to the
 * browser ('t', '+29', 'u', …), so the page carries the data once rather than every cell's markup.
 */
import { COVERAGE_CELL_TEXT } from '../i18n/coverage-cell-text';
import { type Locale, pick } from './locale';

/** A matrix cell's state: present (on time, late, undated, replaced), missing by a rule (gap, list), or neither. */
export type CoverageCellState = 'on-time' | 'late' | 'undated' | 'replaced' | 'gap' | 'list' | 'none';

/** The symbol each state shows beside its colour; a late cell shows its days late after the '+'. */
export const CELL_SYMBOLS: Record<CoverageCellState, string> = {
  'on-time': '✓',
  late: '+',
  undated: '?',
  replaced: '↻',
  gap: '✗',
  list: '○',
  none: '·',
};

/** The symbol the cell shows: '+29' for 29 days late ('+' alone when the days are unknown), else its state's. */
export function cellSymbol(state: CoverageCellState, daysLate: number | null): string {
  return state === 'late' && daysLate !== null ? `+${daysLate}` : CELL_SYMBOLS[state];
}

/** The cell's words, its title and what a screen reader says: 2020 年：逾期 5 天 / 2020: 5 days late. */
export function cellTitle(state: CoverageCellState, year: number, daysLate: number | null, locale: Locale): string {
  const words = pick(locale, COVERAGE_CELL_TEXT).cell;
  return state === 'late' ? words.late(year, daysLate === null ? '?' : String(daysLate)) : words[state](year);
}

/** One letter per state; a late cell is '+' and its days late ('+' alone when unknown). */
const CODES: Record<Exclude<CoverageCellState, 'late'>, string> = {
  'on-time': 't',
  undated: 'u',
  replaced: 'r',
  gap: 'g',
  list: 'l',
  none: 'n',
};
const STATE_OF_CODE = new Map(Object.entries(CODES).map(([state, code]) => [code, state as CoverageCellState]));

/** A cell in its short code: 't', 'u', 'r', 'g', 'l', 'n', or '+29' / '+' for late. */
export function cellCode(state: CoverageCellState, daysLate: number | null): string {
  return state === 'late' ? `+${daysLate ?? ''}` : CODES[state];
}

/** The state and days late a short code stands for; days late only for a late cell (null when unknown). */
export function readCellCode(code: string): { state: CoverageCellState; daysLate: number | null } {
  if (code.startsWith('+')) {
    const days = code.length > 1 ? Number(code.slice(1)) : Number.NaN;
    return { state: 'late', daysLate: Number.isFinite(days) ? days : null };
  }
  const state = STATE_OF_CODE.get(code);
  if (state === undefined) throw new Error(`not a coverage cell code: "${code}"`);
  return { state, daysLate: null };
}
