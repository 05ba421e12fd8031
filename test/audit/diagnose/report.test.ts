// Reports carry the diagnosis: root causes first, their consequences folded under them.
import { audit } from "../../../src/audit/engine";
import { htmlReport, jsonReport, sarifReport, textReport } from "../../../src/audit/report";
import { planInstall } from "../../../src/templates";
import { snapshotFromActions } from "../../support/snapshotFromActions";

const result = audit(snapshotFromActions(planInstall({ year: 2024, sample: "kerinci-2024" }).actions), { now: "2025-01-31T00:00:00Z" });
const files = [{ path: "kerinci.xlsx", result }];

describe("reports of a diagnosed audit", () => {
  it("text: root causes first with the value to type, consequences indented under them", () => {
    const t = textReport(files, "en").split("\n");
    const rootsAt = t.findIndex((l) => l.startsWith("-- Root causes ("));
    expect(rootsAt).toBe(1);
    const e29 = t.findIndex((l) => l.startsWith("IKPA!E29 "));
    expect(e29).toBeGreaterThan(rootsAt);
    expect(t[e29 + 1]).toContain("Replace E29 with 94.40");
    expect(t.slice(e29 + 2, e29 + 4).every((l) => l.trim().startsWith("↳ "))).toBe(true);
    // E31 is not listed on its own anywhere.
    expect(t.filter((l) => /^E31 /.test(l) || /^IKPA!E31 /.test(l))).toEqual([]);
  });

  it("HTML: a root-cause table first, consequences in <details>", () => {
    const h = htmlReport(files);
    expect(h.indexOf("<h3>Akar masalah")).toBeGreaterThan(0);
    expect(h.indexOf("<h3>Akar masalah")).toBeLessThan(h.indexOf("<h3>Temuan lain"));
    expect(h).toMatch(/<details><summary>2 temuan yang ikut benar bila diperbaiki<\/summary><ul><li>IKPA!D32/);
    expect(h).not.toMatch(/<script/i);
  });

  it("JSON and SARIF carry root cause, candidates and consequences; expected/actual kept", () => {
    const j = JSON.parse(jsonReport(files)).files[0];
    expect(j.diagnosis.rootCauses).toBe(result.diagnosis!.rootCauses);
    const e29 = j.findings.find((f: { sheet: string; cell: string }) => f.sheet === "IKPA" && f.cell === "E29");
    expect(e29).toMatchObject({ expected: 94.4, actual: 84.4, cause: { candidates: [{ sheet: "IKPA", cell: "E29", value: 94.4 }] } });
    expect(e29.consequences.map((c: { cell: string }) => c.cell).sort()).toEqual(["D32", "E31"]);
    const s = JSON.parse(sarifReport(files, "en"));
    const r = s.runs[0].results.find((x: { properties: { sheet: string; cell: string } }) => x.properties.sheet === "IKPA" && x.properties.cell === "E29");
    expect(r.properties.rootCause.candidates[0]).toMatchObject({ cell: "E29", value: 94.4 });
    expect(r.properties.consequences.map((c: { cell: string }) => c.cell).sort()).toEqual(["D32", "E31"]);
    expect(r.properties.expected).toBe(94.4);
    expect(s.runs[0].tool.driver.rules.some((x: { id: string }) => x.id === "diagnosis")).toBe(true);
  });
});
