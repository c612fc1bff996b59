/** Who may export how many rows: the thresholds, the admin token, and what each refusal tells the user. */
import { afterEach, describe, expect, test } from 'vitest';
import { MAX_EXPORT_ROWS, PUBLIC_EXPORT_ROWS } from '../../lib/dashboard/compare-export';
import { exportAccess } from '../../lib/export/export-access';

const TOKEN = 'export-test-token';
const BEARER = `Bearer ${TOKEN}`;
const saved = process.env.NIANBAO_ADMIN_TOKEN;
afterEach(() => {
  if (saved === undefined) delete process.env.NIANBAO_ADMIN_TOKEN;
  else process.env.NIANBAO_ADMIN_TOKEN = saved;
});

describe('exportAccess', () => {
  test.each([
    [0, null],
    [PUBLIC_EXPORT_ROWS, null],
    [PUBLIC_EXPORT_ROWS, 'Bearer wrong'],
  ])('%i rows, authorization %j: anyone, up to the public limit', (total, authorization) => {
    process.env.NIANBAO_ADMIN_TOKEN = TOKEN;
    expect(exportAccess(total, authorization)).toEqual({ ok: true, value: PUBLIC_EXPORT_ROWS });
  });

  test.each([PUBLIC_EXPORT_ROWS + 1, MAX_EXPORT_ROWS])('%i rows with the token: up to the cap', (total) => {
    process.env.NIANBAO_ADMIN_TOKEN = TOKEN;
    expect(exportAccess(total, BEARER)).toEqual({ ok: true, value: MAX_EXPORT_ROWS });
  });

  test.each([
    [
      null,
      401,
      'token-required',
      /without the admin token an export holds at most 2,000.*Authorization: Bearer <token>.*up to 10,000 rows.*npm run export/,
    ],
    ['Basic abc', 401, 'token-required', /Authorization: Bearer <token>/],
    ['Bearer wrong', 403, 'wrong', /The admin token is wrong/],
  ])('over the public limit, authorization %j: %i %s', (authorization, status, error, message) => {
    process.env.NIANBAO_ADMIN_TOKEN = TOKEN;
    const access = exportAccess(PUBLIC_EXPORT_ROWS + 1, authorization);
    expect(access).toMatchObject({ ok: false, refusal: { status, reason: error } });
    expect(!access.ok && access.refusal.message).toMatch(message);
    expect(!access.ok && access.refusal.message).toMatch(/The table has 2,001 rows/);
  });

  test('over the public limit on a server without a token: refused, says why and names the command', () => {
    delete process.env.NIANBAO_ADMIN_TOKEN;
    const access = exportAccess(PUBLIC_EXPORT_ROWS + 1, BEARER);
    expect(access).toMatchObject({ ok: false, refusal: { status: 403, reason: 'token-required' } });
    expect(!access.ok && access.refusal.message).toMatch(/NIANBAO_ADMIN_TOKEN.*npm run export/);
  });

  test.each([null, BEARER])(
    'over the cap, authorization %j: 413 token or not, naming the cap and the command',
    (authorization) => {
      process.env.NIANBAO_ADMIN_TOKEN = TOKEN;
      const access = exportAccess(MAX_EXPORT_ROWS + 1, authorization);
      expect(access).toMatchObject({ ok: false, refusal: { status: 413, reason: 'too-many-rows' } });
      expect(!access.ok && access.refusal.message).toMatch(
        /10,001 rows; an export holds at most 10,000\. Narrow .*npm run export/,
      );
    },
  );
});
