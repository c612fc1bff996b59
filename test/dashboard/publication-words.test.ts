import { expect, test } from 'vitest';
import { publishedWords } from '../../lib/dashboard/publication-words';

test('a publication date in words: where from, on time or how late; unknown never guessed', () => {
  expect(publishedWords({ date: '2021-02-05', from: 'signed' }, 2020, 'zh')).toBe(
    '发布于 2021-02-05（报告末尾落款日期） · 逾期 5 天（截止日期为次年 1 月 31 日）',
  );
  expect(publishedWords({ date: '2022-01-20', from: 'given' }, 2021, 'en')).toBe(
    'Published 2022-01-20 (given when imported) · On time (by 31 January of the next year)',
  );
  expect(publishedWords(null, 2021, 'zh')).toBe('发布日期未知');
});
