/**
 * One number, one story (issue 18): seed 001 leaves 新收 总计 blank. The table keeps the cell null and the
 * totals count its six applicant columns (0); the cell's finding said only "kept as null, not 0" beside a
 * 0 on screen. Now the cell's finding says what the totals did, and agrees with the summary's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parseAnyReport } from '../../lib/report';

test("a blank 总计's finding says the totals count its six columns, as the summary's finding does", async () => {
  const file = path.resolve(__dirname, '../../db/samples/001_a164060509a28f52.txt');
  const report = await parseAnyReport(new Uint8Array(readFileSync(file)), '001.txt');
  expect(report.table3.newReceived?.total).toBeNull();
  expect(report.summary.newReceived).toBe(0);
  const cell = report.findings.find((f) => f.rule === 'cell.blank' && f.where === 'table3.newReceived.total');
  expect(cell?.message).toMatch(
    /kept as null in the table \(not 0\); the totals count the sum of its six applicant columns$/,
  );
  const total = report.findings.find((f) => f.rule === 'value.derived' && f.where === 'summary.newReceived');
  expect(total?.message).toBe('总计 left blank in newReceived; 0 is the sum of the six applicant columns');
});
