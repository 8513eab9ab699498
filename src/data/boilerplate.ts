// Scraped-page leftovers for content/boilerplate. Every pattern is written twice: `hans` is matched
// against the line folded to Simplified (so it also finds Traditional text that uses mainland
// wording), `hant` against the line as written, in Taiwan wording (網路, 聯絡, 點選, 追蹤).
// A pattern matches anywhere in a line of at most MAX_PATTERN_LINE characters; the short labels are
// anchored to the whole line. Every pattern needs a line in fixtures/lint/content-boilerplate.txt
// (test/boilerplate-data.test.ts checks it). Configuration can add patterns
// (boilerplate.patterns in termlint.config.json).

/** What a pattern finds; each kind is a message of its own. */
export type BoilerplateKind = 'notice' | 'follow' | 'share' | 'paywall' | 'footer' | 'related' | 'nav';

export interface BoilerplatePattern {
  kind: BoilerplateKind;
  hans: RegExp;
  hant: RegExp;
}

/** Longer lines are prose that mentions such a phrase, not the phrase itself. */
export const MAX_PATTERN_LINE = 100;

export const BOILERPLATE_PATTERNS: BoilerplatePattern[] = [
  // notice: "this article comes from the web", with or without a takedown offer
  {
    kind: 'notice',
    hans: /本文(?:来源于|来源|来自|转载自|转自|摘自|整理自)(?:网络|互联网|网上)/,
    hant: /本文(?:來源於|來源|來自|轉載自|轉自|摘自|整理自)(?:網路|網際網路|網上)/,
  },
  // notice: "contact us to have it removed if it infringes"
  {
    kind: 'notice',
    hans: /如(?:有|涉及?)侵权.{0,6}(?:联系|告知|通知).{0,8}删/,
    hant: /如(?:有|涉及?)侵權.{0,6}(?:聯絡|聯繫|告知|通知).{0,8}刪/,
  },
  // notice: blog platform's "original article by the blogger" copyright line
  {
    kind: 'notice',
    hans: /版权声明[:：]?\s*本文为.{0,12}原创/,
    hant: /版權聲明[:：]?\s*本文為.{0,12}原創/,
  },
  // notice: the licence clause of that line
  {
    kind: 'notice',
    hans: /遵循\s*CC\s*\d(?:\.\d)?\s*BY(?:-NC)?(?:-ND|-SA)?\s*版权协议/,
    hant: /遵循\s*CC\s*\d(?:\.\d)?\s*BY(?:-NC)?(?:-ND|-SA)?\s*版權(?:協議|條款)/,
  },
  // notice: "when reposting, credit the source"
  {
    kind: 'notice',
    hans: /转载请(?:务必)?(?:注明|附上|保留|标明).{0,10}(?:出处|链接|来源|作者)/,
    hant: /轉載請(?:務必)?(?:註明|注明|附上|保留|標明).{0,10}(?:出處|連結|來源|作者)/,
  },
  // notice: "no reposting without permission"
  {
    kind: 'notice',
    hans: /未经.{0,8}(?:授权|许可|同意).{0,4}(?:禁止|不得|严禁|谢绝).{0,6}转载/,
    hant: /未經.{0,8}(?:授權|許可|同意).{0,4}(?:禁止|不得|嚴禁|謝絕).{0,6}轉載/,
  },
  // notice: the Q&A sites' "commercial reposts need the author's permission"
  {
    kind: 'notice',
    hans: /商业转载请联系作者/,
    hant: /商業轉載請(?:聯絡|聯繫)作者/,
  },
  // notice: "reposted from:" / "source of this article:" as a line of its own
  {
    kind: 'notice',
    hans: /^(?:本文|文章)?(?:转载自|转自|出处)[:：]|^(?:本文|文章)来源[:：]/,
    hant: /^(?:本文|文章)?(?:轉載自|轉自|出處)[:：]|^(?:本文|文章)來源[:：]/,
  },
  // follow: "scan the code to follow / join / get …"
  {
    kind: 'follow',
    hans: /(?:扫码|扫一扫|(?:扫描|长按|识别).{0,8}(?:二维码|QR\s*码)).{0,12}(?:关注|加入|添加|进群|入群|领取|获取|订阅|追踪)/i,
    hant: /(?:掃碼|掃一掃|(?:掃描|長按|識別).{0,8}(?:QR\s*[Cc]ode|二維碼|條碼)).{0,12}(?:追蹤|關注|加入|加好友|領取|取得|獲取|訂閱)/,
  },
  // follow: "follow our official account", at the start of the line
  {
    kind: 'follow',
    // (after at most a short lead-in clause: 更多精彩内容，请关注…)
    hans: /^(?:[^，,。]{0,8}[，,]|)(?:欢迎|请|记得|敬请|点击|扫码)?关注(?:我们的|我的|本|官方|微信)?(?:公众号|服务号|订阅号|视频号)(?![的里中数])/,
    hant: /^(?:[^，,。]{0,8}[，,]|)(?:歡迎|請|記得|敬請|點選|點擊)?(?:追蹤|關注)(?:我們的|我的|本|官方)?(?:公眾號|粉絲專頁|粉專|官方帳號|頻道)(?![的裡中數])/,
  },
  // follow: "follow us!" alone or before a comma
  {
    kind: 'follow',
    hans: /^(?:欢迎|请|记得|敬请)?关注(?:我们|我|本号|作者|博主|小编)(?:[，,！!。~～…]|$)/,
    hant: /^(?:歡迎|請|記得|敬請)?(?:追蹤|關注)(?:我們|我|本號|作者|小編)(?:[，,！!。~～…]|$)/,
  },
  // share: "read the full text / the original" as a line of its own
  {
    kind: 'share',
    hans: /^(?:点击|点此|戳)?(?:阅读|查看)(?:全文|原文)[>》→]*$/,
    hant: /^(?:點擊|點此|點選|按此|按這裡)?(?:閱讀|查看|觀看)(?:全文|原文)[>》→]*$/,
  },
  // share: "expand the full text"
  {
    kind: 'share',
    hans: /^(?:展开|显示)(?:全文|阅读全文|剩余全文)$/,
    hant: /^(?:展開|顯示)(?:全文|閱讀全文|剩餘全文)$/,
  },
  // share: "share to: WeChat, Weibo …"
  {
    kind: 'share',
    hans: /^(?:分享到|分享至)(?:$|[:：].{0,30}$)/,
    hant: /^(?:分享到|分享至)(?:$|[:：].{0,30}$)/,
  },
  // share: a row of reaction buttons (like, bookmark, repost)
  {
    kind: 'share',
    // (a short cheer may follow: 点赞收藏加关注，下期更精彩)
    hans: /^(?:点赞|收藏|转发|在看|分享|评论)[点赞收藏转发在看分享评论关注加和\s,，、|/·+]{3,30}(?:[，,！!。~～…][^，,。]{0,10}|)$|一键三连/,
    hant: /^(?:按讚|點讚|收藏|轉發|轉貼|分享|留言)[按讚點收藏轉發貼分享留言追蹤加和\s,，、|/·+]{3,30}(?:[，,！!。~～…][^，,。]{0,10}|)$/,
  },
  // paywall: "pay 5 yuan to see the full content"
  {
    kind: 'paywall',
    hans: /^付费\s*[\d.]+\s*元(?:即可)?(?:查看|阅读|解锁).{0,8}$/,
    hant: /^付費\s*[\d.]+\s*元(?:即可)?(?:查看|閱讀|解鎖).{0,8}$/,
  },
  // paywall: "see the full content" as a button label
  {
    kind: 'paywall',
    hans: /^(?:点击)?查看完整(?:内容|文章)$/,
    hant: /^(?:點擊|點選)?查看完整(?:內容|文章)$/,
  },
  // paywall: "become a member / VIP to read"
  {
    kind: 'paywall',
    hans: /^(?:开通|成为|升级|加入)(?:VIP|会员|超级会员|年度会员).{0,16}(?:查看|阅读|解锁|观看|免费|下载)/i,
    hant: /^(?:開通|成為|升級|加入)(?:VIP|會員|超級會員|年度會員).{0,16}(?:查看|閱讀|解鎖|觀看|免費|下載)/i,
  },
  // paywall: "log in to read"
  {
    kind: 'paywall',
    hans: /^(?:登录|注册)(?:后|以)?(?:即可)?(?:查看|阅读|可见|下载)/,
    hant: /^(?:登入|註冊|登錄)(?:後|以)?(?:即可)?(?:查看|閱讀|可見|下載)/,
  },
  // footer: Chinese ICP licence and public security filing numbers
  {
    kind: 'footer',
    hans: /[京沪粤浙苏闽川鄂湘鲁豫皖赣冀晋辽吉黑陕甘青琼桂云贵蒙宁新藏渝津]ICP[备证]\s*\d+|公网安备\s*\d+/,
    hant: /[京滬粵浙蘇閩川鄂湘魯豫皖贛冀晉遼吉黑陝甘青瓊桂雲貴蒙寧新藏渝津]ICP[備證]\s*\d+|公網安備\s*\d+/,
  },
  // footer: the blog platform's note under every article
  {
    kind: 'footer',
    hans: /文章知识点与官方知识档案匹配/,
    hant: /文章知識點與官方知識檔案匹配/,
  },
  // footer: "© 2023 … Co., Ltd. all rights reserved"
  {
    kind: 'footer',
    hans: /(?:©|\(c\)|copyright).{0,40}(?:有限公司|集团|版权所有)|有限(?:责任)?公司\s*版权所有/i,
    hant: /(?:©|\(c\)|copyright).{0,40}(?:有限公司|集團|版權所有)|有限公司\s*版權所有/i,
  },
  // related: "related content / recommended for you" labels
  {
    kind: 'related',
    hans: /^(?:相关(?:内容|推荐|文章|阅读)|猜你喜欢|为你推荐|热门(?:推荐|文章)|往期(?:推荐|回顾|精选)|精彩推荐)[:：]?$/,
    hant: /^(?:相關(?:內容|推薦|文章|閱讀)|猜你喜歡|為你推薦|熱門(?:推薦|文章)|往期(?:推薦|回顧|精選)|精彩推薦)[:：]?$/,
  },
  // nav: previous / next article, back to top, breadcrumbs starting at the home page
  {
    kind: 'nav',
    hans: /^(?:上一篇|下一篇)[:：]|^(?:返回顶部|返回首页|返回目录|回到顶部)$|^首页\s*[>›»]/,
    hant: /^(?:上一篇|下一篇)[:：]|^(?:返回頂部|回到頂端|返回首頁|回到首頁)$|^首頁\s*[>›»]/,
  },
];

// Structural signals (content/boilerplate's promotion score), written in both scripts; matched
// against the line folded to Simplified and as written.

/** Calls to action. */
export const CALL_TO_ACTION = {
  hans: ['关注', '扫码', '扫一扫', '长按', '点击', '转发', '订阅', '下载', '收藏', '点赞', '加入', '添加', '私信', '领取'],
  hant: ['追蹤', '關注', '掃碼', '長按', '點擊', '點選', '按此', '轉發', '分享', '訂閱', '下載', '收藏', '按讚', '加入', '加好友', '私訊', '領取'],
};

/** Platforms and channels that calls to action point to. Latin names are matched as words. */
export const PLATFORMS = {
  hans: ['公众号', '微信', '小程序', '知乎', 'CSDN', 'B站', '哔哩哔哩', '微博', '抖音', '视频号', '交流群', '微信群', 'QQ群', '读者群', '粉丝群', '知识星球', '二维码', 'app'],
  hant: ['公眾號', '粉絲專頁', '粉專', '臉書', 'LINE', '官方帳號', '頻道', '社團', '群組', 'QR Code', 'app'],
};

/** Words that make a call to action urgent: "download now", "click me". */
export const URGING = {
  hans: ['立即', '马上', '赶快', '快来', '点我', '点此', '一键', '欢迎'],
  hant: ['立即', '馬上', '趕快', '快來', '點我', '按此', '一鍵', '歡迎'],
};

/** What the call promises: the bait of a promotion. */
export const PROMISES = {
  hans: ['领取', '免费', '资料', '福利', '更多精彩', '获取更多', '干货', '第一时间', '不迷路'],
  hant: ['領取', '免費', '資料', '福利', '更多精彩', '獲得更多', '第一時間', '不錯過'],
};

/** Search bait of keyword spam (free, download, latest, HD, make money …): a list of topics has none. */
export const SPAM_BAIT = {
  hans: ['免费', '下载', '在线', '观看', '最新', '高清', '资源', '教程', '赚钱', '精选', '热门', '视频', '电影', '破解',
    '合集', '大全', '网址', '福利', '成人', '兼职', '副业', '手游', '壁纸', '秒杀', '特价', '直播', '永久', 'av'],
  hant: ['免費', '下載', '線上', '觀看', '最新', '高畫質', '資源', '教學', '賺錢', '精選', '熱門', '影片', '電影', '破解',
    '合集', '大全', '網址', '福利', '成人', '兼職', '副業', '手遊', '桌布', '秒殺', '特價', '直播', '永久', 'av'],
};

/** A paper's own keyword line: content, however list-like. */
export const KEYWORD_LINE = /^[*_]*(?:关键词|关键字|關鍵詞|關鍵字|索引词|索引詞|key\s*words?|index\s+terms)\s*[:：]/i;
