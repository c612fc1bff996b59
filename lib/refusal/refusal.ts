/**
 * Everything downstream of the parser that can fail for a reason the user must see — a token, an upload,
 * an export, a file that cannot be prepared or saved — answers with one shape: its value, or a refusal
 * with a reason (a code the UI and tests match on), a sentence for the user, and the HTTP status it answers
 * with. (The parser keeps its own: UnreadableReportError for a file it cannot read, findings for the rest.)
 */
export { errorMessage } from '../report/errors';

export interface Refusal {
  reason: string;
  message: string;
  status: number;
}

export type Refused = { ok: false; refusal: Refusal };
export type Result<T = undefined> = { ok: true; value: T } | Refused;

export function accepted(): { ok: true; value: undefined };
export function accepted<T>(value: T): { ok: true; value: T };
export function accepted<T>(value?: T): { ok: true; value: T | undefined } {
  return { ok: true, value };
}

export function refused(status: number, reason: string, message: string): Refused {
  return { ok: false, refusal: { reason, message, status } };
}

/** The JSON answer for a refusal: `{ error: reason, message }` with its status. */
export function refusalResponse(refusal: Refusal, headers?: HeadersInit): Response {
  return Response.json({ error: refusal.reason, message: refusal.message }, { status: refusal.status, headers });
}
