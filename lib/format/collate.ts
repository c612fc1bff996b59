/** Chinese names sorted by pinyin (嘉兴 jia < 上高 shang < 吴忠 wu < 忻州 xin), not by code point. */
const PINYIN = new Intl.Collator('zh-Hans-CN-u-co-pinyin');

export const pinyinCompare: (a: string, b: string) => number = PINYIN.compare;
