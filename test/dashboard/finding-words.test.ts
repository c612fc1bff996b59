import { describe, expect, test } from 'vitest';
import { ruleMeaning } from '../../lib/dashboard/finding-words';

describe('ruleMeaning', () => {
  test.each([
    ['table3.balance', 'zh', '表三勾稽关系不成立'],
    ['crossYear.carryOver', 'zh', '上年结转'],
    ['crossYear.carryOver', 'en', 'Carried over'],
  ] as const)('%s (%s) is explained', (rule, locale, words) => {
    expect(ruleMeaning(rule, locale)).toContain(words);
  });
  test('an unknown or inherited name explains nothing', () => {
    expect(ruleMeaning('no.such.rule', 'zh')).toBe('');
    expect(ruleMeaning('constructor', 'zh')).toBe('');
  });
});
