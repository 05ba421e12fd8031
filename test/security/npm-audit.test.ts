// scripts/npm-audit.js judges `npm audit --omit=dev --json` output. Tested on saved reports
// (--input), so the test needs no network: high/critical fails the build, an unreachable
// advisory service is said out loud and only fails with --strict.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const script = path.join(__dirname, "..", "..", "scripts", "npm-audit.js");
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-npm-audit-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function judge(report: unknown, extra: string[] = []) {
  const file = path.join(dir, `r${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, typeof report === "string" ? report : JSON.stringify(report));
  return spawnSync(process.execPath, [script, "--input", file, ...extra], { encoding: "utf8" });
}

function report(counts: Record<string, number>, vulns: Record<string, { severity: string }> = {}) {
  return {
    auditReportVersion: 2,
    vulnerabilities: vulns,
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...counts } },
  };
}

describe("scripts/npm-audit.js", () => {
  it("passes a clean report", () => {
    const r = judge(report({}));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/no high or critical advisories/);
  });

  it("passes moderate and low advisories", () => {
    const r = judge(report({ moderate: 2, low: 1 }, { foo: { severity: "moderate" } }));
    expect(r.status).toBe(0);
  });

  it.each(["high", "critical"])("fails on a %s advisory and names the package", (severity) => {
    const r = judge(report({ [severity]: 1 }, { "evil-pkg": { severity } }));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("evil-pkg");
  });

  const unreachable = { message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk", statusCode: 405 };

  it("says in one line that the advisory service is unreachable, exit 0", () => {
    const r = judge(unreachable);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(r.stdout).toMatch(/advisory service unreachable, dependencies NOT checked \(405/);
  });

  it("fails an unreachable service with --strict, and never calls it clean", () => {
    const r = judge(unreachable, ["--strict"]);
    expect(r.status).toBe(2);
    expect(r.stdout).not.toMatch(/OK/);
  });

  it("treats garbage as unreachable, not as clean", () => {
    const r = judge("<html>proxy error</html>");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/NOT checked/);
  });
});
