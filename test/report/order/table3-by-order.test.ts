import { describe, expect, test } from 'vitest';
import type { Block } from '../../../lib/report/model';
import { readByOrder, streamOf } from '../../../lib/report/order';
import { findAnchors } from '../../../lib/report/order/anchors';
import { table3Form } from '../../../lib/report/order/form';

const paragraph = (text: string): Block => ({ kind: 'paragraph', text, span: { offset: 0, length: text.length } });
const read = (text: string) => readByOrder(streamOf([paragraph(text)], text), '2021');

/** Table 3 of the 2021 form as a crawler flattens it, with the given digits after each label. */
function flattened(digits: Record<string, string>): string {
  const labels: [string, string][] = [
    ['newReceived', '一、本年新收政府信息公开申请数量'],
    ['carriedOver', '二、上年结转政府信息公开申请数量'],
    ['granted', '三、本年度办理结果（一）予以公开'],
    ['partial', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
    ['deniedStateSecret', '（三）不予公开1.属于国家秘密'],
    ['deniedLawForbidden', '2.其他法律行政法规禁止公开'],
    ['deniedSafetyStability', '3.危及“三安全一稳定”'],
    ['deniedThirdParty', '4.保护第三方合法权益'],
    ['deniedInternalAffairs', '5.属于三类内部事务信息'],
    ['deniedProcessInfo', '6.属于四类过程性信息'],
    ['deniedEnforcementFile', '7.属于行政执法案卷'],
    ['deniedInquiry', '8.属于行政查询事项'],
    ['unableNotHeld', '（四）无法提供1.本机关不掌握相关政府信息'],
    ['unableNeedsCreation', '2.没有现成信息需要另行制作'],
    ['unableUnclear', '3.补正后申请内容仍不明确'],
    ['rejectedComplaint', '（五）不予处理1.信访举报投诉类申请'],
    ['rejectedRepeated', '2.重复申请'],
    ['rejectedPublication', '3.要求提供公开出版物'],
    ['rejectedExcessive', '4.无正当理由大量反复申请'],
    ['rejectedConfirmation', '5.要求行政机关确认或重新出具已获取信息'],
    ['otherOverdueCorrection', '（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
    ['otherUnpaidFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
    ['otherMisc', '3.其他'],
    ['total', '（七）总计'],
    ['carriedForward', '四、结转下年度继续办理'],
  ];
  return (
    '三、收到和处理政府信息公开申请情况申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他' +
    labels.map(([k, l]) => l + (digits[k] ?? '0000000')).join('') +
    '四、政府信息公开行政复议、行政诉讼情况'
  );
}

const PINGTAN = {
  newReceived: '640020470',
  granted: '270020130',
  partial: '500000 5',
  unableNotHeld: '220000325',
  otherMisc: '1000001',
  total: '630020469',
  carriedForward: '1000001',
  deniedInternalAffairs: '1000001',
  deniedEnforcementFile: '6000006',
  deniedInquiry: '1000001',
};

describe("table 3 by the form's order and arithmetic", () => {
  test('digit runs are cut by the row sums, and the column sums choose where the row sum cannot', () => {
    const t3 = read(flattened(PINGTAN)).table3!;
    expect(t3.rows.newReceived?.values).toEqual([64, 0, 0, 2, 0, 4, 70]);
    expect(t3.rows.unableNotHeld?.values).toEqual([22, 0, 0, 0, 0, 3, 25]);
    expect(t3.rows.unableNotHeld?.how).toBe('columns');
    expect(t3.rows.total?.values).toEqual([63, 0, 0, 2, 0, 4, 69]);
  });

  test('when the column sums do not settle a row, it stays null with a note', () => {
    // Break the natural column's total so that 22 and 2 both fail: no solution, no choice.
    const t3 = read(flattened({ ...PINGTAN, total: '640020470' })).table3!;
    expect(t3.rows.unableNotHeld).toBeUndefined();
    expect(t3.notes.some((n) => n.where === 'table3.unableNotHeld')).toBe(true);
  });

  test('numbers given to rows by order alone only when every sum of the table holds', () => {
    const text = flattened(PINGTAN);
    const withoutLabel = text.replace('6.属于四类过程性信息', '');
    const t3 = read(withoutLabel).table3!;
    expect(t3.rows.deniedInternalAffairs?.values).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(t3.rows.deniedProcessInfo?.values).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(t3.rows.deniedProcessInfo?.how).toBe('order');
    // The same with a total that breaks a sum: the rows placed by order are withdrawn.
    const broken = read(withoutLabel.replace('（七）总计630020469', '（七）总计640020470')).table3!;
    expect(broken.rows.deniedProcessInfo).toBeUndefined();
    expect(broken.notes.some((n) => n.rule === 'row.decodeWithdrawn' && n.where === 'table3.deniedProcessInfo')).toBe(
      true,
    );
  });

  test('a crawler row whose blank cells vanished gives its total only ("2626")', () => {
    const t3 = read(
      flattened({
        ...PINGTAN,
        newReceived: '6464',
        total: '6363',
        granted: '2727',
        partial: '55',
        unableNotHeld: '2222',
        otherMisc: '11',
        carriedForward: '11',
      }),
    ).table3!;
    expect(t3.rows.newReceived?.values).toEqual([null, null, null, null, null, null, 64]);
    expect(t3.rows.newReceived?.how).toBe('total');
  });
});

describe('labels garbled by OCR', () => {
  test('a label whose keywords are misread is still found where the form puts it, by its bigrams', () => {
    const garbled = flattened(PINGTAN).replace(
      '（四）无法提供1.本机关不掌握相关政府信息',
      '（四）无法提供1.夲机关不拿据相关政府信息',
    );
    const t3 = read(garbled).table3!;
    expect(t3.rows.unableNotHeld?.values).toEqual([22, 0, 0, 0, 0, 3, 25]);
    expect(t3.rows.unableNotHeld?.how).toBe('columns'); // its own anchor: not numbers given by order
    expect(t3.rows.deniedInquiry?.values).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });
});

describe("anchors in the form's order", () => {
  test('a label printed out of order (a converter moved it) is left out of the chain', () => {
    const text =
      '本年新收政府信息公开申请数量#要求行政机关确认或重新出具已获取信息上年结转政府信息公开申请数量#予以公开#部分公开#';
    const keys = findAnchors(text, 0, text.length, table3Form('2021')).map((a) => a.key);
    expect(keys).toEqual(['newReceived', 'carriedOver', 'granted', 'partial']);
  });
});
