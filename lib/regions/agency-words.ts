/**
 * Words in agency names the resolver needs: what may follow a short place name, the zone words, and
 * what marks a central (national) agency.
 */

/**
 * Words an agency name continues with after its place. A short place name (浙江, 嘉兴) counts only
 * when one of these follows, so 中山大学 and 吉林大学 name no place.
 */
export const AGENCY_WORD_START = new RegExp(
  '^(?:' +
    [
      '人民政府',
      '政府',
      '发展',
      '发改',
      '教育',
      '科学技术',
      '科技',
      '工业',
      '工信',
      '经济',
      '经信',
      '公安',
      '民政',
      '司法',
      '财政',
      '人力资源',
      '人社',
      '自然资源',
      '国土',
      '规划',
      '生态环境',
      '环境保护',
      '环保',
      '住房',
      '住建',
      '城乡',
      '交通',
      '水利',
      '水务',
      '农业',
      '农村',
      '乡村振兴',
      '商务',
      '文化',
      '文旅',
      '广电',
      '广播',
      '旅游',
      '卫生',
      '卫健',
      '退役军人',
      '应急',
      '审计',
      '国资',
      '国有资产',
      '市场监',
      '体育',
      '统计',
      '医疗保障',
      '医保',
      '林业',
      '信访',
      '行政审批',
      '政务',
      '数据',
      '大数据',
      '税务',
      '城市管理',
      '城管',
      '综合',
      '民族',
      '民宗',
      '档案',
      '能源',
      '海关',
      '调查队',
      '监管',
      '中心支行',
      '公共资源',
      '机关事务',
      '粮食',
      '气象',
      '地震',
      '高新',
      '开发区',
      '新区',
      '工业园',
      '产业园',
      '保税',
      '自由贸易',
      '管委会',
      '管理委员会',
      '中级人民法院',
      '人民检察院',
    ].join('|') +
    ')',
);

/** The zone part of a name, after its place (经济开发区, 高新技术产业开发区, 两江新区…). */
export const ZONE_WORDS =
  '经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新技术产业园区|高新区|工业园区|产业园区|' +
  '综合实验区|综合试验区|实验区|试验区|示范区|合作区|综合保税区|保税区|旅游度假区|度假区|风景名胜区|管理区|开发区|新区|园区';
/** A zone directly after the place, its own name at most ten characters and free of agency words. */
export const ZONE_AFTER_PLACE = new RegExp(`^([^局厅委办室府]{0,10}?(?:${ZONE_WORDS}))`);

/** Names of national bodies, which a local branch may continue with a place (国家税务总局嘉兴市税务局). */
export const CENTRAL_START = /^(?:国务院|中华人民共和国|中共中央|中央|国家|中国|最高人民)/;
/** Ministries and national administrations named without a place (教育部, 海关总署). */
export const CENTRAL_END = /(?:部|总局|总署)$/;

/** The lowest-level bodies, under a county: 乡, 镇, 街道. */
export const TOWNSHIP = /(?:[镇乡](?:人民)?政府|街道办事处|街道办|街道)$|[镇乡]$/;
