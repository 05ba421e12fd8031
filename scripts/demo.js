// `npm run demo`: builds the kerinci-2024 sample workbook (the seed report as published),
// audits it, prints the text report and writes the HTML report to artifacts/.
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const cli = path.join(root, "bin", "lkjip.js");
const artifacts = path.join(root, "artifacts");
const workbook = path.join(artifacts, "kerinci-2024.xlsx");
const html = path.join(artifacts, "kerinci-2024-audit.html");

function run(args, okCodes) {
  process.stdout.write(`$ lkjip ${args.map((a) => (a.includes(" ") ? JSON.stringify(a) : path.relative(root, a) || a)).join(" ")}\n`);
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: root });
  process.stdout.write(r.stdout || "");
  process.stderr.write(r.stderr || "");
  if (!okCodes.includes(r.status)) {
    process.stderr.write(`demo: lkjip ${args[0]} exited with ${r.status}\n`);
    process.exit(1);
  }
  return r.status;
}

fs.mkdirSync(artifacts, { recursive: true });
run(["fn", "CAPAIAN", "1", "0.9"], [0]);
run(["init", workbook, "--year", "2024", "--sample", "kerinci-2024", "--force"], [0]);
// Exit 1 is expected: the published report contradicts itself; that is what the audit shows.
run(["audit", workbook], [0, 1]);
run(["audit", workbook, "--format", "html", "--out", html], [0, 1]);
process.stdout.write(`\nHTML report: ${path.relative(root, html)}\n`);
