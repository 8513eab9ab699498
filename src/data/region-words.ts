// Everyday words that mark a Traditional text as Hong Kong or Taiwan writing (not variant
// characters: those are core/script.ts's HK_EVIDENCE). term/regional reads them to choose whose
// vocabulary a text follows when no region is declared. Each word is standard in one region and
// rare in the other; Cantonese particles count for Hong Kong.

export const HONG_KONG_WORDS: readonly string[] = [
  '的士', '港鐵', '特首', '立法會', '區議會', '屋邨', '公屋', '居屋', '街市', '八達通', '強積金', '差餉',
  '港元', '港幣', '恒指', '恒生指數', '收市', '貨櫃碼頭', '私家車', '小巴', '房委會', '醫管局', '食環署',
  '運輸署', '政府總部', '入息', '樓宇', '按揭', '埋單', '雪櫃', '士多', '茶餐廳', '本港', '港府',
  '咗', '嘅', '喺', '唔', '冇', '佢', '哋', '啲', '嚟', '睇', '咩',
];

export const TAIWAN_WORDS: readonly string[] = [
  '捷運', '計程車', '公車', '健保', '立法院', '行政院', '縣市', '鄉鎮', '里長', '新台幣', '台股', '加權指數',
  '機車', '便利商店', '悠遊卡', '高鐵', '國小', '國中', '民進黨', '國民黨', '縣長', '市長', '軟體', '網路',
  '資料', '程式', '伺服器', '影片', '視窗', '滑鼠', '記憶體',
];
