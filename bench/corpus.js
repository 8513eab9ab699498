// The files a benchmark reads: every .md, .markdown and .txt below a folder, in a stable order.
const fs = require('node:fs');
const path = require('node:path');

function filesIn(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const f = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesIn(f));
    else if (/\.(md|markdown|txt)$/i.test(e.name)) out.push(f);
  }
  return out.sort();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

module.exports = { filesIn, median };
