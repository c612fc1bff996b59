/**
 * The seeds' tables are nearly all zeros, and a row of zeros splits the same way whichever column a digit
 * belongs to: a parser that misplaces values still scores "exact" on them. This gives a seed fresh numbers
 * that obey the template's arithmetic (row totals, （七）总计 = the outcome rows, 一+二 = 三（七）+四, table 4
 * totals), so a misplaced value shows as WRONG, while the seed's real prose, labels and layout stay.
 * The numbers are synthetic; the prose may now disagree with them (as real reports sometimes do).
 */
import { APPLICANT_COLUMNS, TABLE4_COLUMNS, TABLE4_GROUPS } from '../../lib/report/types';
import type { ApplicantRow, Table3, Table3Key } from '../../lib/report/types';
import { mulberry32, randInt, skewedCount, type Rng } from '../../lib/synth/prng';
import { SUMMARY_ROWS } from './expectations';
import { cellText, type WildSource } from './wild-source';

const APPLICANTS = APPLICANT_COLUMNS.filter((c) => c !== 'total');
const NOT_OUTCOMES = new Set(['newReceived', 'carriedOver', 'total', 'carriedForward']);

/** A row of six applicant counts (mostly natural persons, often all zero) and its total. */
function row(rng: Rng, busy: number): ApplicantRow {
  const quiet = rng() < 0.45;
  const cells = APPLICANTS.map((_, i) => (quiet ? 0 : skewedCount(rng, i === 0 ? busy : Math.ceil(busy / 6))));
  return withTotal(cells);
}

function withTotal(cells: number[]): ApplicantRow {
  const r = Object.fromEntries(APPLICANTS.map((c, i) => [c, cells[i]])) as ApplicantRow;
  r.total = cells.reduce((a, b) => a + b, 0);
  return r;
}

export function renumber(src: WildSource, seed: number): WildSource {
  const rng = mulberry32(seed * 7919 + 17);
  const out: WildSource = structuredClone(src);
  const keys = src.table3.rows.map((r) => r.key as Table3Key);
  const t3: Table3 = {};
  for (const k of keys) if (!NOT_OUTCOMES.has(k)) t3[k] = row(rng, 60);
  const outcomes = keys.filter((k) => !NOT_OUTCOMES.has(k));
  const colSum = (c: (typeof APPLICANTS)[number]) => outcomes.reduce((a, k) => a + (t3[k]![c] as number), 0);
  t3.total = withTotal(APPLICANTS.map(colSum));
  t3.carriedForward = withTotal(
    APPLICANTS.map((c) => (rng() < 0.5 ? 0 : randInt(rng, 0, 3 + Math.floor(colSum(c) / 4)))),
  );
  // 一 + 二 = 三（七）+ 四, column by column, with 二 never more than the column's outcomes allow.
  const handled = APPLICANTS.map((c) => (t3.total![c] as number) + (t3.carriedForward![c] as number));
  const carried = handled.map((h) => (rng() < 0.5 ? 0 : randInt(rng, 0, Math.min(h, 4))));
  t3.carriedOver = withTotal(carried);
  t3.newReceived = withTotal(handled.map((h, i) => h - carried[i]));

  for (const r of out.table3.rows) {
    const v = t3[r.key as Table3Key]!;
    r.cells = APPLICANT_COLUMNS.map((c) => cellText(v[c]));
  }
  out.expected.table3 = Object.fromEntries(keys.map((k) => [k, t3[k]]));

  for (const b of out.table2) {
    for (const r of b.rows) {
      const v = r.cells.map(() => skewedCount(rng, 40));
      r.cells = v.map(cellText);
      out.expected.table2[r.key as keyof typeof out.expected.table2] = v;
    }
  }
  TABLE4_GROUPS.forEach((g, gi) => {
    const four = [0, 1, 2, 3].map(() => (rng() < 0.6 ? 0 : randInt(rng, 1, 12)));
    const values = [...four, four.reduce((a, b) => a + b, 0)];
    TABLE4_COLUMNS.forEach((c, ci) => {
      out.expected.table4[g][c] = values[ci];
      out.table4.cells[gi * 5 + ci] = cellText(values[ci]);
    });
  });
  const template = out.expected.template;
  out.expected.summary = Object.fromEntries(
    Object.entries(SUMMARY_ROWS).map(([key, rows]) => [
      key,
      rows(template).reduce((a, k) => a + (t3[k as Table3Key]!.total as number), 0),
    ]),
  );
  out.id = `${src.id}+renumbered`;
  return out;
}
