// Preloaded into a benchmarked child (`node -r bench/max-rss.cjs …`): reports the process's peak memory and the CPU
// time it used (user + system, which a busy machine inflates far less than the wall time) on exit.
process.on("exit", () => {
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  process.stderr.write(`\nrelais-bench-max-rss ${maxRSS} cpu ${userCPUTime + systemCPUTime}\n`);
});
