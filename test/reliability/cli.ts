// Runs the built CLI (bin/lkjip.js → lib/) as a user would, optionally with networking blocked.
import { spawnSync, type SpawnSyncReturns } from "child_process";
import * as fs from "fs";
import * as path from "path";

export const root = path.join(__dirname, "..", "..");
const bin = path.join(root, "bin", "lkjip.js");
const guard = path.join(root, "test", "security", "no-network.js");

/** Builds lib/ when it is missing (CI builds before testing; this keeps `npx jest` usable). */
export function ensureBuilt(): void {
  if (fs.existsSync(path.join(root, "lib", "cli", "index.js"))) return;
  const r = spawnSync(process.execPath, [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stdout + r.stderr);
}

const denyRead = path.join(root, "test", "support", "deny-read.js");

/** Runs the built CLI. `denyRead`: opening that file fails with EACCES (test/support/deny-read.js). */
export function lkjip(args: string[], opts: { cwd?: string; noNetwork?: boolean; denyRead?: string } = {}): SpawnSyncReturns<string> {
  const pre = [...(opts.noNetwork ? ["--require", guard] : []), ...(opts.denyRead ? ["--require", denyRead] : [])];
  const env = opts.denyRead ? { ...process.env, LKJIP_TEST_DENY_READ: opts.denyRead } : process.env;
  return spawnSync(process.execPath, [...pre, bin, ...args], { cwd: opts.cwd ?? root, encoding: "utf8", timeout: 120_000, env });
}

/** A JavaScript stack frame ("    at fn (file.js:1:2)") or an uncaught-error banner. */
export const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\))$|^(Type|Reference|Range|Syntax)Error\b|node:internal/m;

export function lines(text: string): string[] {
  return text.split("\n").map((l) => l.trim()).filter(Boolean);
}
