/**
 * `npm run agency -- import-list FILE.csv`: reads the user's agency list (agency-list-csv.ts) and puts it in
 * place of the one before; says how many entries were read, how many match an agency that has reported, and
 * every line it could not read as written.
 */
import { readFileSync } from 'node:fs';
import type { Db } from '../../db/client';
import { replaceAgencyList } from '../../db/queries/replace-agency-list';
import { readAgencyList } from './agency-list-csv';

export async function importAgencyList(db: Db, file: string): Promise<string[]> {
  const { entries, problems } = readAgencyList(readFileSync(file, 'utf8'));
  if (entries.length === 0) throw new Error(`${file}: no agency read (columns: name, region code, type)`);
  const { matched } = await replaceAgencyList(db, entries);
  return [
    ...problems.map((p) => `${file}:${p.line}: ${p.message}`),
    `${entries.length} agencies listed (the list before is replaced); ${matched} match an agency with reports, ${entries.length - matched} have none yet`,
  ];
}
