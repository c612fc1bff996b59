/** The data-quality page's count of current reports an older parser made: by version, real and synthetic apart, none after a reparse. */
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { olderParserReports } from '../../db/queries/older-parser-reports';
import { importPaths } from '../../lib/ingest/import-files';
import { reparseStored } from '../../lib/ingest/reparse-stored';
import { PARSER_VERSION } from '../../lib/report/version';
import { tempDatabase } from '../support/temp-db';

let db: Db;
beforeAll(async () => {
  ({ db } = await tempDatabase());
  await importPaths(db, [path.resolve(__dirname, '../../db/samples')]);
});
afterAll(() => db.$client.close());

test('counts the current reports of each other version, on either side of this one, and none once renewed', async () => {
  expect(await olderParserReports(db, { synthetic: false, current: PARSER_VERSION })).toEqual([]);
  await db.$client.batch(
    [
      `UPDATE reports SET parser_version = '0.0.9' WHERE id IN (SELECT id FROM reports ORDER BY id LIMIT 1)`,
      `UPDATE reports SET parser_version = '9.0.0' WHERE id IN (SELECT id FROM reports ORDER BY id DESC LIMIT 2)`,
    ],
    'write',
  );
  expect(await olderParserReports(db, { synthetic: false, current: PARSER_VERSION })).toEqual([
    { version: '0.0.9', reports: 1 },
    { version: '9.0.0', reports: 2 },
  ]);
  expect(await olderParserReports(db, { synthetic: true, current: PARSER_VERSION })).toEqual([]);
  await reparseStored(db, { workers: 0 });
  expect(await olderParserReports(db, { synthetic: false, current: PARSER_VERSION })).toEqual([]);
});
