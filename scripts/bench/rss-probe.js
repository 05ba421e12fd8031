// Preloaded with `node --require` into a child the bench measures: on exit, writes the
// process's peak resident set size (process.resourceUsage().maxRSS, KiB) to the file named by
// LKJIP_BENCH_PROBE, so the bench reads the child's own figure on every platform. A child
// stopped at the bench's time limit (SIGTERM) still reports its peak so far.
"use strict";
const fs = require("fs");
const out = process.env.LKJIP_BENCH_PROBE;
if (out) {
  let killed = false;
  process.on("exit", (code) => {
    fs.writeFileSync(out, JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS, code, killed }));
  });
  process.on("SIGTERM", () => {
    killed = true;
    process.exit(143);
  });
}
