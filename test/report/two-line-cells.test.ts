/**
 * A cell with two number-lines is two readings, never one number: `<td>4<br>2</td>` was read as 42 with no
 * finding (issue 19, item 2). Table 2 has no sum to settle it, so the cell is null with cell.unreadable.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseAnyReport } from '../../lib/report';
import { readCellValue } from '../../lib/report/cells';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/repro/${name}`, import.meta.url)));

describe('two numbers in one cell', () => {
  test.each(['repro_br.html', 'repro_p.html', 'repro_div.html', 'docx-two-paragraphs.docx'])(
    '%s: null with a finding, not 42',
    async (name) => {
      const report = await parseAnyReport(fixture(name), name);
      expect(report.table2.normativeDocs).toEqual([null, 4, 8]);
      expect(report.findings).toContainEqual(
        expect.objectContaining({ rule: 'cell.unreadable', where: 'table2.normativeDocs[0]' }),
      );
    },
  );

  test.each([['4\n2'], ['4 2'], ['4\u00a02'], ['1\r\n-2']])('%j is not a number', (text) => {
    expect(readCellValue(text).kind).toBe('unreadable');
  });

  test.each([
    ['129600\n元', 129600],
    [' 42\n', 42],
    ['3 件', 3],
  ])('%j is one number', (text, value) => {
    expect(readCellValue(text)).toMatchObject({ kind: 'number', value });
  });
});
