// The fake (and HyperFormula, GPL) must never reach code webpack bundles into dist/.
import * as fs from "fs";
import * as path from "path";
import type { Mirror } from "../../src/host/fake";

const ROOT = path.join(__dirname, "..", "..");
const BUNDLED = ["src/taskpane", "src/functions", "src/commands", "src/host/office", "src/core", "src/templates", "src/audit", "src/i18n"];

function files(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return files(rel);
    return /\.(ts|tsx)$/.test(e.name) ? [rel] : [];
  });
}

test("no bundled source imports src/host/fake or hyperformula", () => {
  const offenders: string[] = [];
  const all = BUNDLED.flatMap(files);
  expect(all.length).toBeGreaterThan(10);
  for (const f of all) {
    const text = fs.readFileSync(path.join(ROOT, f), "utf8");
    for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)["']([^"']+)["']/g)) {
      const spec = m[1];
      if (spec === "hyperformula" || spec.startsWith("hyperformula/")) offenders.push(`${f}: ${spec}`);
      if (spec.startsWith(".") && path.resolve(path.dirname(path.join(ROOT, f)), spec).startsWith(path.join(ROOT, "src", "host", "fake"))) offenders.push(`${f}: ${spec}`);
    }
  }
  expect(offenders).toEqual([]);
});

test("Mirror rejects members the real Excel API does not have (checked by tsc)", () => {
  // @ts-expect-error "valuez" is not a member of Excel.Range: drift from @types/office-js is a compile error.
  type Drift = Mirror<Excel.Range, "valuez">;
  const real: Mirror<Excel.Range, "values">["values"] = [[1]];
  expect(real).toEqual([[1]]);
  expect(null as unknown as Drift).toBeNull();
});
