/**
 * Reports copied by construction from a real one (seed 003, 嘉兴 2020): its title changed, only the prose
 * passages `keep` picks (their figures changed), and three new sentences — with the share of the new
 * report's prose that is repeated, counted independently as the Han characters of the passages written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseAnyDocument } from '../../lib/report/parse-any';
import { proseSentences } from '../../lib/similarity/sentences';

export const SEED_003 = path.resolve(__dirname, '../../db/samples/003_ce3ce06ef0481c4f.txt');

const han = (s: string) => s.match(/\p{Script=Han}/gu)?.length ?? 0;
export const NEW_SENTENCES = [
  '今年我局重点围绕科技创新平台建设、科技成果转化和人才引进等工作，主动公开各类政策文件和办事指南。',
  '在依申请公开方面，我局进一步规范受理、登记、审核、答复等环节，严格按照法定时限办理每一件申请。',
  '我局还组织全体干部开展政务公开专题培训，邀请专家讲解新条例的重点条款和常见问题的处理方法。',
];

/** The seed's prose passages as they stand in its text. */
export async function seedPassages(): Promise<string[]> {
  const doc = await parseAnyDocument(readFileSync(SEED_003), 'seed.txt');
  return proseSentences(doc.prose).map((p) => doc.text.slice(p.offset, p.offset + p.length));
}

export interface CopiedReport {
  file: string;
  /** Share of its prose repeated from the seed, by Han characters. */
  expected: number;
}

export function writeCopiedReport(
  dir: string,
  name: string,
  title: [string, string],
  passages: string[],
  keep: (i: number) => boolean,
): CopiedReport {
  let text = readFileSync(SEED_003, 'utf8').replace(title[0], title[1]);
  const kept: string[] = [];
  passages.forEach((p, i) => {
    if (keep(i)) {
      const changed = p.replace(/\d+/g, '7');
      text = text.replace(p, changed);
      kept.push(changed);
    } else text = text.replace(p, '');
  });
  text = text.replace('一、总体情况', `一、总体情况\n${NEW_SENTENCES.join('')}\n`);
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const weight = (list: string[]) => list.reduce((n, s) => n + han(s), 0);
  return { file, expected: weight(kept) / weight([...kept, ...NEW_SENTENCES]) };
}
