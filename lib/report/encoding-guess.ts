/**
 * Telling real Chinese from mojibake. GB18030 accepts almost any byte pairs, so a Big5 or Shift-JIS
 * file "decodes" as GB18030 into valid but meaningless characters. Real Chinese prose is dense in a
 * few hundred common characters (the ~270 below make up over half of any report); mojibake seldom hits them.
 * Digits are ASCII in all these encodings, so numbers would survive while every label turned to noise:
 * the file is refused with the likely encoding named rather than read into a report of nothing.
 */
const COMMON_SIMPLIFIED =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研信息申请报告六';
const COMMON_TRADITIONAL = '這為個國們來時發會對過學說經進現實體機當點從業開還與關數問題總計資訊報請處動規範';
const SIMPLIFIED = new Set(COMMON_SIMPLIFIED);
const ANY_CHINESE = new Set([...COMMON_SIMPLIFIED, ...COMMON_TRADITIONAL]);
const KANA = /[\u3041-\u3096\u30a1-\u30fa]/g;

/** Share of CJK ideographs in the text that are common Chinese characters; null when there are too few to judge. */
export function commonShare(text: string, common: Set<string> = SIMPLIFIED): number | null {
  const commonSet = common;
  let cjk = 0;
  let hits = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) {
      cjk++;
      if (commonSet.has(ch)) hits++;
    }
  }
  return cjk < 30 ? null : hits / cjk;
}

/**
 * True when a GB18030 decoding reads as noise rather than mainland Chinese: few common simplified
 * characters (real reports: 55–70%; Big5 read as GB18030: ~10%), or kana, which GB18030 gives for
 * Big5's commonest lead bytes and which a Chinese report does not contain.
 */
export function looksGarbled(text: string): boolean {
  const share = commonShare(text);
  if (share === null) return false;
  const kana = text.match(KANA)?.length ?? 0;
  return share < 0.3 || kana > 20;
}

/** The legacy encoding the bytes most likely are, by decoding them and seeing which reads as language. */
export function guessLegacyEncoding(bytes: Uint8Array): string | null {
  const tries: [string, string][] = [
    ['big5', 'Big5 (traditional Chinese)'],
    ['shift_jis', 'Shift-JIS (Japanese)'],
    ['euc-kr', 'EUC-KR (Korean)'],
  ];
  let best: { name: string; score: number } | null = null;
  for (const [label, name] of tries) {
    let text: string;
    try {
      text = new TextDecoder(label, { fatal: true }).decode(bytes.subarray(0, 1 << 16));
    } catch {
      continue;
    }
    const kana = text.match(KANA)?.length ?? 0;
    const hangul = text.match(/[\uac00-\ud7a3]/g)?.length ?? 0;
    // Chinese text saved as Shift-JIS has kanji but hardly any kana: score it as Chinese too.
    const chinese = (commonShare(text, ANY_CHINESE) ?? 0) * 100;
    const score = label === 'shift_jis' ? kana + chinese : label === 'euc-kr' ? hangul : chinese;
    if (score > 5 && (!best || score > best.score)) best = { name, score };
  }
  return best?.name ?? null;
}
