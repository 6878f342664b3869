// Preloaded into a benchmarked child (`node -r bench/max-rss.cjs …`): reports the process's peak memory on exit.
process.on("exit", () => process.stderr.write(`\nrelais-bench-max-rss ${process.resourceUsage().maxRSS}\n`));
