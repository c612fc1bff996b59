/** The sample reports shipped in db/samples, parsed; a stand-in for the database until issue 3. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseReport } from './report';

export const SAMPLES_DIR = path.join(process.cwd(), 'db', 'samples');

export interface SampleRow {
  file: string;
  agency: string | null;
  year: number | null;
  template: string | null;
  newReceived: number | null;
  granted: number | null;
  findings: number;
}

export async function listSampleReports(dir = SAMPLES_DIR): Promise<SampleRow[]> {
  const files = (await readdir(dir)).filter((f) => /\.(txt|html?|md)$/i.test(f)).sort();
  return Promise.all(
    files.map(async (file) => {
      const r = parseReport(await readFile(path.join(dir, file)), file);
      return { file, agency: r.agency, year: r.year, template: r.template, newReceived: r.summary.newReceived, granted: r.summary.granted, findings: r.findings.length };
    }),
  );
}
