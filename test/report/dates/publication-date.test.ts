import { describe, expect, test } from 'vitest';
import { ReportSink, SourceIndex } from '../../../lib/report/findings';
import { choosePublicationDate, type DateCandidate } from '../../../lib/report/dates/publication-date';
import { findSignedDate } from '../../../lib/report/dates/signed-date';

const sink = () => new ReportSink(new SourceIndex(''));

describe('choosePublicationDate', () => {
  test('the most trusted source is kept; agreeing sources give no finding', () => {
    const s = sink();
    const candidates: DateCandidate[] = [
      { from: 'file-created', date: '2022-01-20' },
      { from: 'signed', date: '2022-01-18' },
      { from: 'page-meta', date: '2022-01-21' },
    ];
    expect(choosePublicationDate(candidates, 2021, s)).toEqual({
      published: '2022-01-21',
      from: 'page-meta',
      dates: [
        { from: 'page-meta', date: '2022-01-21' },
        { from: 'signed', date: '2022-01-18' },
        { from: 'file-created', date: '2022-01-20' },
      ],
    });
    expect(s.findings).toEqual([]);
  });

  test('sources either side of the deadline are named in a finding', () => {
    const s = sink();
    const chosen = choosePublicationDate(
      [
        { from: 'crawler', date: '2022-02-08' },
        { from: 'signed', date: '2022-01-28' },
      ],
      2021,
      s,
    );
    expect(chosen?.published).toBe('2022-02-08');
    expect(s.findings).toHaveLength(1);
    expect(s.findings[0]).toMatchObject({ rule: 'source.publishedDisagree', severity: 'info' });
    expect(s.findings[0].message).toContain('2022-01-28');
  });

  test('a date before the reporting year ended is not used, and said', () => {
    const s = sink();
    expect(choosePublicationDate([{ from: 'signed', date: '2019-01-08' }], 2019, s)).toBeNull();
    expect(s.findings.map((f) => f.rule)).toEqual(['source.publishedImplausible']);
  });

  test('no source: unknown, never guessed', () => {
    expect(choosePublicationDate([], 2021, sink())).toBeNull();
  });
});

describe('findSignedDate', () => {
  const paragraphs = (...texts: string[]) => texts.map((text, i) => ({ text, offset: i * 100 }));

  test('the signature under the agency name, in Arabic digits or Chinese numerals', () => {
    expect(
      findSignedDate(paragraphs('六、其他需要报告的事项', '无', '忻州市科学技术局', '2021年2月5日')),
    ).toMatchObject({ date: '2021-02-05', offset: 300, text: '2021年2月5日' });
    expect(findSignedDate(paragraphs('无。', '某某县人民政府办公室 二〇二二年一月二十五日'))).toMatchObject({
      date: '2022-01-25',
      text: '二〇二二年一月二十五日',
    });
  });

  test('a page flattened to one line: the date after the last sentence', () => {
    const one = '……及时主动发布科技动态和政策法规。 六、其他需要报告的事项 无 忻州市科学技术局 2021年2月5日';
    expect(findSignedDate(paragraphs(one))?.date).toBe('2021-02-05');
  });

  test('a date in the prose is no signature', () => {
    expect(findSignedDate(paragraphs('本报告统计期限为2021年1月1日至2021年12月31日。'))).toBeNull();
    expect(findSignedDate(paragraphs('我局于2022年1月5日召开专题会议，研究部署相关工作，于2022年1月10日'))).toBeNull();
    expect(findSignedDate(paragraphs('2021年2月5日', '六、其他需要报告的事项', '无', 'a', 'b', 'c', 'd'))).toBeNull();
  });
});
