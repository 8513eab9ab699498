// Writes a prh.yml from termlint's glossary: every avoided and variant rendering → the preferred
// one, in each script, so textlint + textlint-rule-prh checks the same terms termlint does.
const fs = require('node:fs');
const { loadGlossary } = require('../dist');

function prhRules(glossary) {
  const rules = [];
  for (const entry of glossary.entries.values()) {
    for (const script of ['zh-Hans', 'zh-Hant']) {
      const zh = entry[script];
      const patterns = [...new Set([...zh.variants, ...zh.avoid.map((a) => a.text)])].filter(
        (p) => p && p !== zh.preferred && !zh.preferred.includes(p),
      );
      if (patterns.length) rules.push({ expected: zh.preferred, patterns });
    }
  }
  return rules;
}

const quote = (s) => JSON.stringify(s);

function writePrh(file, glossary = loadGlossary()) {
  const rules = prhRules(glossary);
  const lines = ['version: 1', 'rules:'];
  for (const r of rules) {
    lines.push(`  - expected: ${quote(r.expected)}`, `    patterns:`);
    for (const p of r.patterns) lines.push(`      - ${quote(p)}`);
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return { rules: rules.length, patterns: rules.reduce((n, r) => n + r.patterns.length, 0) };
}

module.exports = { writePrh, prhRules };
if (require.main === module) console.log(writePrh(process.argv[2] ?? 'prh.yml'));
