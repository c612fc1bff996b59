/**
 * The admin token that guards importing through the web app. It lives only in the server's environment
 * (NIANBAO_ADMIN_TOKEN); with none set, uploads are off, so a fresh deployment is never open by default.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { accepted, refused, type Result } from '../refusal/refusal';

export const ADMIN_TOKEN_VARIABLE = 'NIANBAO_ADMIN_TOKEN';

/** Refused with reason 'not-configured' (503), 'missing' (401) or 'wrong' (403). */
export type TokenCheck = Result;

/** Read on every call, not at module load, so a changed environment (or a test) takes effect at once. */
function configuredToken(): string | null {
  const token = process.env[ADMIN_TOKEN_VARIABLE]?.trim();
  return token ? token : null;
}

export function adminTokenConfigured(): boolean {
  return configuredToken() !== null;
}

export function checkAdminToken(given: string | null): TokenCheck {
  const expected = configuredToken();
  if (expected === null) {
    return refused(
      503,
      'not-configured',
      `Uploads are disabled: set ${ADMIN_TOKEN_VARIABLE} in the server's environment and restart it.`,
    );
  }
  if (!given) return refused(401, 'missing', 'An admin token is required (header "Authorization: Bearer <token>").');
  // Comparing fixed-length digests keeps the time taken independent of where, and whether, the strings differ.
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  if (!timingSafeEqual(digest(given), digest(expected))) return refused(403, 'wrong', 'The admin token is wrong.');
  return accepted();
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer\s+(.+)$/i.exec(header?.trim() ?? '');
  return match ? match[1].trim() : null;
}
