import { expect, test } from 'vitest';
import { filterWords } from '../../lib/dashboard/view-caption';
import { parseViewState } from '../../lib/view-state/view-state';

test('a region code no region has is named in the caption, never "全部地区" (issue 18)', () => {
  expect(filterWords(parseViewState({ region: '999999' }))).toContain('未知地区代码 999999');
  expect(filterWords(parseViewState({ region: '999999', lang: 'en' }))).toContain('unknown region code 999999');
  expect(filterWords(parseViewState({ region: '330400' }))).toContain('嘉兴市');
  expect(filterWords(parseViewState({}))).toContain('全部地区');
});
