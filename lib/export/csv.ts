/** CSV as Excel and WPS open it: UTF-8 with a BOM, CRLF line ends, fields quoted where needed. */
import type { ExportTable } from './table';

export const UTF8_BOM = '\uFEFF';

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = String(value);
  // Text from documents (agency names) must not run as a spreadsheet formula.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: unknown[][], options: { bom?: boolean } = {}): string {
  const lines = [header, ...rows].map((r) => r.map(csvField).join(','));
  return `${(options.bom === false ? '' : UTF8_BOM) + lines.join('\r\n')}\r\n`;
}

/** The shared export table as CSV: headers, then rows as bare values (rates stay fractions, as in the XLSX cells). */
export function tableToCsv(table: ExportTable, options: { bom?: boolean } = {}): string {
  return toCsv(
    table.columns.map((c) => c.header),
    table.rows,
    options,
  );
}
