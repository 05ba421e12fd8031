#!/usr/bin/env node
// `npm run security:audit [-- --strict] [-- --input FILE]`: fails (exit 1) when a production
// dependency has a high or critical advisory. Runs `npm audit --omit=dev --json`; with --input,
// judges a saved report instead (used by the tests, no network).
// When the advisory service cannot be reached (some registry mirrors answer 405 to the audit
// API) the script says so in one line and exits 0, or 2 with --strict: an unchecked tree is
// never reported as clean.
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const FAILING = ["high", "critical"];

function parseArgs(argv) {
  const opts = { strict: false, input: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--strict") opts.strict = true;
    else if (argv[i] === "--input") opts.input = argv[++i];
    else {
      process.stderr.write(`npm-audit: argumen tidak dikenal / unknown argument: ${argv[i]}\n`);
      process.exit(2);
    }
  }
  return opts;
}

function runNpmAudit() {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const r = spawnSync(npm, ["audit", "--omit=dev", "--json"], {
    cwd: path.join(__dirname, ".."),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    shell: process.platform === "win32",
  });
  if (r.error) return { text: "", failure: r.error.message };
  return { text: r.stdout, failure: null };
}

/** Reads npm's JSON: either a report (metadata.vulnerabilities) or an error object. */
function judge(text) {
  let report;
  try {
    report = JSON.parse(text);
  } catch {
    return { kind: "unreachable", why: "no JSON from npm audit" };
  }
  const counts = report && report.metadata && report.metadata.vulnerabilities;
  if (!counts || typeof counts !== "object") {
    const why = (report && (report.message || (report.error && (report.error.summary || report.error.code)))) || "unexpected answer";
    return { kind: "unreachable", why: String(why).split("\n")[0] };
  }
  const bad = [];
  for (const [name, v] of Object.entries(report.vulnerabilities || {})) {
    if (v && FAILING.includes(v.severity)) bad.push(`${name} (${v.severity})`);
  }
  const failing = FAILING.reduce((n, s) => n + (Number(counts[s]) || 0), 0);
  return { kind: "report", counts, failing, bad };
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  let text;
  if (opts.input) {
    text = fs.readFileSync(opts.input, "utf8");
  } else {
    const r = runNpmAudit();
    if (r.failure) text = JSON.stringify({ message: r.failure });
    else text = r.text;
  }
  const verdict = judge(text);
  if (verdict.kind === "unreachable") {
    process.stdout.write(
      `npm-audit: layanan advisori tidak dapat dihubungi, dependensi TIDAK diperiksa / advisory service unreachable, dependencies NOT checked (${verdict.why})\n`,
    );
    return opts.strict ? 2 : 0;
  }
  const c = verdict.counts;
  const summary = `critical ${c.critical || 0}, high ${c.high || 0}, moderate ${c.moderate || 0}, low ${c.low || 0}`;
  if (verdict.failing > 0) {
    process.stdout.write(`npm-audit: GAGAL / FAILED — advisori tinggi/kritis pada dependensi produksi / high or critical advisories in production dependencies: ${verdict.bad.join(", ") || summary}\n`);
    return 1;
  }
  process.stdout.write(`npm-audit: OK — tidak ada advisori tinggi/kritis / no high or critical advisories (${summary})\n`);
  return 0;
}

process.exitCode = main();
