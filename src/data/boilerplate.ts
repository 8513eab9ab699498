// Scraped-page leftovers, matched against whole lines folded to Simplified. Configuration can
// add patterns (boilerplate.patterns in termlint.config.json).
export const BOILERPLATE_LINES: RegExp[] = [
  /^付费\s*\d+(?:\.\d+)?\s*元查看完整内容$/,
  /^(?:点击)?查看完整内容$/,
  /^相关内容$/,
  /^(?:阅读|查看)原文$/,
  /^(?:扫码|扫描二维码)?关注(?:我们|公众号)?.{0,12}$/,
  /^(?:本文)?(?:来源|转载自|转自)[:：].{0,40}$/,
  /^转载请注明.{0,40}$/,
  /^(?:免责声明|版权声明|版权所有)[:：]?.{0,60}$/,
  /^(?:上一篇|下一篇)[:：].{0,60}$/,
  /^(?:分享到|点赞|收藏|在看|更多精彩)[:：]?.{0,20}$/,
  /^(?:登录|注册)(?:后|以)?(?:查看|阅读).{0,20}$/,
];
