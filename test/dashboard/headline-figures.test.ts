/** The headline cards' words: a correction rate says which cases it divides by when some are still pending. */
import { expect, test } from 'vitest';
import { type Headline, headlineFigures } from '../../lib/dashboard/headline-figures';

const headline: Headline = {
  reports: 120,
  agencies: 40,
  appsNew: 900,
  disclosureRate: 0.5,
  handled: 880,
  reviewCorrected: 80,
  reviewTotal: 895,
  reviewCorrectionRate: 80 / 744,
  reviewConcluded: 744,
  litigationCorrected: 6,
  litigationTotal: 40,
  litigationCorrectionRate: 6 / 40,
  litigationConcluded: 40,
};

test('pending cases: "of 895 · 744 concluded, 10.8% corrected"; none pending: the plain line', () => {
  const [, , , , review, litigation] = headlineFigures(headline, 'zh');
  expect(review.sub).toBe('共 895 件 · 已审结 744 件，纠错率 10.8%');
  expect(litigation.sub).toBe('共 40 件 · 纠错率 15.0%');
  const [, , , , reviewEn] = headlineFigures(headline, 'en');
  expect(reviewEn.sub).toBe('of 895 · 10.8% of 744 concluded corrected');
});

test('few concluded cases are flagged even when the total is larger', () => {
  const few = { ...headline, reviewTotal: 40, reviewConcluded: 12, reviewCorrected: 3, reviewCorrectionRate: 0.25 };
  expect(headlineFigures(few, 'zh')[4].sub).toBe('共 40 件 · 已审结 12 件，纠错率 25.0% · 件数少，比率仅供参考');
});
