/**
 * An agency's id as a URL writes it, in the agency page's path (`/agency/12`) and the chart route's
 * `agency=12`: digits only, no sign, no leading zero, a safe integer. Anything else is no agency
 * (undefined), so "1e30", "Infinity" or 20 nines never reach a query, and one agency has one URL.
 */
const DIGITS = /^[1-9]\d{0,15}$/;

export function parseAgencyId(v: string | null | undefined): number | undefined {
  if (!v || !DIGITS.test(v)) return undefined;
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : undefined;
}
