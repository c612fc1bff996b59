/**
 * Puts a new agency list in place of the old one (`npm run agency -- import-list`), in one write transaction:
 * the entries, each matched to the real agency of its name (or alias), then every agency's `listed` flag and the
 * coverage rollups again. An entry no agency matches yet is matched by the refresh after that agency's first import.
 */
import type { Db } from '../client';
import { LIST_MATCH, listChangedStatements } from '../sql/coverage-rebuild';
import { insertRows } from '../sql/insert-rows';
import { refreshRollups } from './refresh-rollups';

export interface ListEntryRow {
  name: string;
  regionCode: string | null;
  provinceCode: string | null;
  cityCode: string | null;
  countyCode: string | null;
  typeId: string | null;
  sortKey: string;
}

const COLUMNS = [
  'name',
  'region_code',
  'province_code',
  'city_code',
  'county_code',
  'type_id',
  'sort_key',
  'imported_at',
];

export async function replaceAgencyList(
  db: Db,
  entries: readonly ListEntryRow[],
): Promise<{ entries: number; matched: number }> {
  // The coverage rows the flags are set on must be current first.
  await refreshRollups(db);
  const now = Date.now();
  const tx = await db.$client.transaction('write');
  try {
    await tx.batch([
      'DELETE FROM agency_list',
      ...insertRows(
        'agency_list',
        COLUMNS,
        entries.map((e) => [e.name, e.regionCode, e.provinceCode, e.cityCode, e.countyCode, e.typeId, e.sortKey, now]),
      ),
      `UPDATE agency_list AS l SET agency_id = ${LIST_MATCH}`,
    ]);
    await tx.batch(await listChangedStatements(tx));
    const [row] = (await tx.execute('SELECT count(agency_id) AS matched FROM agency_list')).rows;
    await tx.commit();
    return { entries: entries.length, matched: Number(row.matched) };
  } finally {
    tx.close();
  }
}
