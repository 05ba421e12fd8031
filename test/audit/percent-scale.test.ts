// A % column holds fractions or percent points, never both: a ×10 typo in a realisasi must not
// flip its own row's % to the other scale, so the value suggested is the one the row had.
import { audit } from "../../src/audit/engine";
import { book } from "./corpus/build";

const ITEMS: [string, number, number][] = [
  ["Retribusi Menara", 150_000_000, 162_300_000],
  ["Sewa Aset", 40_000_000, 36_750_000],
  ["Retribusi Parkir", 25_000_000, 21_300_000],
  ["Lain-lain PAD", 10_000_000, 12_125_000],
];

function pad(points: boolean, typo?: number) {
  const pct = (r: number, t: number) => (points ? Math.round((r / t) * 10000) / 100 : Math.round((r / t) * 10000) / 10000);
  const rows: (string | number)[][] = [["Jenis Pendapatan", "Target", "Realisasi", "%"], ...ITEMS.map(([n, t, r]) => [n, t, r, pct(r, t)])];
  const T = ITEMS.reduce((s, x) => s + x[1], 0);
  const R = ITEMS.reduce((s, x) => s + x[2], 0);
  rows.push(["Jumlah", T, R, pct(R, T)]);
  if (typo !== undefined) rows[2][2] = typo;
  return book({ name: "PAD", rows, formats: { B: "#,##0", C: "#,##0", ...(points ? {} : { D: "0.00%" }) } });
}

describe.each([
  ["percent points (0–100)", true],
  ["fractions shown as %", false],
])("%s", (_what, points) => {
  it("consistent: no finding", () => {
    expect(audit(pad(points)).findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
  it("Sewa Aset realisasi typed ×10: C3 is the one root cause, with its original 36.750.000", () => {
    const errors = audit(pad(points, 367_500_000)).findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.cell)).toEqual(["C3"]);
    expect(errors[0].cause?.candidates[0].value).toBe(36_750_000);
  });
});
