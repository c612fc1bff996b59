import { describe, expect, test } from 'vitest';
import { describePath } from '../../../lib/dashboard/report-view/describe-path';
import { layoutValuePaths, templateLayout } from '../../../lib/dashboard/report-view/template-layout';

describe('describePath', () => {
  test.each([
    ['table3.deniedThirdParty.commercial', '2019', '表三 · （三）不予公开 · 4.保护第三方合法权益 · 商业企业'],
    ['table3.granted.natural', '2021', '表三 · （一）予以公开 · 自然人'],
    ['table3.total.total', '2021', '表三 · （七）总计 · 总计'],
    [
      'table3.otherUnpaidFee.total',
      '2021',
      '表三 · （六）其他处理 · 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 · 总计',
    ],
    ['table3.carriedOver.legal', '2019', '表三 · 二、上年结转政府信息公开申请数量 · 法律服务机构'],
    ['table4.litigationAfterReview.upheld', '2021', '表四 · 行政诉讼 · 复议后起诉 · 结果维持'],
    ['table4.review.pending', '2019', '表四 · 行政复议 · 尚未审结'],
    ['table2.normativeDocs[1]', '2021', '表二 · 行政规范性文件 · 本年废止件数'],
    ['table2.normativeDocs[0]', '2019', '表二 · 规范性文件 · 本年新制作数量'],
    ['table2.procurement[1]', '2019', '表二 · 政府集中采购 · 采购总金额'],
    ['table2.licensing', '2021', '表二 · 行政许可'],
    ['table3.carriedForward', '2019', '表三 · 四、结转下年度继续办理'],
    ['summary.granted', '2019', '表三 · （一）予以公开 · 总计'],
    ['region', '2019', '地区'],
  ] as const)('%s (%s form) → %s', (path, version, words) => {
    expect(describePath(path, version, 'zh')).toBe(words);
  });

  test("in English the same places in the layouts' English words", () => {
    expect(describePath('table3.deniedThirdParty.commercial', '2019', 'en')).toBe(
      'Table 3 · (3) Refused · 4. Third-party rights · Businesses',
    );
    expect(describePath('table4.litigationDirect.total', '2021', 'en')).toBe(
      'Table 4 · Administrative litigation · Filed directly, without review · Total',
    );
  });

  test('every value the layouts show has a description naming its table, row and column', () => {
    for (const version of ['2019', '2021'] as const) {
      for (const path of layoutValuePaths(templateLayout(version))) {
        const d = describePath(path, version, 'zh');
        expect(d, path).toMatch(/^表[二三四] · .+ · .+/);
      }
    }
  });

  test('paths the form does not have give null (the caller shows the path itself)', () => {
    expect(describePath('summary.denied', '2021', 'zh')).toBeNull();
    expect(describePath('table3.otherMisc.total', '2019', 'zh')).toBeNull();
    expect(describePath('narrative.appsNew', '2021', 'zh')).toBeNull();
  });
});
