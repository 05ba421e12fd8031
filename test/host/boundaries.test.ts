// Import boundaries are ESLint `no-restricted-imports` / `no-restricted-globals` blocks per folder
// of src/ (eslint.config.mjs); `npm test` runs the lint first (pretest). These cases prove each
// block fires, so a folder silently left out of the config fails here.
import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";
import type { Mirror } from "../support/fake";

const ROOT = path.join(__dirname, "..", "..");

// ESLint runs in one child process (its flat config is an ES module, which jest's VM cannot
// import), linting every case as if it were the named file under src/.
function lintAll(cases: Array<[string, string]>): string[][] {
  const script = `
    const { ESLint } = require("eslint");
    const cases = JSON.parse(require("fs").readFileSync(0, "utf8"));
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const [file, code] of cases) {
        const [r] = await eslint.lintText(code, { filePath: require("path").join(process.cwd(), file) });
        out.push(r.messages.map((m) => String(m.ruleId)));
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  const r = spawnSync(process.execPath, ["-e", script], { input: JSON.stringify(cases), encoding: "utf8", cwd: ROOT });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[][];
}

const IMPORTS = "no-restricted-imports";
const GLOBALS = "no-restricted-globals";

// [file as if in src/, code, expected rule]
const forbidden: Array<[string, string, string]> = [
  ["src/core/x.ts", 'import * as fs from "fs";\nexport const a = fs;\n', IMPORTS],
  ["src/core/x.ts", 'import * as fs from "node:fs";\nexport const a = fs;\n', IMPORTS],
  ["src/core/x.ts", 'import { audit } from "../audit/engine";\nexport const a = audit;\n', IMPORTS],
  ["src/core/x.ts", "export const a = () => Excel.run(async () => 1);\n", GLOBALS],
  ["src/audit/rules/x.ts", 'import { readXlsx } from "../../host/xlsx/read";\nexport const a = readXlsx;\n', IMPORTS],
  ["src/audit/x.ts", 'import { FakeWorkbook } from "../../test/support/fake";\nexport const a = FakeWorkbook;\n', IMPORTS],
  ["src/audit/x.ts", "export const a = () => document.title;\n", GLOBALS],
  ["src/templates/x.ts", 'import * as React from "react";\nexport const a = React;\n', IMPORTS],
  ["src/templates/x.ts", 'import { readSnapshot } from "../host/office/snapshot";\nexport const a = readSnapshot;\n', IMPORTS],
  ["src/templates/x.ts", 'import { HyperFormula } from "hyperformula";\nexport const a = HyperFormula;\n', IMPORTS],
  ["src/host/xlsx/x.ts", 'import { readSnapshot } from "../office/snapshot";\nexport const a = readSnapshot;\n', IMPORTS],
  ["src/host/xlsx/x.ts", "export const a = () => Office.context;\n", GLOBALS],
  ["src/cli/x.ts", 'import { readSnapshot } from "../host/office/snapshot";\nexport const a = readSnapshot;\n', IMPORTS],
  ["src/cli/x.ts", 'import { FakeWorkbook } from "../../test/support/fake";\nexport const a = FakeWorkbook;\n', IMPORTS],
  ["src/host/office/x.ts", 'import * as fs from "fs";\nexport const a = fs;\n', IMPORTS],
  ["src/host/office/x.ts", 'import ExcelJS from "exceljs";\nexport const a = ExcelJS;\n', IMPORTS],
  ["src/taskpane/x.ts", 'import { FakeWorkbook } from "../../test/support/fake";\nexport const a = FakeWorkbook;\n', IMPORTS],
  ["src/taskpane/x.ts", 'import { readXlsx } from "../host/xlsx/read";\nexport const a = readXlsx;\n', IMPORTS],
  ["src/functions/x.ts", 'import * as fs from "fs";\nexport const a = fs;\n', IMPORTS],
  ["src/commands/x.ts", 'import { HyperFormula } from "hyperformula";\nexport const a = HyperFormula;\n', IMPORTS],
  ["src/narrative/x.ts", 'import * as fs from "fs";\nexport const a = fs;\n', IMPORTS],
  ["src/host/report/x.ts", 'import { readSnapshot } from "../office/snapshot";\nexport const a = readSnapshot;\n', IMPORTS],
  ["src/i18n/x.ts", 'import * as fs from "fs";\nexport const a = fs;\n', IMPORTS],
];

const allowed: Array<[string, string]> = [
  ["src/audit/x.ts", 'import { parseA1 } from "../core/address";\nexport const a = parseA1;\n'],
  ["src/cli/x.ts", 'import * as fs from "fs";\nimport { readXlsx } from "../host/xlsx/read";\nexport const a = [fs, readXlsx];\n'],
  ["src/host/office/x.ts", 'import { audit } from "../../audit/engine";\nexport const a = () => [audit, Excel];\n'],
];

const results = lintAll([...forbidden.map(([f, c]) => [f, c] as [string, string]), ...allowed]);

test("every folder of src/ (and each host) has a boundary case here, so a new folder cannot go unchecked", () => {
  const dirs = (d: string) => fs.readdirSync(path.join(ROOT, d), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `${d}/${e.name}`);
  const folders = [...dirs("src").filter((d) => d !== "src/host"), ...dirs("src/host")];
  const covered = new Set(forbidden.map(([file]) => file.split("/").slice(0, file.startsWith("src/host/") ? 3 : 2).join("/")));
  expect(folders.filter((f) => !covered.has(f))).toEqual([]);
});

test.each(forbidden.map((c, i) => [...c, i] as const))("%s rejects: %s", (_file, _code, rule, i) => {
  expect(results[i]).toContain(rule);
});

test.each(allowed.map((c, i) => [...c, forbidden.length + i] as const))("%s accepts an allowed import", (_file, _code, i) => {
  expect(results[i].filter((r) => r === IMPORTS || r === GLOBALS)).toEqual([]);
});

test("Mirror rejects members the real Excel API does not have (checked by tsc)", () => {
  // @ts-expect-error "valuez" is not a member of Excel.Range: drift from @types/office-js is a compile error.
  type Drift = Mirror<Excel.Range, "valuez">;
  const real: Mirror<Excel.Range, "values">["values"] = [[1]];
  expect(real).toEqual([[1]]);
  expect(null as unknown as Drift).toBeNull();
});
