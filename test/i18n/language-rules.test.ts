/** The rules of the browser test of the page language (test/browser/language-rules.ts). */
import { describe, expect, test } from 'vitest';
import { inContext, wrongLanguage } from '../browser/language-rules';

describe('English pages: no Chinese', () => {
  test.each([
    ['Region：Zhejiang', ['：']],
    ['1. 嘉兴市科学技术局（2020）', ['嘉兴市科学技术局（', '）']],
    ['年报 Nianbao Lens', ['年报']],
    ['Files: a.txt、b.txt', ['、']],
    ['Pages\u3000Next', ['\u3000']],
  ])('%s', (text, found) => {
    expect(wrongLanguage(text, 'en')).toEqual(found);
  });
  test('English with its own punctuation passes', () => {
    expect(wrongLanguage('Ranks 1 of 5 agencies in 2020 (highest first) — “Definition” · 12.5%', 'en')).toEqual([]);
  });
});

describe('Chinese pages: no English sentences', () => {
  test.each([
    ['解析器：the date signed at the end of the report', ['the date signed at the end of the report']],
    ['计算：一、本年新收 — requests received this year (total column)', ['requests received this year']],
    ["the agency's own words", ["the agency's own words"]],
    ['npm run reparse', ['npm run reparse']],
  ])('%s', (text, found) => {
    expect(wrongLanguage(text, 'zh')).toEqual(found);
  });
  test.each([
    '导出 CSV、XLSX、PNG、SVG',
    '格式：PDF DOCX HTML ID URL',
    'Word（DOCX）',
    '支持 .txt .html .htm .md .docx .pdf',
    '指标 appsNew，来源 table3.newReceived.total',
    '年报透镜 Nianbao Lens',
    'Show in a tab',
  ])('%s passes: abbreviations, identifiers and two words are no sentence', (text) => {
    expect(wrongLanguage(text, 'zh')).toEqual([]);
  });
});

test('inContext marks the stretch on one line', () => {
  expect(inContext('a\nb 年报 c', '年报', 2)).toBe('…b [年报] c');
});
