// Preloaded into a benchmarked process (node --import): prints the process's peak resident set
// size, as the kernel's getrusage counts it, to stderr when it exits.
process.on('exit', () => {
  process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
