// Interoperability: the generated workbooks (blank and the kerinci-2024 sample) are opened in
// LibreOffice headless with recalculation on load forced (user profile setting
// OOXMLRecalcMode = 0 "always"), saved again, and every formula must compute without error
// to the value the file carries (relative tolerance 1e-9). A probe file with a deliberately
// wrong cached value proves the recalculation really happened.
//
// Needs `soffice` (Debian: libreoffice-calc-nogui), so it runs as its own suite,
// `npm run test:interop`, which .ci/run calls after installing LibreOffice. Missing soffice fails it.

import { spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { planInstall } from "../../src/templates";
import { writeWorkbook } from "../../src/host/xlsx/write";
import type { Action } from "../../src/core/actions";

function findSoffice(): string | null {
  for (const p of [process.env.SOFFICE, "/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"]) {
    if (p && existsSync(p)) return p;
  }
  const which = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null;
}

const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Converts the files with LibreOffice (recalculating on load); returns the output folder. */
function convertWithLibreOffice(soffice: string, files: string[], work: string): string {
  const profile = join(work, "profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_PROFILE);
  const out = join(work, "out");
  mkdirSync(out, { recursive: true });
  const r = spawnSync(soffice, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", out, ...files], { encoding: "utf8", timeout: 240_000 });
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
  return out;
}

interface FormulaCell { sheet: string; address: string; formula: string; result: unknown }

async function formulaCells(path: string): Promise<FormulaCell[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: FormulaCell[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => {
    if (c.formula) out.push({ sheet: ws.name, address: c.address, formula: c.formula, result: c.result });
  })));
  return out;
}

async function resultsAt(path: string): Promise<Map<string, unknown>> {
  const m = new Map<string, unknown>();
  for (const c of await formulaCells(path)) m.set(`${c.sheet}!${c.address}`, c.result);
  return m;
}

const same = (a: unknown, b: unknown): boolean => {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return (a ?? "") === (b ?? "");
};
const isError = (v: unknown): boolean => typeof v === "object" && v !== null && "error" in v;

const soffice = findSoffice();

test("LibreOffice recalculates every formula of the generated workbooks to the cached values", async () => {
  if (!soffice) {
    throw new Error("soffice not found: install LibreOffice (apt-get install -y --no-install-recommends libreoffice-calc-nogui)");
  }
  const work = mkdtempSync(join(tmpdir(), "lkjip-lo-"));
  const blank = join(work, "blank.xlsx");
  const sample = join(work, "sample.xlsx");
  const probe = join(work, "probe.xlsx");
  await writeWorkbook(planInstall({ year: 2024, satker: "Kantor Uji" }).actions, blank);
  await writeWorkbook(planInstall({ year: 2024, sample: "kerinci-2024" }).actions, sample);
  const probeActions: Action[] = [
    { kind: "addSheet", sheet: "Probe" },
    { kind: "write", sheet: "Probe", address: "A1", values: [[2, 3, 999]], formulas: [[null, null, "=A1*B1"]] },
  ];
  await writeWorkbook(probeActions, probe);

  const out = convertWithLibreOffice(soffice, [blank, sample, probe], work);

  // The probe's cached 999 must have been replaced by LibreOffice's own 6.
  expect((await resultsAt(join(out, "probe.xlsx"))).get("Probe!C1")).toBe(6);

  for (const name of ["blank.xlsx", "sample.xlsx"]) {
    const ours = await formulaCells(join(work, name));
    const theirs = await resultsAt(join(out, name));
    expect(ours.length).toBeGreaterThan(250);
    const problems = ours
      .filter((c) => {
        const lo = theirs.get(`${c.sheet}!${c.address}`);
        return !theirs.has(`${c.sheet}!${c.address}`) || isError(lo) || !same(c.result, lo);
      })
      .map((c) => `${name} ${c.sheet}!${c.address} =${c.formula}: ours ${JSON.stringify(c.result)}, LibreOffice ${JSON.stringify(theirs.get(`${c.sheet}!${c.address}`))}`);
    expect(problems).toEqual([]);
  }
});
