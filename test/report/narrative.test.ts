import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractNarrative } from '../../lib/report/narrative';
import type { NarrativeFigure } from '../../lib/report/types';

/** The five real reports (identical copies of /work/shared/seeds). */
const SEEDS = new URL('../../db/samples/', import.meta.url);

function seedParagraphs(name: string) {
  const source = readFileSync(new URL(name, SEEDS), 'utf8');
  const paragraphs: { text: string; offset: number }[] = [];
  let offset = 0;
  for (const line of source.split('\n')) {
    paragraphs.push({ text: line, offset });
    offset += line.length + 1;
  }
  return { source, paragraphs };
}

const brief = (f: NarrativeFigure) => `${f.channel} ${f.value}${f.unit}`;
const run = (...texts: string[]) => {
  let offset = 0;
  return extractNarrative(
    texts.map((text) => {
      const p = { text, offset };
      offset += text.length + 1;
      return p;
    }),
  );
};
const figures = (...texts: string[]) => run(...texts).map(brief);

describe('extractNarrative on the seeds', () => {
  function check(name: string, expected: string[]) {
    const { source, paragraphs } = seedParagraphs(name);
    const found = extractNarrative(paragraphs);
    expect(found.map(brief)).toEqual(expected);
    for (const f of found) {
      expect(f.metric).toBe('itemsPublished');
      expect(source.slice(f.offset, f.offset + String(f.value).length)).toBe(String(f.value));
      expect(f.evidence).toContain(String(f.value));
      expect(source).toContain(f.evidence);
    }
    return found;
  }

  it('000 忻州: website 423, catalogue 26, wechat 225 (from the previous sentence); no categories or 留言', () => {
    const found = check('000_1552932f4d23b490.txt', ['website 423条', 'catalogue 26篇', 'wechat 225条']);
    expect(found[0].evidence).toContain('通过“忻州市科学技术局”网站公开政府信息423条');
    expect(found[1].evidence).toBe('通过“政府信息公开目录”专栏主动公开文件26篇，以公开促进依法行政和政策落地见效');
    expect(found[2].evidence).toBe('2020年共发布信息225条');
  });

  it('001 上高: no figures', () => {
    check('001_a164060509a28f52.txt', []);
  });

  it('002 吴忠: website 24, wechat 91, weibo 68 (spaces around the numbers)', () => {
    const found = check('002_f5ed227d78862500.txt', ['website 24条', 'wechat 91篇', 'weibo 68篇']);
    expect(found[0].evidence).toContain('公开信息 24 条');
  });

  it('003 嘉兴: website 464, wechat 223; categories and 回应关切 skipped, 依申请 3件 excluded', () => {
    check('003_ce3ce06ef0481c4f.txt', ['website 464条', 'wechat 223条']);
  });

  it('004 大冶: total 21 and its channel breakdown', () => {
    const found = check('004_91f57d8fbcd74313.txt', ['total 21条', 'serviceNet 1条', 'website 5条', 'app 15条']);
    expect(found[1].evidence).toBe('其中：湖北政务服务网1条，大冶市政府网5条，云上大冶15条');
  });
});

describe('channels', () => {
  it.each([
    ['通过门户网站发布信息100条。', 'website 100条'],
    ['在市政府网站公开文件12件。', 'website 12件'],
    ['通过局官网更新信息8条。', 'website 8条'],
    ['微信公众号推送信息30篇。', 'wechat 30篇'],
    ['官方微博发布消息12条。', 'weibo 12条'],
    ['通过政务新媒体发布信息40条。', 'newMedia 40条'],
    ['通过政务新媒体“嘉兴科技”微信公众号发布信息223条。', 'wechat 223条'],
    ['在政府信息公开目录公开文件8件。', 'catalogue 8件'],
    ['在湖北政务服务网公开办事指南5条。', 'serviceNet 5条'],
    ['通过政务公开栏公开信息6期。', 'bulletin 6期'],
    ['在嘉兴日报刊发稿件9篇。', 'press 9篇'],
    ['通过电视、报纸编发新闻稿7篇。', 'press 7篇'],
    ['通过“云上恩施”客户端推送信息15条。', 'app 15条'],
    ['通过云上大冶发布信息15条。', 'app 15条'],
    ['抖音号发布短视频20条。', 'app 20条'],
    ['全年主动公开各类信息共21条。', 'total 21条'],
    ['2020年共发布信息225条。', 'total 225条'],
    ['向市政府报送政务信息50条。', 'other 50条'],
  ])('%s → %s', (text, expected) => {
    expect(figures(text)).toEqual([expected]);
  });

  it('takes the channel from the previous sentence when the clause names none', () => {
    expect(figures('开通了微信公众号，做好新媒体平台维护。2020年共发布信息225条。')).toEqual(['wechat 225条']);
  });

  it('does not reach back two sentences', () => {
    expect(figures('开通了微信公众号。做好维护。2020年共发布信息225条。')).toEqual(['total 225条']);
  });

  it('reads an elliptical list and separate channels in one clause', () => {
    expect(figures('微信公众号共发布信息 91 篇，新浪微博共发布各类消息 68 篇')).toEqual(['wechat 91篇', 'weibo 68篇']);
    expect(figures('通过网站发布信息100条，微信50条。')).toEqual(['website 100条', 'wechat 50条']);
    expect(figures('通过网站发布信息100条,微信50条.')).toEqual(['website 100条', 'wechat 50条']);
  });

  it('reads a 其中 breakdown in the same clause, the next sentence, or the next paragraph', () => {
    expect(figures('主动公开信息共21条，其中：政务服务网1条，政府网5条')).toEqual([
      'total 21条',
      'serviceNet 1条',
      'website 5条',
    ]);
    expect(figures('主动公开信息共21条。', '', '其中：政务服务网1条，政府网5条。')).toEqual([
      'total 21条',
      'serviceNet 1条',
      'website 5条',
    ]);
  });

  it('a later total larger than an earlier channel figure is a total, a smaller one a part', () => {
    expect(figures('通过网站发布信息100条。全年共主动公开信息300条。')).toEqual(['website 100条', 'total 300条']);
    expect(figures('通过网站发布信息100条。发布政策解读20条。')).toEqual(['website 100条']);
  });
});

describe('numbers', () => {
  it('reads full-width digits, thousands separators and spaces', () => {
    expect(figures('通过网站发布信息１２３条。')).toEqual(['website 123条']);
    expect(figures('通过网站发布信息1,234条。')).toEqual(['website 1234条']);
    expect(figures('通过网站公开信息 24 条。')).toEqual(['website 24条']);
    expect(figures('通过网站公开信息\u300024\u3000条。')).toEqual(['website 24条']);
  });

  it('gives the offset of the first digit in the source and the clause as evidence', () => {
    const [f] = extractNarrative([{ text: '一、总体情况。今年，通过网站公开信息 24 条；另有说明。', offset: 100 }]);
    expect(f.offset).toBe(100 + '一、总体情况。今年，通过网站公开信息 '.length);
    expect(f.evidence).toBe('今年，通过网站公开信息 24 条');
  });

  it('deduplicates identical figures', () => {
    const p = { text: '通过网站发布信息100条。', offset: 5 };
    expect(extractNarrative([p, p])).toHaveLength(1);
  });
});

describe('exclusions', () => {
  it.each([
    ['replies to messages', '通过局长信箱回应网友留言10条。'],
    ['applications received', '2020年，我局收到政府信息公开申请3件。'],
    ['applications accepted', '2020年，共受理依申请公开数3件，均已答复。'],
    ['application outcomes', '不予公开3件，部分公开2件。'],
    ['trainings', '开展高新技术企业申报培训会3期。'],
    ['dates and years', '2020年1月1日起在网站发布信息。'],
    ['money', '通过网站公开收取信息处理费100元。'],
    ['percentages', '网站发布信息同比增长15%。'],
    ['legal articles', '依据条例第20条、第 21 条、第二十条公开。'],
    ['policy documents made', '制定规范性文件3件。'],
    ['repealed documents', '系统清理规范性文件，2021年废止行政规范性文件1件。'],
    ['deadlines', '在网站公开，3个工作日内更新，5个月内完成。'],
    ['counts of other things', '在网站开设5个栏目，公开信息。'],
    ['decimals and 万', '通过网站发布信息1.5万条。'],
    ['table rows', '\t规范性文件\t5条\t5条'],
    ['table cells', '\t5'],
    ['no publishing verb', '网站共有栏目信息12条。'],
  ])('%s', (_label, text) => {
    expect(figures(text)).toEqual([]);
  });

  it('keeps a training count that is published', () => {
    expect(figures('通过网站发布培训会通知3期。')).toEqual(['website 3期']);
  });

  it('keeps the published figure next to an excluded one', () => {
    expect(figures('通过网站发布信息5条，收到政府信息公开申请3件。')).toEqual(['website 5条']);
    expect(figures('通过网站发布信息100条，开展培训3期。')).toEqual(['website 100条']);
  });

  it('keeps published policy documents', () => {
    expect(figures('制定并公开规范性文件3件。')).toEqual(['other 3件']);
  });

  it('skips categories inside a channel figure', () => {
    expect(figures('通过网站公开信息423条。其中工作动态类79条；通知公告类90条；规范性文件7条。')).toEqual([
      'website 423条',
    ]);
    expect(figures('通过门户网站发布信息464条，梳理发布科技政策与解读4条、科技信息动态151条')).toEqual([
      'website 464条',
    ]);
    expect(figures('通过网站发布信息464条。通过局网站发布“回应关切”信息4条。')).toEqual(['website 464条']);
  });

  it('a 其中 list with no publishing sentence before it is ignored', () => {
    expect(figures('其中：政务服务网1条，政府网5条。')).toEqual([]);
  });

  it('a figure too large for a double is reported, never rounded (issue 19, item 3)', () => {
    const text = '一、总体情况。新浪微博共发布各类消息 18446744073709551616 篇，门户网站发布信息 12 条。';
    const unreadable: [number, string][] = [];
    const found = extractNarrative([{ text, offset: 7 }], (offset, digits) => unreadable.push([offset, digits]));
    expect(found.map((f) => f.value)).toEqual([12]);
    expect(unreadable).toEqual([[7 + text.indexOf('1844'), '18446744073709551616']]);
  });
});
