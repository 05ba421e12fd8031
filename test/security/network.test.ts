// Runs the CLI with every socket and DNS call made to throw: a command that tried to reach the
// network would fail and leave a NETWORK-ATTEMPT marker on stderr.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const root = path.join(__dirname, "..", "..");
const cli = path.join(root, "bin", "lkjip.js");
const guard = path.join(__dirname, "no-network.js");

function run(args: string[]) {
  return spawnSync(process.execPath, ["--require", guard, cli, ...args], { encoding: "utf8", cwd: root });
}

beforeAll(() => {
  if (!fs.existsSync(path.join(root, "lib", "cli", "index.js"))) {
    const r = spawnSync(process.execPath, [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"], { cwd: root, encoding: "utf8" });
    if (r.status !== 0) throw new Error(r.stdout + r.stderr);
  }
});

describe("the CLI works with networking blocked", () => {
  it("the guard really blocks", () => {
    const r = spawnSync(process.execPath, ["--require", guard, "-e", "require('net').connect(80, '127.0.0.1')"], { encoding: "utf8" });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("NETWORK-ATTEMPT");
  });

  it("lkjip fn", () => {
    const r = run(["fn", "CAPAIAN", "1", "0.9"]);
    expect(r.stderr).not.toContain("NETWORK-ATTEMPT");
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe("1.1111111111111112");
  });
});
