/** The sample reports shipped in db/samples, parsed; a stand-in for the database until issue 3. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseReport } from './report';

export const SAMPLES_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'samples');

export interface SampleRow {
  file: string;
  agency: string | null;
  year: number | null;
  template: string | null;
  newReceived: number | null;
  granted: number | null;
  findings: number;
  error?: string;
}

export async function listSampleReports(dir = SAMPLES_DIR): Promise<SampleRow[]> {
  const files = (await readdir(dir)).filter((f) => /\.(txt|html?|md)$/i.test(f) && !/^readme/i.test(f)).sort();
  return Promise.all(
    files.map(async (file) => {
      try {
        const r = parseReport(await readFile(path.join(dir, file)), file);
        return { file, agency: r.agency, year: r.year, template: r.template, newReceived: r.summary.newReceived, granted: r.summary.granted, findings: r.findings.length };
      } catch (e) {
        const error = e instanceof Error ? e.message : String(e);
        return { file, agency: null, year: null, template: null, newReceived: null, granted: null, findings: 0, error };
      }
    }),
  );
}
