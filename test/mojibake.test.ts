// Mojibake detection (src/text/mojibake.ts): what each kind finds, and the ordinary text and
// legitimate question marks it must leave alone.
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../src/formats/readers';
import { findMojibake, type MojibakeSpan } from '../src/text/mojibake';

/** [kind, text at the span, repair or decoded] for each span of plain text. */
function find(text: string, masked = text): [string, string, string?][] {
  return findMojibake(text, masked).map((s: MojibakeSpan) => {
    const row: [string, string, string?] = [s.kind, text.slice(s.offset, s.offset + s.length)];
    const extra = s.repair ?? s.decoded;
    if (extra !== undefined) row.push(extra);
    return row;
  });
}

/** UTF-8 bytes shown in a legacy encoding, the way a wrong decoder shows them. */
const misread = (s: string, encoding: string) => iconv.decode(Buffer.from(s, 'utf8'), encoding);

describe('question marks for lost Han characters', () => {
  it('finds runs of ? between Han characters', () => {
    expect(find('这个模型的??能力很强。')).toEqual([['lostHan', '??']]);
    expect(find('我们使用?量数据训练它。')).toEqual([['lostHan', '?']]);
    expect(find('這個系統的?定很簡單。')).toEqual([['lostHan', '?']]);
    expect(find('参数的？？设置已经完成。')).toEqual([['lostHan', '？？']]);
  });

  it('leaves questions alone, in both scripts', () => {
    for (const text of [
      '这个方法有效吗？我们来试试。',
      '为什么要归一化？因为数值范围差别很大。',
      '這個方法有效嗎？我們來試試。',
      '為什麼要正規化？因為數值範圍差別很大。',
      '你确定？我们再看一遍。', // a question without a question word
      '結果如何?請看下表。',
      '模型能否泛化?\n下一节回答。',
      '他问：“为什么？”然后离开了。',
      '真的要重新训练吗? 当然。',
      '学习率是多少?通常取一个较小的值。',
      '要不要先试一下?我觉得可以。',
      '想先看示例?请跳到第三节,那里有完整代码.', // half-width punctuation throughout
      'Is it ready? 是的，已经准备好了。',
    ]) {
      expect(find(text), text).toEqual([]);
    }
  });

  it('finds a ? at the start of a line that stood for a bullet', () => {
    expect(find('要点如下：\n? 数据清洗\n  ？ 模型评估\n')).toEqual([
      ['lostBullet', '?'],
      ['lostBullet', '？'],
    ]);
    expect(find('?量数据已经准备好了。')).toEqual([['lostHan', '?']]);
  });

  it('leaves a line that is itself a question', () => {
    expect(find('? 为什么要清洗数据\n')).toEqual([]);
    expect(find('? 数据清洗要做多久？\n')).toEqual([]);
  });

  it('finds a letter lost inside a Latin word', () => {
    expect(find('作者 Fran?ois 提出了这个方法。')).toEqual([['lostLetter', 'Fran?ois']]);
  });
});

describe('UTF-8 read as Windows-1252 or Latin-1', () => {
  it('finds the run and repairs it', () => {
    expect(find('我们的æ™ºèƒ½助手')).toEqual([['latin1', 'æ™ºèƒ½', '智能']]);
    expect(find(`训练${misread('的模型', 'windows-1252')}很快`)).toEqual([['latin1', 'çš„æ¨¡åž‹', '的模型']]);
    expect(find('作者 JosÃ© 的论文')).toEqual([['latin1', 'Ã©', 'é']]);
    expect(find('引号â€™在这里')).toEqual([['latin1', 'â€™', '’']]);
  });

  it('reads the undefined Windows-1252 bytes as Latin-1 control characters', () => {
    expect(find('前面ä¸\u008d是后面')).toEqual([['latin1', 'ä¸\u008d', '不']]);
  });

  it('reports a cut run without a repair', () => {
    expect(find('我们的æ™ºèƒ。')).toEqual([['latin1Cut', 'æ™ºèƒ', '智\uFFFD']]);
    expect(find('前面ä¸æ˜¯后面')).toEqual([['latin1Cut', 'ä¸æ˜¯', '\uFFFD是']]); // 0x8D dropped
    expect(find('前面ä¸?æ˜¯后面')).toEqual([['latin1Cut', 'ä¸?æ˜¯', '\uFFFD是']]); // 0x8D shown as ?
    expect(find('这里ä¸没有')).toEqual([['latin1Cut', 'ä¸', '\uFFFD']]);
  });

  it('repairs any Han text misread this way', () => {
    // Everyday characters; the property holds for any of them.
    const han = fc.array(fc.constantFrom(...'数据模型训练参数的一是在不了有和人这中大为上个们到说时要就出会可也'),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(han, (chars) => {
        const word = chars.join('');
        const bad = misread(word, 'windows-1252');
        fc.pre(!bad.includes('\uFFFD')); // bytes that Windows-1252 leaves undefined
        expect(find(`前文${bad}后文`)).toEqual([['latin1', bad, word]]);
      }),
    );
  });

  it('leaves accented words and symbols alone', () => {
    for (const text of [
      '他在 café 里写完了 résumé。',
      '“café”是法语词，Pokémon 是日语词。',
      '温度是 30°C，版权 ©2024，naïve Bayes 分类器。',
      'São Paulo 和 Zürich 都有办公室。',
      '约翰·史密斯说：“好。”',
      '德语词„Fuß“和„groß“，法语 «CAFÉ» 和 CAFÉ… 都不是乱码。',
    ]) {
      expect(find(text), text).toEqual([]);
    }
  });
});

describe('UTF-8 read as GBK or Big5', () => {
  it('finds GBK mojibake and repairs it', () => {
    expect(find('配置鍙傛暟错误')).toEqual([['gbk', '鍙傛暟', '参数']]);
    expect(find(`日志：${misread('请求失败', 'gbk')}。`)).toEqual([['gbk', '璇锋眰澶辫触', '请求失败']]);
    expect(find('第涓€步')).toEqual([['gbk', '涓€', '一']]);
    expect(find('it鈥檚 done')).toEqual([['gbk', '鈥檚', '’s']]);
  });

  it('finds Big5 mojibake and repairs it', () => {
    expect(find(`這是${misread('系統', 'big5')}的說明`)).toEqual([['big5', '蝟餌絞', '系統']]);
  });

  it('leaves ordinary Chinese alone, rare characters included', () => {
    for (const text of [
      '我们在实验中比较了三种优化器，结果表明学习率对收敛速度影响最大。',
      '這份報告整理了資料前處理、模型訓練與評估的流程，並附上參數設定。',
      '琵琶与箜篌都是古代乐器，饕餮纹常见于青铜器。',
      '他在《鍾馗嫁妹》里扮演鍾馗，台下掌聲不斷。',
      '魑魅魍魉、耄耋之年、龃龉不断，这些词并不常用。',
    ]) {
      expect(find(text), text).toEqual([]);
    }
  });
});

describe('fixed signatures and control characters', () => {
  it('finds U+FFFD runs, 锟斤拷, debug-heap fill and control characters', () => {
    expect(find('模型\uFFFD\uFFFD训练')).toEqual([['replacement', '\uFFFD\uFFFD']]);
    expect(find('标题锟斤拷锟斤拷结束')).toEqual([['replacementGbk', '锟斤拷锟斤拷']]);
    expect(find('缓冲区烫烫烫烫，屯屯屯，燙燙燙')).toEqual([
      ['fill', '烫烫烫烫'],
      ['fill', '屯屯屯'],
      ['fill', '燙燙燙'],
    ]);
    expect(find('第一行\u0007响铃\u001b[0m')).toEqual([
      ['control', '\u0007'],
      ['control', '\u001b'],
    ]);
  });

  it('does not report tabs and line breaks', () => {
    expect(find('列一\t列二\r\n第二行\n')).toEqual([]);
  });
});

describe('prose only', () => {
  it('reports nothing inside code, math or URLs', () => {
    const text = [
      '代码 `ä¸\u0007\uFFFD` 里的字节不算。',
      '',
      '```',
      '模型的??能力 æ™ºèƒ½ 锟斤拷 \u0007',
      '```',
      '',
      '公式 $p(x)?q$ 和链接 https://example.com/q?id=模型 都不算。',
      '',
    ].join('\n');
    expect(find(text, readMarkdown(text).masked)).toEqual([]);
  });

  it('never returns overlapping spans', () => {
    const text = '前面ä¸\u008d\uFFFD后面 鍙傛暟?量数据';
    const spans = findMojibake(text, text);
    let end = 0;
    for (const s of spans) {
      expect(s.offset).toBeGreaterThanOrEqual(end);
      end = s.offset + s.length;
    }
    expect(spans.map((s) => s.kind)).toEqual(['latin1', 'replacement', 'gbk', 'lostHan']);
  });

  it('wants a masked text of the same length', () => {
    expect(() => findMojibake('abc', 'ab')).toThrow();
  });
});
