// Contradictions the audit used to miss in users' own workbooks (red team, session 5): each kind
// as a small workbook of our own, one twin that must be flagged on the right cell with the right
// value, and consistent twins in other layouts (header words, column order, blank rows, merged
// headers) that must stay clean.
import { audit } from "../../src/audit/engine";
import type { CellValue } from "../../src/core/snapshot";
import type { Finding } from "../../src/audit/types";
import { book, r4 } from "./corpus/build";

const flat = (fs: Finding[]) => fs.flatMap((f) => [f, ...(f.consequences ?? [])]);
/** Errors and warnings, as "Sheet!A1 rule expected". */
function bad(snap: ReturnType<typeof book>): string[] {
  return flat(audit(snap).findings)
    .filter((f) => f.severity !== "info" && !f.ignored && f.rule !== "diagnosis")
    .map((f) => `${f.sheet}!${f.cell} ${f.rule}${f.expected !== undefined ? ` ${typeof f.expected === "number" ? r4(f.expected) : f.expected}` : ""}`)
    .sort();
}
/** The root causes diagnosis names: "Sheet!A1 → value" (a single candidate each). */
function causes(snap: ReturnType<typeof book>): string[] {
  return audit(snap)
    .findings.filter((f) => !f.ignored && f.severity === "error")
    .map((f) => {
      const c = f.cause?.candidates ?? [];
      if (c.length === 1) return `${c[0].sheet}!${c[0].cell} → ${typeof c[0].value === "number" ? r4(c[0].value) : c[0].value}`;
      return `${f.sheet}!${f.cell} → ${typeof f.expected === "number" ? r4(f.expected) : f.expected}${c.length > 1 ? ` (${c.length} candidates)` : ""}`;
    })
    .sort();
}

describe("IKM survey sheet: respondents × unsur, Σ, NRR, NRR tertimbang, IKM", () => {
  // 6 respondents × 5 unsur, labels in column B (a "No" column first).
  const scores = [
    [3, 4, 3, 3, 4],
    [4, 4, 3, 2, 3],
    [3, 3, 4, 3, 3],
    [4, 3, 3, 3, 4],
    [2, 3, 3, 4, 3],
    [3, 4, 4, 3, 3],
  ];
  const make = (plant: { at: "sum" | "nrr" | "tt" | "ikm"; u?: number; v: number } | null, blankGap = false) => {
    const rows: CellValue[][] = [["Olah Data SKM Kantor Imigrasi"], [], ["No", "Responden", "U1", "U2", "U3", "U4", "U5"]];
    scores.forEach((s, i) => rows.push([i + 1, `Responden ${i + 1}`, ...s]));
    if (blankGap) rows.push([]);
    const jml = [0, 1, 2, 3, 4].map((u) => scores.reduce((a, s) => a + s[u], 0));
    const nrr = jml.map((j) => Math.round((j / scores.length) * 100) / 100);
    const tt = nrr.map((x) => Math.round((x / 5) * 1000) / 1000);
    const sumTt = Math.round(tt.reduce((a, b) => a + b, 0) * 1000) / 1000;
    const ikm = Math.round(sumTt * 25 * 100) / 100;
    const put = (arr: number[], at: string) => (plant?.at === at ? arr.map((x, i) => (i === plant.u ? plant.v : x)) : arr);
    rows.push([null, "Jumlah Nilai per Unsur", ...put(jml, "sum")]);
    rows.push([null, "Nilai Rata-rata (NRR) per Unsur", ...put(nrr, "nrr")]);
    rows.push([null, "NRR Tertimbang per Unsur", ...put(tt, "tt")]);
    rows.push([null, "Jumlah NRR Tertimbang", sumTt]);
    rows.push([null, "Nilai IKM (konversi)", plant?.at === "ikm" ? plant.v : ikm]);
    return book({ name: "SKM", rows });
  };
  it("must not trigger: every figure follows from the respondents", () => expect(bad(make(null))).toEqual([]));
  it("must not trigger: a blank row between the respondents and the Σ row", () => expect(bad(make(null, true))).toEqual([]));
  it("must trigger: an NRR that is not the respondents' mean is the one cause", () => expect(causes(make({ at: "nrr", u: 2, v: 3.67 }))).toEqual(["SKM!E11 → 3.33"]));
  it("must trigger: a Σ per unsur typed wrong is blamed, not a respondent", () => expect(causes(make({ at: "sum", u: 0, v: 20 }))).toEqual(["SKM!C10 → 19"]));
  it("must trigger: a wrong NRR tertimbang (the Jumlah below it agrees with the right one)", () => expect(causes(make({ at: "tt", u: 4, v: 0.8 }))).toEqual(["SKM!G12 → 0.67"]));
  it("must trigger: IKM ≠ Jumlah NRR tertimbang × 25", () => expect(bad(make({ at: "ikm", v: 82.5 }))).toEqual(["SKM!C14 product 81.65"]));
});

describe("IKM per unsur down the side: NRR, NRR tertimbang, nilai konversi, mutu", () => {
  const nrr = [3.41, 3.2, 3.05, 3.66, 2.98, 3.3, 3.51];
  const mutuOf = (k: number) => (k >= 88.31 ? "A" : k >= 76.61 ? "B" : k >= 65 ? "C" : "D");
  const make = (opts: { konv?: [number, number]; mutu?: [number, string]; order?: "mutuLast" | "konvFirst"; merged?: boolean } = {}) => {
    const konvHead = opts.merged ? "x 25" : "Nilai Konversi (NRR × 25)";
    const head = opts.order === "konvFirst" ? ["Unsur", konvHead, "NRR", "NRR Tertimbang (NRR x 1/7)", "Mutu Pelayanan"] : ["Unsur", "NRR", "NRR Tertimbang (NRR x 1/7)", konvHead, "Mutu Pelayanan"];
    const rows: CellValue[][] = opts.merged ? [["Indeks per unsur"], ["Unsur", "Nilai", null, null, "Mutu Pelayanan"], head.map((h, i) => (i === 0 || i === 4 ? null : h))] : [["Indeks per unsur"], head];
    nrr.forEach((v, i) => {
      let k = Math.round(v * 25 * 100) / 100;
      if (opts.konv?.[0] === i) k = opts.konv[1];
      const tt = Math.round((v / 7) * 1000) / 1000;
      const m = opts.mutu?.[0] === i ? opts.mutu[1] : mutuOf(Math.round(v * 25 * 100) / 100);
      rows.push(opts.order === "konvFirst" ? [`U${i + 1}`, k, v, tt, m] : [`U${i + 1}`, v, tt, k, m]);
    });
    return book({ name: "Unsur", rows, merged: opts.merged ? ["A2:A3", "B2:D2", "E2:E3"] : undefined });
  };
  it("must not trigger: konversi = NRR × 25 and mutu from it", () => expect(bad(make())).toEqual([]));
  it("must not trigger: merged header over NRR | tertimbang | x 25", () => expect(bad(make({ merged: true }))).toEqual([]));
  it("must trigger: a konversi that is not NRR × 25", () => expect(causes(make({ konv: [2, 86.25] }))).toEqual(["Unsur!D5 → 76.25"]));
  it("must trigger: a mutu letter that does not match its konversi", () => expect(bad(make({ mutu: [3, "B"] }))).toEqual(["Unsur!E6 category-label A"]));
});

describe("IKM rekap per unit layanan: mutu letter and kinerja words beside Nilai IKM", () => {
  const units: [string, number][] = [
    ["Paspor", 90.12],
    ["Izin Tinggal", 80.4],
    ["Pengaduan", 70.2],
  ];
  const make = (mutu: string, kinerja: string) =>
    book({ name: "Rekap", rows: [["Unit Layanan", "Nilai IKM", "Kinerja Unit Pelayanan", "Mutu Pelayanan"], ...units.map(([u, v], i): CellValue[] => [u, v, i === 1 ? kinerja : v >= 88.31 ? "Sangat Baik" : "Kurang Baik", i === 1 ? mutu : v >= 88.31 ? "A" : "C"])] });
  it("must not trigger: letters and words agree with the bands", () => expect(bad(make("B", "Baik"))).toEqual([]));
  it("must trigger: a letter one band too high", () => expect(bad(make("A", "Baik"))).toEqual(["Rekap!D3 category-label B"]));
});
