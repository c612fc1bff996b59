/**
 * Table 3 read by the form's order and arithmetic: anchors for the row labels, the numbers between
 * them given to the rows, digit runs cut by the row sums, remaining choices made by the column rules.
 * A row the arithmetic cannot settle stays null with a note; rows given numbers by order alone (their
 * labels lost) are kept only when every rule of the table holds.
 */
import type { Table3Key, TemplateVersion } from '../types';
import { findAnchors } from './anchors';
import { chooseByColumns, type Choice, type Equation, equationsOf, evaluate, type Values } from './columns';
import { table3Form } from './form';
import { type Segment, segmentsOf } from './segments';
import { applicantSum, type Budget, type Part, splitSumRow, splitTokens } from './split';
import type { NumberToken, OrderStream } from './stream';
import { noteFor } from './table3-row-notes';
import type { OrderNote, OrderRow, Region } from './types';

const WIDTH = 7;
/** A short row's rule: its last number is the sum of the others (the total, whatever columns vanished). */
const lastIsSum = (n: number[]) => n.slice(0, -1).reduce((a, b) => a + b, 0) === n[n.length - 1];
const SEARCH_STEPS = 200_000;

export interface Table3ByOrder {
  /** The rows read, by key, in the order they were placed. */
  byKey: ReadonlyMap<Table3Key, OrderRow>;
  /** The same rows as an object, made when first asked for (the parse itself reads `byKey`). */
  readonly rows: Partial<Record<Table3Key, OrderRow>>;
  notes: OrderNote[];
  /** The numbers after each anchored row's label, placed or not (a run's digits as one number). */
  written: Map<Table3Key, number[]>;
  /** Where the table's last anchor ends in the stream (table 4 starts after it). */
  end: number;
}

export function readTable3ByOrder(
  stream: OrderStream,
  region: Region,
  template: TemplateVersion,
): Table3ByOrder | null {
  const form = table3Form(template);
  const formKeys = form.map((row) => row.key);
  const chain = findAnchors(stream.text, region.from, region.to, form);
  if (chain.length < 3) return null;
  // One budget for every digit search of the table: a damaged page cannot make the reading slow.
  const budget: Budget = { steps: SEARCH_STEPS };
  const segments = segmentsOf(stream, chain, form.length, region.to, WIDTH, applicantSum, budget);
  // A Map, not an object: thirty keys stored by name put an object in V8's slow dictionary mode. Its
  // order (first placement, a key taken back leaves it) is the order the object had.
  const rows: Rows = new Map();
  const notes: OrderNote[] = [];
  const choices: { segment: Segment; choice: Choice }[] = [];

  for (const s of segments) {
    const keys = formKeys.slice(s.first, s.first + s.rows);
    if (s.readings.length === 1) {
      for (let k = 0; k < keys.length; k++) rows.set(keys[k], rowFrom(s, s.readings[0], k, s.how));
    } else if (s.readings.length > 1) {
      choices.push({ segment: s, choice: { keys, readings: choiceReadings(s.readings, keys.length) } });
    } else if (s.rows === 1) {
      const total = shortRowTotal(s.tokens, s.breaks, budget);
      if (total) rows.set(keys[0], { ...total, how: 'total' });
    }
  }

  const equations = equationsOf(template);
  if (choices.length > 0) {
    const asked: Choice[] = [];
    for (const c of choices) asked.push(c.choice);
    const picked = chooseByColumns(valuesOf(rows), asked, equations, WIDTH);
    choices.forEach(({ segment, choice }, i) => {
      const r = picked[i];
      if (r === null) return;
      // Numbers given to rows by order stay a reading by order (kept only if every sum holds).
      const how = segment.rows > 1 ? 'order' : 'columns';
      for (let k = 0; k < choice.keys.length; k++)
        rows.set(choice.keys[k], rowFrom(segment, segment.readings[r], k, how));
    });
  }

  withdrawUnproven(rows, segments, equations, notes, formKeys, budget);
  for (const s of segments) {
    for (let k = 0; k < s.rows; k++) {
      const key = formKeys[s.first + k];
      const row = rows.get(key);
      if (row?.values.every((v) => v !== null)) continue;
      notes.push(noteFor(s, key, !!row));
    }
  }
  const last = chain[chain.length - 1];
  const lastTokens = segments[segments.length - 1].tokens;
  const end = lastTokens.length > 0 ? lastTokens[lastTokens.length - 1].at + 1 : last.end;
  const written = new Map<Table3Key, number[]>();
  for (const s of segments)
    written.set(
      formKeys[s.first],
      s.tokens.map((t) => (t.run ? (allZeros(t.run) ? 0 : 1) : (t.value ?? 1))),
    );
  return new Table3Read(rows, notes, written, end);
}

class Table3Read implements Table3ByOrder {
  private object: Partial<Record<Table3Key, OrderRow>> | null = null;
  constructor(
    readonly byKey: ReadonlyMap<Table3Key, OrderRow>,
    readonly notes: OrderNote[],
    readonly written: Map<Table3Key, number[]>,
    readonly end: number,
  ) {}

  get rows(): Partial<Record<Table3Key, OrderRow>> {
    this.object ??= Object.fromEntries(this.byKey);
    return this.object;
  }
}

function rowFrom(s: Segment, reading: { value: number; token: number }[], k: number, how: OrderRow['how']): OrderRow {
  const parts = reading.slice(k * WIDTH, k * WIDTH + WIDTH);
  return {
    values: parts.map((p) => p.value),
    spans: parts.map((p) => ({ offset: s.tokens[p.token].offset, length: s.tokens[p.token].length })),
    how,
  };
}

/**
 * A row whose blank cells vanished (sites leave zeros empty): "2626" is one applicant column and the
 * total. The total is known when every way of reading the digits as fewer numbers, the last the sum of
 * the others, gives the same total; which column the others belong to is not known.
 */
function shortRowTotal(
  tokens: NumberToken[],
  breaks: ReadonlySet<number>,
  budget: Budget,
  most = WIDTH - 1,
): Pick<OrderRow, 'values' | 'spans'> | null {
  // In a table whose cells are kept, a short row's blank may be its total: only joined text qualifies.
  if (tokens.length === 0 || breaks.size > 0 || tokens.some((t) => !t.joined)) return null;
  // Zeros only: the total is 0 or was left blank (seed 001 writes six 0 and a blank 总计); not a reading.
  if (tokens.every((t) => /^0+$/.test(t.run ?? t.raw))) return null;
  const totals = new Set<number>();
  let lastToken = -1;
  for (let k = 1; k <= most; k++) {
    const { readings, truncated } =
      tokens.length === 1 && tokens[0].run
        ? splitSumRow(tokens[0].run, k - 1, budget)
        : splitTokens(tokens, k, k, lastIsSum, 12, undefined, budget);
    if (truncated) return null;
    for (const r of readings) {
      totals.add(r[k - 1].value);
      lastToken = r[k - 1].token;
    }
  }
  if (totals.size !== 1 || lastToken < 0) return null;
  const values: (number | null)[] = new Array(WIDTH).fill(null);
  const spans: OrderRow['spans'] = new Array(WIDTH).fill(null);
  values[WIDTH - 1] = [...totals][0];
  spans[WIDTH - 1] = { offset: tokens[lastToken].offset, length: tokens[lastToken].length };
  return { values, spans };
}

/**
 * Whether the digits also read as fewer than seven numbers, whatever they add up to: a row may have
 * lost a blank 总计 as well (seed 001 leaves 总计 blank), so no sum may be asked of the fewer.
 */
function readsAsFewer(tokens: NumberToken[], budget: Budget): boolean {
  const r = splitTokens(tokens, WIDTH - 1, WIDTH - 1, () => true, 1, undefined, budget);
  return r.readings.length > 0 || r.truncated;
}

type Rows = Map<Table3Key, OrderRow>;

function valuesOf(rows: Rows): Map<Table3Key, (number | null)[]> {
  const v = new Map<Table3Key, (number | null)[]>();
  for (const [k, r] of rows) v.set(k, r.values);
  return v;
}

function allZeros(digits: string): boolean {
  if (digits.length === 0) return false;
  for (let i = 0; i < digits.length; i++) if (digits.charCodeAt(i) !== 0x30) return false;
  return true;
}

/**
 * What the arithmetic did not prove is taken back: rows placed by order alone unless every rule holds
 * in every column; cut digits or lone totals when a rule they enter fails, or when other rows show that
 * blank cells vanished and no rule confirms them (such a row keeps its total when every way of reading
 * its digits gives the same one and the total column confirms it).
 *
 * Where blank cells vanish, a row whose label has no numbers after it was all blank; the rules are
 * checked with such rows as 0 (counts are never negative: if the others already add up, they are 0).
 */
function withdrawUnproven(
  rows: Rows,
  segments: Segment[],
  equations: Equation[],
  notes: OrderNote[],
  keys: readonly Table3Key[],
  budget: Budget,
): void {
  const joined = segments.some((s) => s.tokens.some((t) => t.joined));
  const empty = joined ? segments.filter((s) => s.rows === 1 && s.tokens.length === 0).map((s) => keys[s.first]) : [];
  let values = valuesWithEmpty(rows, empty);
  const vanished = segments.some((s) => s.failed === 'none' && s.tokens.length > 0);
  // Each rule judged once per column on these values (they do not change in the first pass below).
  const judged = equations.map((eq) => {
    const verdicts: ('holds' | 'fails' | 'open')[] = [];
    for (let c = 0; c < WIDTH; c++) verdicts.push(evaluate(values, eq, c));
    return verdicts;
  });
  const holdsInAll = judged.map((verdicts) => verdicts.every((v) => v === 'holds'));
  const allHold = holdsInAll.every(Boolean);
  const failing = new Set<Table3Key>();
  equations.forEach((eq, e) => {
    for (let c = 0; c < WIDTH; c++)
      if (judged[e][c] === 'fails') [...eq.left, ...eq.right].forEach((k) => failing.add(k));
  });
  // The Map itself is walked: a row deleted or set again as it is visited is neither skipped nor seen twice.
  for (const [key, row] of rows) {
    let why: string | null = null;
    if (row.how === 'order' && !allHold)
      why = "its numbers were given to it by the form's order alone, and not every rule of the table holds";
    else if ((row.how === 'decoded' || row.how === 'columns') && failing.has(key))
      why = 'with that reading a column rule of the table fails';
    else if (row.how === 'decoded' && vanished && !provenBy(equations, key, (_, e) => holdsInAll[e])) {
      // Cells vanished elsewhere; here too if the digits also read as six numbers.
      const s = segments.find((seg) => seg.rows === 1 && keys[seg.first] === key);
      if (!s || !readsAsFewer(s.tokens, budget)) continue;
      const total = shortRowTotal(s.tokens, s.breaks, budget, WIDTH);
      if (total) rows.set(key, { values: total.values, spans: total.spans, how: 'total' });
      else
        why =
          'other rows show that blank cells vanished, these digits also read as six numbers, and no column rule confirms this reading';
    }
    if (!why) continue;
    rows.delete(key);
    notes.push({
      rule: 'row.decodeWithdrawn',
      severity: 'warning',
      where: `table3.${key}`,
      message: `read in the form's order: ${why}; left null`,
    });
  }
  // Lone totals stand only where the total column's rules hold with them.
  values = valuesWithEmpty(rows, empty);
  const totalHolds = equations.map((eq) => evaluate(values, eq, WIDTH - 1) === 'holds');
  for (const [key, row] of rows) {
    if (row.how !== 'total' || provenBy(equations, key, (_, e) => totalHolds[e])) continue;
    rows.delete(key);
    notes.push({
      rule: 'row.decodeWithdrawn',
      severity: 'warning',
      where: `table3.${key}`,
      message: "read in the form's order: only its total could be read, and no column rule confirms it; left null",
    });
  }
}

/** The rows' values, with the rows whose labels had no numbers after them (`empty`) as 0. */
function valuesWithEmpty(rows: Rows, empty: Table3Key[]): Values {
  const values = valuesOf(rows);
  for (const key of empty) if (!values.has(key)) values.set(key, new Array(WIDTH).fill(0));
  return values;
}

/** Whether an equation the row enters holds (as `holds` tells). */
function provenBy(equations: Equation[], key: Table3Key, holds: (eq: Equation, index: number) => boolean): boolean {
  return equations.some((eq, e) => (eq.left.includes(key) || eq.right.includes(key)) && holds(eq, e));
}

/**
 * A segment's readings as chooseByColumns takes them: per reading, per row, the row's WIDTH values. Filled by
 * push, not made by map: an array map makes has one V8 map in optimized code and another in the builtin, and
 * each map new to chooseByColumns threw its optimized code away (issue 21).
 */
function choiceReadings(readings: readonly Part[][], rows: number): number[][][] {
  const out: number[][][] = [];
  for (const r of readings) {
    const byRow: number[][] = [];
    for (let k = 0; k < rows; k++) {
      const values: number[] = [];
      for (let i = k * WIDTH; i < Math.min(r.length, k * WIDTH + WIDTH); i++) values.push(r[i].value);
      byRow.push(values);
    }
    out.push(byRow);
  }
  return out;
}
