// Suppression: ignores live in the workbook settings; ignored findings stay listed as ignored.
import { audit } from "../../src/audit/engine";
import { addIgnoreAction, IgnoreIndex, IGNORES_KEY, readIgnores, removeIgnoreAction } from "../../src/audit/ignores";
import { textReport, jsonReport, sarifReport, htmlReport } from "../../src/audit/report";
import { rel, sheet, wb } from "./helpers";

const book = () => wb(sheet("S", [["a", 1], ["b", 2], ["Total", 4]]));
const rels = [rel("sum", "B3", ["B1", "B2"], { label: { id: "Total", en: "Total" } })];

describe("ignores", () => {
  it("an ignored finding is still listed, marked ignored, and counted as ignored", () => {
    const snap = book();
    const action = addIgnoreAction(snap, { rule: "total-sum", sheet: "S", cell: "B3", reason: "disetujui Kanwil" });
    expect(action).toEqual({ kind: "setSetting", key: IGNORES_KEY, value: expect.any(String) });
    if (action.kind !== "setSetting") throw new Error("setSetting expected");
    snap.settings[action.key] = action.value;
    const r = audit(snap, { relations: rels, recognize: false });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0].ignored).toEqual({ reason: "disetujui Kanwil" });
    expect(r.summary).toEqual({ error: 0, warning: 0, info: 0, ignored: 1 });
    const files = [{ path: "x.xlsx", result: r }];
    expect(textReport(files)).toContain("diabaikan: disetujui Kanwil");
    expect(JSON.parse(jsonReport(files)).files[0].findings[0].ignored.reason).toBe("disetujui Kanwil");
    expect(JSON.parse(sarifReport(files)).runs[0].results[0].suppressions[0].justification).toBe("disetujui Kanwil");
    expect(htmlReport(files)).toContain("disetujui Kanwil");
  });

  it("without the ignore the finding is an error; adding twice keeps one entry; removing works", () => {
    const snap = book();
    expect(audit(snap, { relations: rels, recognize: false }).summary.error).toBe(1);
    const ig = { rule: "total-sum", sheet: "S", cell: "B3", reason: "r1" };
    const a1 = addIgnoreAction(snap, ig);
    if (a1.kind !== "setSetting") throw new Error();
    snap.settings[IGNORES_KEY] = a1.value;
    const a2 = addIgnoreAction(snap, { ...ig, reason: "r2" });
    if (a2.kind !== "setSetting") throw new Error();
    snap.settings[IGNORES_KEY] = a2.value;
    expect(readIgnores(snap.settings)).toEqual([{ ...ig, reason: "r2" }]);
    const a3 = removeIgnoreAction(snap, ig);
    if (a3.kind !== "setSetting") throw new Error();
    expect(readIgnores({ [IGNORES_KEY]: a3.value })).toEqual([]);
  });

  it("a damaged ignore list is treated as empty, never throws", () => {
    expect(readIgnores({ [IGNORES_KEY]: "{not json" })).toEqual([]);
    expect(readIgnores({ [IGNORES_KEY]: JSON.stringify([{ rule: 1 }]) })).toEqual([]);
  });
});

describe("reports", () => {
  const r = audit(wb(sheet("S", [["a", 1], ["b", 2], ["Total", 4]]), sheet("T", [["#REF!"]])), { relations: rels, recognize: false, now: "2025-01-01T00:00:00Z" });
  const files = [{ path: "lap<oran>.xlsx", result: r }];
  it("text lists root causes first (sheet!cell), then the rest grouped by sheet with the cell address first, in id and en", () => {
    const t = textReport(files);
    expect(t.split("\n")).toEqual(expect.arrayContaining(["-- Akar masalah (1)", "-- T"]));
    expect(t).toMatch(/^S!B3 +galat +Total 4 tidak sama dengan jumlah rinciannya 3/m);
    expect(t).toMatch(/^A1 +galat +Sel berisi galat #REF!/m);
    expect(textReport(files, "en")).toMatch(/^S!B3 +error +Total 4 does not equal the sum of its parts 3/m);
    expect(t).toContain("Jumlah temuan: 2 galat, 0 peringatan, 0 info, 0 diabaikan");
  });
  it("HTML is self-contained and escapes the path", () => {
    const h = htmlReport(files);
    expect(h).toContain("lap&lt;oran&gt;.xlsx");
    expect(h).not.toMatch(/<script|<link|src=|href=/i);
  });
  it("SARIF lists every rule with its docs", () => {
    const s = JSON.parse(sarifReport(files));
    expect(s.runs[0].tool.driver.rules.length).toBeGreaterThanOrEqual(15);
    expect(s.runs[0].tool.driver.rules[0].helpUri).toMatch(/^docs\/rules\/.+\.md$/);
    expect(s.runs[0].results.map((x: { ruleId: string }) => x.ruleId).sort()).toEqual(["error-value", "total-sum"]);
  });
});

describe("ignore lookup by key", () => {
  it("matches by rule, sheet (any case) and cell (with or without $), and the * rule", () => {
    const list = Array.from({ length: 20000 }, (_x, i) => ({ rule: "total-sum", sheet: "Rekap", cell: `$B$${i + 1}`, reason: `r${i}` }));
    list.push({ rule: "*", sheet: "lain", cell: "C3", reason: "all" });
    const idx = new IgnoreIndex(list);
    expect(idx.match({ rule: "total-sum", sheet: "REKAP", cell: "B20000" })?.reason).toBe("r19999");
    expect(idx.match({ rule: "ratio", sheet: "Rekap", cell: "B1" })).toBeUndefined();
    expect(idx.match({ rule: "ratio", sheet: "Lain", cell: "C3" })?.reason).toBe("all");
    expect(idx.match({ rule: "total-sum", sheet: "Rekap", cell: "B20001" })).toBeUndefined();
  });
});
