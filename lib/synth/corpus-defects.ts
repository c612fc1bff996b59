/**
 * The faults real reports have, put into a small share of a synthetic corpus on purpose: a sum that does
 * not add up, or cells left blank. Each returns where it changed the report, as a report-JSON path,
 * so a test can check that the parser's findings point there.
 */
import { TABLE2_ROWS, type Table3Key } from '../report/types';
import { APPLICANTS, type ReportContent } from './content';
import { pick, randInt, type Rng } from './prng';

export type DefectKind = 'broken-sum' | 'blank-cells';

export interface Defect {
  kind: DefectKind;
  /** The changed cell or column ("table3.newReceived.total", "table3.*.total"). */
  where: string;
}

/** A typo in a total, or a cell changed without its totals: what a report's own arithmetic catches. */
export function breakSum(c: ReportContent, rng: Rng): string {
  const t3 = c.table3;
  const u = rng();
  if (u < 0.4) {
    const row = t3.newReceived!;
    const total = row.total ?? 0;
    const delta = randInt(rng, 1, Math.max(1, Math.ceil(total * 0.1)));
    row.total = total >= delta && rng() < 0.5 ? total - delta : total + delta;
    return 'table3.newReceived.total';
  }
  if (u < 0.8) {
    // The row still adds up; the outcomes no longer make （七）总计.
    const row = t3.granted!;
    const delta = randInt(rng, 1, 3);
    row.natural = (row.natural ?? 0) + delta;
    row.total = (row.total ?? 0) + delta;
    return 'table3.granted.natural';
  }
  c.table4.review.total = (c.table4.review.total ?? 0) + randInt(rng, 1, 3);
  return 'table4.review.total';
}

const BLANKABLE_TABLE3: Table3Key[] = [
  'newReceived',
  'carriedOver',
  'granted',
  'unableNotHeld',
  'total',
  'carriedForward',
];

/** The 总计 column of table 3 left empty (seen in the seeds), or one cell of table 3 or table 2. */
export function blankCells(c: ReportContent, rng: Rng): string {
  const u = rng();
  if (u < 0.35) {
    for (const row of Object.values(c.table3)) if (row) row.total = null;
    return 'table3.*.total';
  }
  if (u < 0.7) {
    const key = pick(rng, BLANKABLE_TABLE3);
    const col = pick(rng, APPLICANTS);
    c.table3[key]![col] = null;
    return `table3.${key}.${col}`;
  }
  const key = pick(
    rng,
    TABLE2_ROWS.filter((k) => (c.table2[k]?.length ?? 0) > 0),
  );
  const row = c.table2[key]!;
  const at = randInt(rng, 0, row.length - 1);
  row[at] = null;
  return `table2.${key}[${at}]`;
}
