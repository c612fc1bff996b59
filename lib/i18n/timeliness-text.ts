/** Words for a report's publication date: where it was read, and whether it was on time. */
export const TIMELINESS_TEXT = {
  zh: {
    from: {
      given: '导入时填写',
      crawler: '采集信息中的发布时间',
      'page-meta': '网页元数据',
      'page-line': '网页上的发布时间',
      signed: '报告末尾落款日期',
      'file-created': '文件创建日期',
      'file-modified': '文件修改日期',
    },
    published: (date: string, from: string) => `发布于 ${date}（${from}）`,
    unknown: '发布日期未知',
    late: (days: number) => `逾期 ${days} 天（截止日期为次年 1 月 31 日）`,
    onTime: '按时发布（次年 1 月 31 日前）',
    /** A table cell of days late: the number stays the sort key and the export's value. */
    cell: { onTime: '按时', late: (shown: string, _days: number) => `逾期 ${shown} 天`, unknown: '未知' },
  },
  en: {
    from: {
      given: 'given when imported',
      crawler: "the crawler's publication date",
      'page-meta': "the page's metadata",
      'page-line': 'the date on the page',
      signed: 'the date signed at the end',
      'file-created': "the file's creation date",
      'file-modified': "the file's modification date",
    },
    published: (date: string, from: string) => `Published ${date} (${from})`,
    unknown: 'Publication date unknown',
    late: (days: number) => `${days} day${days === 1 ? '' : 's'} late (due by 31 January of the next year)`,
    onTime: 'On time (by 31 January of the next year)',
    cell: {
      onTime: 'on time',
      late: (shown: string, days: number) => `${shown} day${days === 1 ? '' : 's'} late`,
      unknown: 'unknown',
    },
  },
};
