import { expect, test } from 'vitest';
import { commandParts } from '../../lib/format/command-parts';
import { nameParts } from '../../lib/format/name-parts';
import { nameLang } from '../../lib/format/locale';

test('a sentence cut around the names it holds', () => {
  expect(nameParts('Filters: 嘉兴市科学技术局. Data updated: 7 Dec.', ['嘉兴市科学技术局'])).toEqual([
    { text: 'Filters: ', name: false },
    { text: '嘉兴市科学技术局', name: true },
    { text: '. Data updated: 7 Dec.', name: false },
  ]);
});

test('every occurrence, the longest name first, and nothing to cut without names', () => {
  expect(nameParts('A 嘉兴 B 嘉兴市 C', ['嘉兴', '嘉兴市']).map((p) => p.text)).toEqual([
    'A ',
    '嘉兴',
    ' B ',
    '嘉兴市',
    ' C',
  ]);
  expect(nameParts('no names', [])).toEqual([{ text: 'no names', name: false }]);
  expect(nameParts('', ['x'])).toEqual([]);
  expect(nameParts('x', [''])).toEqual([{ text: 'x', name: false }]);
});

test('a name written in Han characters is Chinese; a romanised one has no lang of its own', () => {
  expect(nameLang('嘉兴市科学技术局')).toBe('zh-CN');
  expect(nameLang('Jiaxing')).toBeUndefined();
});

test('a command quoted in a sentence is cut out as code, with its options and placeholders', () => {
  const commands = (text: string) =>
    commandParts(text)
      .filter((p) => p.command)
      .map((p) => p.text);
  expect(commands('运行 npm run reparse -- --all 重新解析后即可查看')).toEqual(['npm run reparse -- --all']);
  expect(commands('run npm run agency -- file-held ID to put it in force')).toEqual(['npm run agency -- file-held ID']);
  expect(commands('由管理员在服务器上运行 npm run export。')).toEqual(['npm run export']);
  expect(commands('the Import page, or npm run import).')).toEqual(['npm run import']);
  expect(commandParts('没有命令')).toEqual([{ text: '没有命令', command: false }]);
  expect(commandParts('npm run seed').map((p) => p.command)).toEqual([true]);
});
