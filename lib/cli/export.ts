/**
 * `npm run -s export -- --format csv|json [--year 2020|2019-2021|2019,2020] [--region CODE] [--type ID,…]
 * [--synthetic]`: the per-agency-year metrics, the same numbers the dashboard shows, on stdout.
 */
import { listAgencyYears } from '../../db/queries/list-agency-years';
import type { MetricFilters } from '../../db/sql/metric-filters';
import { EXPORT_COLUMNS, exportRecord } from '../export/agency-year-table';
import { toCsv } from '../export/csv';
import { prepareDatabase } from '../ingest/seed-samples';
import { errorMessage } from '../refusal/refusal';

export function parseExportArgs(args: string[]): { format: 'csv' | 'json'; filters: MetricFilters } {
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const format = value('--format') ?? 'csv';
  if (format !== 'csv' && format !== 'json') throw new Error(`--format must be csv or json, not "${format}"`);
  const filters: MetricFilters = { synthetic: args.includes('--synthetic') };
  const year = value('--year');
  if (year) {
    const range = /^(\d{4})-(\d{4})$/.exec(year);
    if (range) [filters.yearFrom, filters.yearTo] = [Number(range[1]), Number(range[2])];
    else if (/^\d{4}(,\d{4})*$/.test(year)) filters.years = year.split(',').map(Number);
    else throw new Error(`--year takes 2020, 2019-2021 or 2019,2020, not "${year}"`);
  }
  const region = value('--region');
  if (region) {
    if (!/^\d{6}$/.test(region)) throw new Error(`--region takes a six-digit division code, not "${region}"`);
    filters.region = region;
  }
  const type = value('--type');
  if (type) filters.typeIds = type.split(',');
  return { format, filters };
}

async function main(): Promise<number> {
  const { format, filters } = parseExportArgs(process.argv.slice(2).filter((a) => a !== '--'));
  const db = await prepareDatabase();
  const rows = (await listAgencyYears(db, filters)).map((r) => exportRecord(r));
  if (format === 'json') process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else
    process.stdout.write(
      toCsv(
        EXPORT_COLUMNS,
        rows.map((r) => EXPORT_COLUMNS.map((c) => r[c])),
      ),
    );
  db.$client.close();
  return 0;
}

if (process.argv[1]?.endsWith('export.ts')) {
  main().then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`export failed: ${errorMessage(e)}\n`);
      process.exitCode = 2;
    },
  );
}
