// What marks a span of text as a personal name: the commonest Chinese surnames (mainland, Hong
// Kong and Taiwan) and the words that stand next to a name in news and reports. All in Simplified
// form: they are matched on the Simplified shadow of a text.

/** The commonest single-character surnames. */
export const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤',
  ...'麦区欧岑冼伍翁温邝关詹庄甘骆容游柯洪施颜祝邬阮简蓝倪涂童傅聂饶殷邢', // frequent in Hong Kong and Taiwan
];

/** Two-character surnames. */
export const COMPOUND_SURNAMES = ['欧阳', '司徒', '上官', '诸葛', '司马', '东方', '皇甫', '尉迟', '公孙', '慕容', '夏侯', '令狐'];

/** Forms of address after a name; a surname and one more character is a name before them (王杰先生). */
export const HONORIFICS = ['先生', '女士', '小姐', '太太', '夫人', '同学', '老师'];

/** Titles, before or after a name (议员李慧琼, 李慧琼议员). */
export const TITLES = [
  '议员', '局长', '司长', '署长', '处长', '主席', '副主席', '教授', '博士', '医生', '律师', '法官', '总裁', '经理', '主任',
  '校长', '院长', '会长', '部长', '市长', '总监', '董事', '委员', '发言人', '行政长官', '特首', '记者', '编辑', '导演', '教练',
];

/** Words after a name that report what a person said or did (何咏前表示, 杨永杰说, 陈志杰指). */
export const SPEECH = [
  '说', '表示', '指', '指出', '称', '认为', '回应', '透露', '强调', '解释', '补充', '坦言', '直言', '承认', '提到', '相信',
  '形容', '估计', '预计', '警告', '呼吁', '质疑', '批评', '重申', '宣布', '报道', '摄',
];

/** Words before a name (姓何, 名叫…) besides titles. */
export const BEFORE_NAME = ['姓', '名叫', '名为', '得主', '选手', '球员', '歌手', '演员', '作者'];
