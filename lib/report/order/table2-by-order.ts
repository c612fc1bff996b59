/**
 * Table 2 read by order: each row's label and the numbers right after it. Table 2 has no sums (the
 * 2019 form's 新公开 ≤ 总数 aside), so digits that ran together are cut only when their count leaves
 * one way (三 digits for three columns), and a row whose numbers cannot be told apart stays null.
 */
import { TABLE2_COLUMNS } from '../glossary';
import type { Table2Key, TemplateVersion } from '../types';
import { type FormRow, table2Form } from './form';
import { numberGroups } from './groups';
import { noRule, splitTokens } from './split';
import type { NumberToken, OrderStream } from './stream';
import { placeDisplacedCells } from './displaced-cells';
import type { OrderNote, OrderRow, Region } from './types';

export interface Table2ByOrder {
  rows: Partial<Record<Table2Key, OrderRow>>;
  notes: OrderNote[];
}

/** An amount in 万元 has at most four decimals (one yuan); more means digits ran into it. */
const MAX_DECIMALS = 4;
const TOO_MANY_DECIMALS = new RegExp(`\\.\\d{${MAX_DECIMALS + 1},}`);
const NOT_AN_AMOUNT = /[^\d.,+\-元万]/;

export function readTable2ByOrder(stream: OrderStream, region: Region, template: TemplateVersion): Table2ByOrder {
  const rows: Table2ByOrder['rows'] = {};
  const notes: OrderNote[] = [];
  const groups = numberGroups(stream, region.from, region.to);
  const attached = new Set<NumberToken[]>();
  const short: { key: Table2Key; tokens: NumberToken[] }[] = [];
  const form = table2Form(template);
  const { others, longestFirst } = labelsOf(form);
  for (let r = 0; r < form.length; r++) {
    const row = form[r];
    const k = TABLE2_COLUMNS[template][row.key]!;
    const hits = labelHits(stream.text, longestFirst[r], region);
    // The numbers right after a label: the group that starts before any other word.
    let tokens: NumberToken[] | null = null;
    let distinct = 0;
    for (const end of hits) {
      const g = groupAfter(stream.text, groups, end, others);
      if (g === undefined || g === tokens) continue;
      tokens = g;
      distinct++;
    }
    if (distinct !== 1 || tokens === null) continue;
    attached.add(tokens);
    const where = `table2.${row.key}`;
    const written = tokens.map((t) => t.raw).join(' ');
    if (tokens.some((t) => TOO_MANY_DECIMALS.test(t.raw) || NOT_AN_AMOUNT.test(t.raw.replace(/^[+-]/, '')))) {
      notes.push({
        rule: 'row.undecodable',
        severity: 'warning',
        where,
        message: `read in the form's order: "${written}" is not ${k === 1 ? 'a number' : `${k} numbers`} as written (digits may have run together); left null`,
        offset: tokens[0].offset,
      });
      continue;
    }
    // No rule chooses: 新公开 ≤ 总数 (2019) is a check real reports break, not a way to cut digits. And
    // digits that also read as fewer numbers ("27": 2 and 7, or 27 with a blank cell gone) are not cut.
    const { readings, truncated } = splitTokens(tokens, k, k, noRule, 2);
    let fewer = false;
    for (let n = 1; n < k && !fewer; n++)
      fewer = n >= tokens.length && splitTokens(tokens, n, n, noRule, 1).readings.length > 0;
    if (fewer && readings.length === 1) {
      notes.push({
        rule: 'row.undecodable',
        severity: 'warning',
        where,
        message: `read in the form's order: "${written}" may be ${k} numbers or fewer with blank cells gone, and table 2 has no sums to tell; left null`,
        offset: tokens[0].offset,
      });
      continue;
    }
    if (k === 3 && tokens.length === 2 && tokens.every((t) => t.run === null)) {
      short.push({ key: row.key, tokens });
      continue;
    }
    if (readings.length !== 1 || truncated) {
      const why =
        readings.length === 0
          ? `cannot be read as ${k} numbers`
          : `can be read as ${k} numbers in more than one way, and table 2 has no sums to choose`;
      notes.push({
        rule: 'row.undecodable',
        severity: 'warning',
        where,
        message: `read in the form's order: "${written}" ${why}; left null`,
        offset: tokens[0].offset,
      });
      continue;
    }
    const parts = readings[0];
    rows[row.key] = {
      values: parts.map((p) => p.value),
      spans: parts.map((p) => ({ offset: tokens[p.token].offset, length: tokens[p.token].length })),
      how: tokens.every((t) => t.run === null) ? 'read' : 'counted',
    };
  }
  const orphans = groups.filter((g) => !attached.has(g));
  placeDisplacedCells(stream, short, orphans, rows, notes);
  return { rows, notes };
}

/** Every row's words (no row's numbers follow another row's label), and each row's longest first. */
const LABELS = new WeakMap<FormRow<Table2Key>[], { others: string[]; longestFirst: string[][] }>();

function labelsOf(form: FormRow<Table2Key>[]): { others: string[]; longestFirst: string[][] } {
  let labels = LABELS.get(form);
  if (!labels) {
    labels = {
      others: form.flatMap((r) => r.patterns.map((p) => p.text)),
      longestFirst: form.map((r) => r.patterns.map((p) => p.text).sort((a, b) => b.length - a.length)),
    };
    LABELS.set(form, labels);
  }
  return labels;
}

/** The first group of numbers at or after `end` with only a note between (see `isNoteOnly`). */
function groupAfter(text: string, groups: NumberToken[][], end: number, others: string[]): NumberToken[] | undefined {
  // The groups stand in the order of their marks: the search starts at the first one at or after `end`
  // (binary search) and stops past the longest note.
  let lo = 0;
  let hi = groups.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (groups[mid][0].at < end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < groups.length; i++) {
    const at = groups[i][0].at;
    // A longer stretch of words is no note: not sliced to be looked at.
    if (at - end > NOTE_LENGTH) break;
    if (isNoteOnly(text.slice(end, at), others)) return groups[i];
  }
  return undefined;
}

const NOTE_LENGTH = 12;

/**
 * Between a label and its numbers only a short note may stand ("规范性文件（本单位制发的）000"): no other
 * row's label, no prose number, nothing longer than a note.
 */
function isNoteOnly(words: string, labels: string[]): boolean {
  return words.length <= NOTE_LENGTH && !words.includes('§') && !labels.some((l) => words.includes(l));
}

/** Where each occurrence of the row's words ends, longest words first, without overlaps. */
function labelHits(text: string, longestFirst: string[], region: Region): number[] {
  const ends: { start: number; end: number }[] = [];
  for (const p of longestFirst) {
    for (let at = text.indexOf(p, region.from); at >= 0 && at < region.to; at = text.indexOf(p, at + 1)) {
      if (!ends.some((e) => at < e.end && at + p.length > e.start)) ends.push({ start: at, end: at + p.length });
    }
  }
  return ends.map((e) => e.end);
}
