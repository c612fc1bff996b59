/**
 * A rate is shown with the count it rests on (issue 18: 公开率 100.0% on 3 requests). Under SMALL_BASE cases
 * one case moves a rate by more than three points: the rate is marked as resting on few cases.
 */
export const SMALL_BASE = 30;

export function isSmallBase(base: number | null): boolean {
  return base !== null && base > 0 && base < SMALL_BASE;
}
