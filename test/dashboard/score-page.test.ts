/** The score tab's on-time words: the rate, its 95 % Wilson interval and n, in both languages; none without a date. */
import { expect, test } from 'vitest';
import { onTimeWords } from '../../lib/dashboard/score-page';
import { wilsonInterval } from '../../lib/metrics/wilson';
import { parseViewState } from '../../lib/view-state/view-state';

const onTime = (count: number, dated: number) => ({
  count,
  dated,
  rate: count / dated,
  interval: wilsonInterval(count, dated)!,
});

test.each([
  [2, 3, 'zh', '67%（21%–94%，n=3）'],
  [2, 3, 'en', '67% (21%–94%, n=3)'],
  [98, 120, 'zh', '82%（74%–88%，n=120）'],
  [0, 4, 'en', '0% (0%–49%, n=4)'],
  [1500, 1500, 'zh', '100%（100%–100%，n=1,500）'],
])('%i of %i (%s) → %s', (count, dated, lang, words) => {
  expect(onTimeWords(onTime(count, dated), parseViewState({ lang }))).toBe(words);
});

test('no dated report: the words say so', () => {
  expect(onTimeWords(null, parseViewState({}))).toBe('无发布日期');
  expect(onTimeWords(null, parseViewState({ lang: 'en' }))).toBe('no publication dates');
});
