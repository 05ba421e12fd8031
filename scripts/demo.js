// `npm run demo`: the main job on the bundled sample, with what exists so far.
"use strict";
const { execFileSync } = require("child_process");
const path = require("path");
const cli = path.join(__dirname, "..", "bin", "lkjip.js");
function run(args) {
  process.stdout.write(`$ lkjip ${args.join(" ")}\n`);
  try {
    process.stdout.write(execFileSync(process.execPath, [cli, ...args], { encoding: "utf8" }));
  } catch (e) {
    process.stdout.write(String(e.stdout || "") + String(e.stderr || ""));
  }
}
run(["fn", "CAPAIAN", "1", "0.9"]);
