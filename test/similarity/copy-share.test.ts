/**
 * Copy shares on real report prose with passages shared by construction (issue 16): the next year's report of
 * one agency made from its own sentences and new ones, and another agency's report made from the first one's.
 * The expected share is counted here independently, as Han characters of the passages written, and the
 * measured share must be within ±2 points. Boilerplate alone gives 0.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { anchors, copyShare } from '../../lib/similarity/copy-share';
import { isStockPhrase } from '../../lib/similarity/boilerplate';
import { proseSentences, sentenceKey } from '../../lib/similarity/sentences';
import { parseAnyDocument } from '../../lib/report/parse-any';

const SAMPLES = path.resolve(__dirname, '../../db/samples');
const noBoilerplate = () => false;

/** A real report's prose, as the parser gives it. */
async function parsedProse(text: string) {
  const doc = await parseAnyDocument(Buffer.from(text), 'r.txt');
  return proseSentences(doc.prose);
}

/** Written text, a paragraph per line. */
function prose(text: string) {
  let offset = 0;
  return proseSentences(
    text.split('\n').map((line) => {
      const p = { text: line, offset };
      offset += line.length + 1;
      return p;
    }),
  );
}

const han = (s: string) => s.match(/\p{Script=Han}/gu)?.length ?? 0;

/** The passages of seed 003 (嘉兴 2020) to copy: its prose sentences, as they stand in its text. */
async function passagesOf(text: string): Promise<string[]> {
  const doc = await parseAnyDocument(Buffer.from(text), 'r.txt');
  return proseSentences(doc.prose).map((p) => doc.text.slice(p.offset, p.offset + p.length));
}

const NEW_SENTENCES = [
  '今年我局重点围绕科技创新平台建设、科技成果转化和人才引进等工作，主动公开各类政策文件和办事指南。',
  '在依申请公开方面，我局进一步规范受理、登记、审核、答复等环节，严格按照法定时限办理每一件申请。',
  '我局还组织全体干部开展政务公开专题培训，邀请专家讲解新条例的重点条款和常见问题的处理方法。',
  '针对群众关注的科技项目资金分配情况，我局在门户网站开设专栏，定期发布项目立项和资金拨付信息。',
  '下一步，我局将继续完善政务公开制度体系，推动公开内容向决策、执行、管理、服务、结果全过程延伸。',
];

describe('copy shares', () => {
  const seed = readFileSync(path.join(SAMPLES, '003_ce3ce06ef0481c4f.txt'), 'utf8');

  test('the same agency next year: two thirds of its sentences again (numbers changed), and new ones', async () => {
    const before = await parsedProse(seed);
    const written = await passagesOf(seed);
    expect(written.length).toBeGreaterThan(10);
    const kept = written.filter((_, i) => i % 3 !== 2).map((s) => s.replace(/2020/g, '2021').replace(/\d+/g, '7'));
    const next = `嘉兴市科学技术局2021年度政府信息公开工作年度报告\n一、总体情况\n${[...kept, ...NEW_SENTENCES].join('\n')}\n`;
    const after = prose(next);
    const expected = kept.reduce((n, s) => n + han(s), 0) / [...kept, ...NEW_SENTENCES].reduce((n, s) => n + han(s), 0);
    const measured = copyShare(after, before, noBoilerplate)!;
    expect(Math.abs(measured.share - expected)).toBeLessThan(0.02);
    expect(measured.share).toBeGreaterThan(0.3);
  });

  test('another agency the same year, made from a quarter of it', async () => {
    const original = await parsedProse(seed);
    const taken = (await passagesOf(seed)).filter((_, i) => i % 4 === 1);
    const other = `海宁市科学技术局2020年度政府信息公开工作年度报告\n一、总体情况\n${[...NEW_SENTENCES, ...taken].join('')}\n`;
    const copied = prose(other);
    const expected =
      taken.reduce((n, s) => n + han(s), 0) / [...NEW_SENTENCES, ...taken].reduce((n, s) => n + han(s), 0);
    expect(Math.abs(copyShare(copied, original, noBoilerplate)!.share - expected)).toBeLessThan(0.02);
    // The copy and the original share an anchor, which is how the import finds the pair.
    const a = new Set(anchors(copied, noBoilerplate, 8));
    expect(anchors(original, noBoilerplate, 8).some((h) => a.has(h))).toBe(true);
  });

  test('boilerplate alone gives 0: the form’s sentences are never counted, stock phrases once learned', async () => {
    const form =
      '本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。如对本报告有任何疑问，请与嘉兴市科学技术局办公室联系。';
    const stock = '我局认真贯彻落实中华人民共和国政府信息公开条例，坚持以公开为常态、不公开为例外的原则推进工作。';
    const a = prose(`甲局2020年度政府信息公开工作年度报告\n一、总体情况\n${form}${stock}${NEW_SENTENCES[0]}\n`);
    const b = prose(`乙局2020年度政府信息公开工作年度报告\n一、总体情况\n${form}${stock}${NEW_SENTENCES[1]}\n`);
    const counts = new Map([[a.find((s) => s.weight === han(sentenceKey(stock)))!.hash, 80]]);
    const learned = (h: number) => isStockPhrase(counts.get(h) ?? 1, 1000);
    expect(copyShare(b, a, learned)!.share).toBe(0);
    // Without the learned phrase, the stock sentence is all that is shared.
    expect(copyShare(b, a, noBoilerplate)!.share).toBeGreaterThan(0.3);
  });

  test('a report with no prose beyond boilerplate has no share, not 0', async () => {
    const only = prose(
      '丙局2020年度政府信息公开工作年度报告\n一、总体情况\n本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。\n',
    );
    expect(copyShare(only, only, noBoilerplate)).toBeNull();
  });
});
