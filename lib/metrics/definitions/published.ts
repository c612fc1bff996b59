/** 主动公开: table 2 and the "items published" figures of the prose (section 一). */
import type { CountMetricDefinition } from '../types';

const BOTH: CountMetricDefinition['templates'] = ['2019', '2021'];

const DECISIONS_CAVEATS = [
  '统计的是本年作出的处理决定数量，不是事项数量；2019 版的"上一年项目数量""本年增/减"两列是事项数，不计入本指标。' +
    ' Counts decisions made this year, not the number of matters; the 2019 form\'s "items last year" and "change" columns count matters and are not used.',
  '同类机关之间差异很大：办证量大的机关动辄数千件，多数机关为 0。' +
    ' Varies enormously between agencies: those that issue many permits report thousands, most report 0.',
];

const CHANNEL_CAVEATS = [
  '数字取自报告正文（总体情况）的文字表述，而非表格；各机关计数口径不同（按条、篇、期），跨机关不可直接比较。' +
    " Taken from the report's prose, not a table; agencies count differently (items, articles, issues), so figures are not comparable across agencies.",
  '同一渠道出现多个数字时取最大者（较小者通常是其中的分项）。' +
    ' Where the prose gives several figures for the channel, the largest is used (smaller ones are usually parts of it).',
  '报告未提及该渠道时为空值，不代表 0。 Null when the prose does not mention the channel; that does not mean 0.',
];

function channel(
  id: CountMetricDefinition['id'],
  zh: string,
  en: string,
  channelKey: string,
  extra: string[] = [],
): CountMetricDefinition {
  return {
    id,
    zh: `${zh}发布信息条数`,
    en: `Items published on ${en}`,
    group: 'published',
    unit: 'count',
    formula: `正文中"${zh}"渠道的最大数字 — largest prose figure for the ${en.replace(/^the /, '')} channel`,
    caveats: [...CHANNEL_CAVEATS, ...extra],
    templates: BOTH,
    source: `narrative[channel=${channelKey}].value (max)`,
  };
}

export const PUBLISHED_METRICS: CountMetricDefinition[] = [
  {
    id: 'docsIssued',
    zh: '本年制发规章和规范性文件数',
    en: 'Rules and normative documents issued this year',
    group: 'published',
    unit: 'count',
    formula:
      '规章 + 规范性文件的本年新制作数量（2019 版）/ 本年制发件数（2021 版） — rules + normative documents made (2019 form) / issued (2021 form) this year',
    caveats: [
      '只有国务院部门和省级、设区的市级人民政府可以制定规章，其他机关的规章一栏通常为 0。' +
        ' Only State Council departments and provincial and prefecture-level governments can make rules (guizhang); other agencies usually report 0 for them.',
      '两版表格用词不同（"新制作" / "制发"），含义相近；跨版本比较时请留意。' +
        ' The two forms word the column differently ("newly made" / "issued"); close in meaning, but mind the change when comparing across forms.',
    ],
    templates: BOTH,
    source: 'table2.regulations[0] + table2.normativeDocs[0]',
  },
  {
    id: 'docsPublished',
    zh: '本年新公开规章和规范性文件数',
    en: 'Rules and normative documents newly published this year',
    group: 'published',
    unit: 'count',
    formula: '规章 + 规范性文件的本年新公开数量 — rules + normative documents newly published this year',
    caveats: [
      '仅 2019 版表格有此列；2021 版报告为空值。 Only the 2019 form has this column; null for reports on the 2021 form.',
      '可包含往年制作、本年才公开的文件。 Can include documents made in earlier years and published this year.',
    ],
    templates: ['2019'],
    source: 'table2.regulations[1] + table2.normativeDocs[1]',
  },
  {
    id: 'docsInForce',
    zh: '规章和规范性文件总数',
    en: 'Rules and normative documents on record',
    group: 'published',
    unit: 'count',
    formula:
      '规章 + 规范性文件的对外公开总数量（2019 版）/ 现行有效件数（2021 版） — total published (2019 form) / currently in force (2021 form)',
    caveats: [
      '两版含义不同：2019 版"对外公开总数量"是累计公开数（各机关起算时间不一，可能含已废止文件），2021 版"现行有效件数"只计仍然有效的文件；跨版本不可比。' +
        ' The forms mean different things: the 2019 form\'s "total published" is a running total (from whenever the agency starts counting, possibly including repealed documents), the 2021 form counts documents still in force; not comparable across forms.',
    ],
    templates: BOTH,
    source: 'table2.regulations[2] + table2.normativeDocs[2]',
  },
  {
    id: 'docsRepealed',
    zh: '本年废止规章和规范性文件数',
    en: 'Rules and normative documents repealed this year',
    group: 'published',
    unit: 'count',
    formula: '规章 + 规范性文件的本年废止件数 — rules + normative documents repealed this year',
    caveats: [
      '仅 2021 版表格有此列；2019 版报告为空值。 Only the 2021 form has this column; null for reports on the 2019 form.',
    ],
    templates: ['2021'],
    source: 'table2.regulations[1] + table2.normativeDocs[1]',
  },
  {
    id: 'licensingDecisions',
    zh: '行政许可处理决定数',
    en: 'Administrative licensing decisions',
    group: 'published',
    unit: 'count',
    formula: '行政许可的处理决定数量 — licensing decisions made this year',
    caveats: DECISIONS_CAVEATS,
    templates: BOTH,
    source: 'table2.licensing[2] (2019 form) / table2.licensing[0] (2021 form)',
  },
  {
    id: 'penaltyDecisions',
    zh: '行政处罚处理决定数',
    en: 'Administrative penalty decisions',
    group: 'published',
    unit: 'count',
    formula: '行政处罚的处理决定数量 — penalty decisions made this year',
    caveats: DECISIONS_CAVEATS,
    templates: BOTH,
    source: 'table2.penalty[2] (2019 form) / table2.penalty[0] (2021 form)',
  },
  {
    id: 'coercionDecisions',
    zh: '行政强制处理决定数',
    en: 'Administrative coercion decisions',
    group: 'published',
    unit: 'count',
    formula: '行政强制的处理决定数量 — coercion decisions made this year',
    caveats: DECISIONS_CAVEATS,
    templates: BOTH,
    source: 'table2.coercion[2] (2019 form) / table2.coercion[0] (2021 form)',
  },
  {
    id: 'feesAmount',
    zh: '行政事业性收费金额（万元）',
    en: 'Administrative fees collected (10k yuan)',
    group: 'published',
    unit: '10k-yuan',
    formula: '行政事业性收费的本年收费金额，单位万元 — fees collected this year, in 10,000 yuan',
    caveats: [
      '仅 2021 版表格有金额；2019 版只列收费项目数，本指标为空值。 Only the 2021 form asks for the amount; the 2019 form counts fee items, so the value is null there.',
      '数值按报告原文，不作单位换算；个别机关误按元填写，无法自动识别。' +
        ' Taken as written, without unit conversion; an agency that wrote yuan instead of 10k yuan cannot be told apart automatically.',
    ],
    templates: ['2021'],
    source: 'table2.fees[0]',
  },
  {
    id: 'procurementAmount',
    zh: '政府集中采购总金额（元）',
    en: 'Centralised government procurement (yuan)',
    group: 'published',
    unit: 'yuan',
    formula: '政府集中采购的采购总金额，单位元 — total centralised procurement, in yuan',
    caveats: [
      '仅 2019 版表格有此行；2021 版报告为空值。 Only the 2019 form has this row; null for reports on the 2021 form.',
      '数值按报告原文，不作单位换算；有的机关实际填写的是万元。' +
        ' Taken as written, without unit conversion; some agencies actually write 10k yuan.',
    ],
    templates: ['2019'],
    source: 'table2.procurement[1]',
  },
  channel('itemsPublishedWebsite', '网站', 'the website', 'website'),
  channel('itemsPublishedWechat', '微信公众号', 'WeChat', 'wechat'),
  channel('itemsPublishedWeibo', '微博', 'Weibo', 'weibo'),
  channel('itemsPublishedNewMedia', '政务新媒体', 'new media (unspecified)', 'newMedia', [
    '只计报告笼统称为"新媒体"的数字；点名的微信、微博、客户端、抖音等不计入。' +
      ' Only figures the report attributes to "new media" in general; named platforms (WeChat, Weibo, apps, Douyin) are not included.',
  ]),
  {
    id: 'itemsPublishedTotal',
    zh: '主动公开信息总条数（正文）',
    en: 'Items published, all channels (prose)',
    group: 'published',
    unit: 'count',
    formula:
      '正文所述总数；未述总数时为网站 + 微信 + 微博 + 新媒体之和 — the stated total, else website + WeChat + Weibo + new media',
    caveats: [
      CHANNEL_CAVEATS[0],
      '报告给出总数时取总数；否则为网站、微信、微博、新媒体四个渠道数字之和（已知部分之和），同一信息在多个渠道发布会被重复计算，公开目录、政务服务网、公开栏、客户端等渠道只在总数中出现。' +
        ' The stated total where the report gives one; otherwise the sum of the website, WeChat, Weibo and new-media figures present, which counts an item published on several channels more than once; catalogue, service-portal, notice-board and app figures only enter through a stated total.',
      CHANNEL_CAVEATS[2],
    ],
    templates: BOTH,
    source: 'narrative[channel=total].value (max), else the sum of the four channel metrics',
  },
];
