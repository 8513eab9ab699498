// Preloaded into a measured process (node -r bench/rss.js …): reports its peak RSS on exit.
process.on('exit', () => {
  process.stderr.write(`\n@@maxrss ${process.resourceUsage().maxRSS}\n`);
});
