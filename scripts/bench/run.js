#!/usr/bin/env node
// `npm run bench [-- --json FILE] [-- --sizes 10k,100k,1m] [-- --keep]`: builds what the bench
// needs with plain tsc/webpack (the CLI into lib/, the bench into lib/bench/, dist/ when
// missing), then runs lib/bench/scripts/bench/bench.js. Not part of `npm test`.
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..", "..");
const node = process.execPath;

// tsc still emits JavaScript when it reports type errors; a type error elsewhere in the tree
// should not stop a measurement, so compile steps only warn (`soft`).
function step(label, args, soft = false) {
  process.stderr.write(`[bench] ${label}\n`);
  const r = spawnSync(node, args, { cwd: root, stdio: "inherit" });
  if (r.status !== 0 && soft) {
    process.stderr.write(`bench: warning: ${label} reported errors (exit ${r.status}); measuring what was emitted\n`);
  } else if (r.status !== 0) {
    process.stderr.write(`bench: ${label} failed (exit ${r.status})\n`);
    process.exit(2);
  }
}

const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
step("tsc -p tsconfig.cli.json (the CLI)", [tsc, "-p", "tsconfig.cli.json"], true);
step("tsc -p scripts/bench/tsconfig.json (the bench)", [tsc, "-p", path.join("scripts", "bench", "tsconfig.json")], true);
const dist = path.join(root, "dist");
if (!fs.existsSync(path.join(dist, "taskpane.js")) || !fs.existsSync(path.join(dist, "functions.js")) || process.argv.includes("--rebuild")) {
  step("webpack --mode production (dist/ missing)", [path.join(root, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production"]);
}
const args = process.argv.slice(2).filter((a) => a !== "--rebuild");
const r = spawnSync(node, ["--max-old-space-size=4096", path.join(root, "lib", "bench", "scripts", "bench", "bench.js"), ...args], { cwd: root, stdio: "inherit" });
process.exit(r.status === null ? 2 : r.status);
