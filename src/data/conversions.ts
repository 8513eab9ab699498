// termlint's own data on Simplified↔Traditional conversion. opencc-js keeps only the first
// candidate of a one-to-many mapping (并 → 並, never 併), so these facts cannot come from it.

/**
 * Characters that look Simplified to a naive converter but are standard Traditional characters
 * in some words (台灣, 公里, 干擾, 若干, 皇后, 風采, 征服, 卷積, 關係 is 係 but 系統 is 系…).
 * script/mixed never reports them in a Traditional text; script/conversion decides in context.
 */
export const SHARED_HANT = [...'台里干于后范余云采征面只发系制表准致卷斗谷松游几据了借回向症才占布周划汇板获钟涂扎伙注凶困舍折曲须胡郁叶丑价吊蒙朴仆克咸尸欲御家千刮苏辟姜愈卜团弦奸升'];

/**
 * Variant forms that Taiwan's or Hong Kong's standards accept in Traditional text and that
 * OpenCC's first-choice tables nevertheless convert (恒→恆, 涌→湧, 厘→釐): 恒指 and 恒生, 葵涌 and
 * 鰂魚涌, 減息0.25厘 and 公厘, 岩石, 周杰倫, 山岳, 佣金, 雇主, 發霉, 熏陶, 凄涼, 咨詢, 蚝油, 栖息, 菜肴.
 * Every one is a Big5 character (the test checks). script/mixed never reports them. OpenCC's own
 * standard forms (着, 污, 泄, 檐) and, by region, Hong Kong's forms (税, 卧, 温) are read from opencc-js.
 */
export const HANT_VARIANTS = [...'恒涌厘岩杰岳佣雇霉熏凄咨蚝栖肴'];

/**
 * Characters that show which variant standard a Traditional text follows: Hong Kong's form, then
 * Taiwan's (and Big5's). A text that writes 說/衛/線 is not a Hong Kong-standard text, so its 税 or
 * 卧 is a Simplified character; one that writes 説/衞/綫 follows Hong Kong's list, where 税 is right.
 */
export const HK_EVIDENCE: readonly [hk: string, tw: string][] = [
  ['説', '說'], ['衞', '衛'], ['綫', '線'], ['閲', '閱'], ['鋭', '銳'], ['敍', '敘'], ['鈎', '鉤'], ['藴', '蘊'], ['醖', '醞'],
];

/** Traditional characters that are also standard in Simplified text (乾坤, 狼藉, 瞭望, 覆盖). */
export const SHARED_HANS = [...'乾藉瞭覆徵夥於昇'];

export interface WordFix {
  /** The wrong form as it appears in a Traditional text. */
  wrong: string;
  right: string;
}

/** Wrong conversions decided by the word they occur in. */
export const HANT_WORD_FIXES: WordFix[] = [
  // 冲 → 衝 / 沖
  { wrong: '沖突', right: '衝突' }, { wrong: '沖擊', right: '衝擊' }, { wrong: '沖動', right: '衝動' },
  { wrong: '緩沖', right: '緩衝' }, { wrong: '沖刺', right: '衝刺' }, { wrong: '沖破', right: '衝破' },
  { wrong: '冲突', right: '衝突' }, { wrong: '冲擊', right: '衝擊' }, { wrong: '緩冲', right: '緩衝' },
  // 尽 → 盡 / 儘
  // 盡量 and 盡快 are accepted in Taiwan and standard in Hong Kong: not wrong.
  { wrong: '盡管', right: '儘管' },
  { wrong: '尽管', right: '儘管' }, { wrong: '尽量', right: '儘量' },
  // 复 → 復 / 複 / 覆
  { wrong: '復雜', right: '複雜' }, { wrong: '復製', right: '複製' }, { wrong: '重復', right: '重複' },
  { wrong: '復數', right: '複數' }, { wrong: '復合', right: '複合' }, { wrong: '反復', right: '反覆' },
  { wrong: '答復', right: '答覆' }, { wrong: '復雜度', right: '複雜度' }, { wrong: '復用', right: '複用' },
  { wrong: '复杂', right: '複雜' }, { wrong: '復雜性', right: '複雜性' }, { wrong: '繁復', right: '繁複' },
  // 征 → 徵
  { wrong: '特征', right: '特徵' }, { wrong: '象征', right: '象徵' }, { wrong: '表征', right: '表徵' },
  { wrong: '征兆', right: '徵兆' }, { wrong: '征求', right: '徵求' }, { wrong: '征集', right: '徵集' },
  // 采 → 採
  { wrong: '采用', right: '採用' }, { wrong: '采樣', right: '採樣' }, { wrong: '采集', right: '採集' },
  { wrong: '采取', right: '採取' }, { wrong: '采納', right: '採納' }, { wrong: '采訪', right: '採訪' },
  { wrong: '采样', right: '採樣' },
  // 干 → 幹 / 乾
  { wrong: '主干', right: '主幹' }, { wrong: '骨干', right: '骨幹' }, { wrong: '樹干', right: '樹幹' },
  { wrong: '干部', right: '幹部' }, { wrong: '干淨', right: '乾淨' }, { wrong: '干燥', right: '乾燥' },
  { wrong: '餅干', right: '餅乾' }, { wrong: '干脆', right: '乾脆' },
  // 云 → 雲
  { wrong: '云端', right: '雲端' }, { wrong: '云計算', right: '雲端運算' }, { wrong: '云服務', right: '雲端服務' },
  { wrong: '云平臺', right: '雲平臺' }, { wrong: '白云', right: '白雲' }, { wrong: '云层', right: '雲層' },
  // 余 → 餘
  { wrong: '其余', right: '其餘' }, { wrong: '剩余', right: '剩餘' }, { wrong: '余弦', right: '餘弦' },
  { wrong: '多余', right: '多餘' }, { wrong: '余下', right: '餘下' }, { wrong: '冗余', right: '冗餘' },
  { wrong: '業余', right: '業餘' }, { wrong: '殘余', right: '殘餘' }, { wrong: '余量', right: '餘量' },
  // 范 → 範
  { wrong: '范式', right: '範式' }, { wrong: '范圍', right: '範圍' }, { wrong: '范例', right: '範例' },
  { wrong: '規范', right: '規範' }, { wrong: '示范', right: '示範' }, { wrong: '模范', right: '模範' },
  { wrong: '范疇', right: '範疇' }, { wrong: '范本', right: '範本' }, { wrong: '典范', right: '典範' },
  { wrong: '防范', right: '防範' }, { wrong: '范數', right: '範數' },
  // 准 → 準
  { wrong: '准確', right: '準確' }, { wrong: '標准', right: '標準' }, { wrong: '准備', right: '準備' },
  { wrong: '水准', right: '水準' }, { wrong: '准則', right: '準則' }, { wrong: '基准', right: '基準' },
  { wrong: '精准', right: '精準' }, { wrong: '校准', right: '校準' },
  // 系 → 係 / 繫
  { wrong: '關系', right: '關係' }, { wrong: '聯系', right: '聯繫' }, { wrong: '維系', right: '維繫' },
  // 制 → 製
  { wrong: '制作', right: '製作' }, { wrong: '制造', right: '製造' }, { wrong: '復制', right: '複製' },
  { wrong: '繪制', right: '繪製' }, { wrong: '定制', right: '定製' }, { wrong: '制品', right: '製品' },
  // 划 → 劃
  { wrong: '規划', right: '規劃' }, { wrong: '計划', right: '計劃' }, { wrong: '划分', right: '劃分' },
  // 致 → 緻
  { wrong: '精致', right: '精緻' }, { wrong: '細致', right: '細緻' },
  // 汇 → 彙 / 匯
  { wrong: '詞匯', right: '詞彙' }, { wrong: '詞汇', right: '詞彙' }, { wrong: '汇總', right: '彙總' },
  // 游 → 遊
  { wrong: '游戲', right: '遊戲' }, { wrong: '游客', right: '遊客' }, { wrong: '旅游', right: '旅遊' },
  // 签 → 籤
  { wrong: '標簽', right: '標籤' },
  // 注 → 註
  { wrong: '注釋', right: '註釋' }, { wrong: '注冊', right: '註冊' }, { wrong: '注解', right: '註解' },
  // 里 → 裡
  { wrong: '這里', right: '這裡' }, { wrong: '那里', right: '那裡' }, { wrong: '哪里', right: '哪裡' },
  { wrong: '里面', right: '裡面' }, { wrong: '心里', right: '心裡' },
  // 几 → 幾
  { wrong: '几乎', right: '幾乎' }, { wrong: '几何', right: '幾何' }, { wrong: '几個', right: '幾個' },
  { wrong: '几種', right: '幾種' }, { wrong: '几十', right: '幾十' },
  // 据 → 據
  { wrong: '數据', right: '數據' }, { wrong: '根据', right: '根據' }, { wrong: '依据', right: '依據' },
  { wrong: '据說', right: '據說' }, { wrong: '證据', right: '證據' },
  // 周 → 週
  // 获 → 穫
  { wrong: '收获', right: '收穫' },
  // 面 → 麵, 发 → 髮, 只 → 隻: rare in technical text
  { wrong: '一只', right: '一隻' }, { wrong: '頭发', right: '頭髮' },
];

export interface CharFix {
  char: string;
  right: string;
  /** Words in which the character is correct as it stands in Traditional text. */
  except: string[];
  /** Words in which it becomes something other than `right`. */
  words?: WordFix[];
}

/** Characters that are wrong in a Traditional text almost wherever they appear. */
export const HANT_CHAR_FIXES: CharFix[] = [
  {
    char: '并',
    right: '並',
    except: ['并州'],
    words: [
      { wrong: '合并', right: '合併' }, { wrong: '兼并', right: '兼併' }, { wrong: '吞并', right: '吞併' },
      { wrong: '并購', right: '併購' }, { wrong: '并發', right: '併發' }, { wrong: '并入', right: '併入' },
    ],
  },
  { char: '于', right: '於', except: ['于右任', '于謙', '于敏'] },
  {
    char: '后',
    right: '後',
    except: ['皇后', '王后', '太后', '后妃', '影后', '天后', '后羿', '后土', '母后'],
  },
];

/**
 * Traditional characters that share one Simplified form but mean different things (發 issue / 髮
 * hair, 徵 sign / 征 march, 裡 inside / 里 mile…): choosing one for the other changes the word.
 * Variant pairs that Taiwan or Hong Kong accept either way (台/臺, 周/週, 裏/裡, 着/著) are not here,
 * nor 回/迴: OpenCC writes 迴 for every 回归, but 回歸 (return: 回歸家庭, 均值回歸), 回避 and 回響 are
 * Taiwan words too — only statistics' regression is 迴歸, which is the glossary's business.
 */
export const SEMANTIC_GROUPS: readonly string[] = [
  '發髮', '徵征', '裡里', '乾幹干', '麵面', '係繫系', '隻只', '歷曆', '準准', '於于', '後后', '範范',
  '餘余', '並并併', '鐘鍾', '鬥斗', '穀谷', '鬆松', '遊游', '幾几', '據据', '劃划',
  '獲穫', '塗涂', '捨舍', '摺折', '鬚須', '鬍胡', '鬱郁', '葉叶', '醜丑', '價价',
  '樸朴', '僕仆', '鹹咸', '屍尸', '慾欲', '禦御', '傢家', '颳刮', '闢辟', '薑姜', '癒愈', '蔔卜', '糰團', '絃弦', '衝沖',
  '颱台', '誌志', '製制', '麼么', '籤簽', '雲云', '採采', '捲卷', '讚贊',
];
