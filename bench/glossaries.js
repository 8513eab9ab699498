// Generated glossaries for the scaling benchmark: N concepts of made-up but well-formed terms,
// plus the built-in ones, so that the corpus's real terms are still found.
const fs = require('node:fs');
const path = require('node:path');
const OpenCC = require('opencc-js');

const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
// Common Simplified characters that do not form the corpus's own words when combined at random.
const HAN = [...'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥鸿雁翔鹤鹏鹰鸥鹭鸳鸯麒麟凤凰龟蛇狮虎豹熊猿鹿兔狐狼貂獭'];
const LATIN = 'abcdefghijklmnopqrstuvwxyz';

function word(rand, n, alphabet) {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
  return s;
}

/** A deterministic pseudo-random generator (mulberry32), so every run lints the same glossary. */
function seeded(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function writeGlossary(file, concepts) {
  const rand = seeded(concepts);
  const seen = new Set();
  const lines = ['version: 1', 'domain: generated', 'entries:'];
  const entries = [];
  while (entries.length < concepts) {
    const hans = word(rand, 4, HAN);
    const en = `${word(rand, 7, LATIN)} ${word(rand, 6, LATIN)}`;
    if (seen.has(hans) || seen.has(en)) continue;
    seen.add(hans);
    seen.add(en);
    const variant = hans.slice(0, 3) + word(rand, 1, HAN);
    if (seen.has(variant)) continue;
    seen.add(variant);
    entries.push({ id: `gen-${String(entries.length).padStart(6, '0')}`, en, hans, variant });
  }
  for (const e of entries) {
    lines.push(
      `  - id: ${e.id}`,
      `    en: {preferred: ${e.en}}`,
      `    zh-Hans: {preferred: ${e.hans}, variants: [${e.variant}]}`,
      `    zh-Hant: {preferred: ${toHant(e.hans)}, variants: [${toHant(e.variant)}]}`,
    );
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, lines.join('\n') + '\n');
}

module.exports = { writeGlossary };
