/**
 * Who may export how many rows: up to PUBLIC_EXPORT_ROWS anyone; up to MAX_EXPORT_ROWS with the admin
 * token (the import's, header `Authorization: Bearer <token>`); beyond that nobody through the web app.
 * Every refusal is a JSON body `{ error, message }` whose message says how to get the data instead.
 */
import { MAX_EXPORT_ROWS, PUBLIC_EXPORT_ROWS } from '../dashboard/compare-export';
import { ADMIN_TOKEN_VARIABLE, bearerToken, checkAdminToken } from '../ingest/admin-token';
import { accepted, refused as refuse, type Result } from '../refusal/refusal';

/** The most rows this caller may export, or why not. */
export type ExportAccess = Result<number>;

const count = (n: number) => n.toLocaleString('en-US');

const CLI = 'On the server, `npm run export -- --format csv` writes every agency-year without a limit.';

/** `total`: the rows the export would hold; `authorization`: the request's Authorization header. */
export function exportAccess(total: number, authorization: string | null): ExportAccess {
  if (total <= PUBLIC_EXPORT_ROWS) return accepted(PUBLIC_EXPORT_ROWS);
  const rows = `The table has ${count(total)} rows`;
  if (total > MAX_EXPORT_ROWS) {
    return refuse(
      413,
      'too-many-rows',
      `${rows}; an export holds at most ${count(MAX_EXPORT_ROWS)}. Narrow the region, years or types. ${CLI}`,
    );
  }
  const token = checkAdminToken(bearerToken(authorization));
  if (token.ok) return accepted(MAX_EXPORT_ROWS);
  const needs = `${rows}; without the admin token an export holds at most ${count(PUBLIC_EXPORT_ROWS)}. Narrow the region, years or types`;
  const withToken = `or send the admin token (header "Authorization: Bearer <token>") for up to ${count(MAX_EXPORT_ROWS)} rows`;
  switch (token.refusal.reason) {
    case 'not-configured':
      return refuse(
        403,
        'token-required',
        `${needs}; this server has no admin token (${ADMIN_TOKEN_VARIABLE}), so larger exports are off. ${CLI}`,
      );
    case 'missing':
      return refuse(401, 'token-required', `${needs}, ${withToken}. ${CLI}`);
    default:
      return refuse(403, 'wrong', `The admin token is wrong. ${needs}, ${withToken}.`);
  }
}
