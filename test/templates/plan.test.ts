import { cell, cellAt, getSheet, isCellError, type CellValue, type WorkbookSnapshot } from "../../src/core/snapshot";
import { parseA1, parseRange, rangeToA1 } from "../../src/core/address";
import type { Relation } from "../../src/core/relations";
import { ikpaRegime } from "../../src/core/formulas/ikpa";
import { buildSchemas, neutralStructure, planInstall, resolveTemplateRelations, tablesByDomain, SHEETS, INPUT_FILL } from "../../src/templates";
import { snapshotFromActions } from "../support/snapshotFromActions";

const sample = planInstall({ year: 2024, sample: "kerinci-2024" });
const sampleSnap = snapshotFromActions(sample.actions);
const sampleRels = resolveTemplateRelations(sampleSnap);
const blank = planInstall({ year: 2024, satker: "Kantor Uji" });
const blankSnap = snapshotFromActions(blank.actions);

const valueOf = (wb: WorkbookSnapshot, sheet: string, address: string): CellValue => cell(getSheet(wb, sheet)!, address).value;
const rel = (id: string): Relation => {
  const r = sampleRels.find((x) => x.id === id);
  if (!r) throw new Error(`no relation ${id}`);
  return r;
};
const num = (v: CellValue): number => (typeof v === "number" ? v : 0);

describe("schemas", () => {
  test("every table of docs/domain.md §2 (1–16) has a schema", () => {
    const byDomain = tablesByDomain(2024);
    for (let d = 1; d <= 16; d++) expect({ table: d, schemas: byDomain.get(d) ?? [] }).toEqual({ table: d, schemas: expect.arrayContaining([expect.any(String)]) });
  });

  test("Excel names are unique, valid and not cell references", () => {
    const names = buildSchemas(2024).map((s) => s.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const n of names) {
      expect(n).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
      expect(n).not.toMatch(/^[A-Za-z]{1,3}\d+$/);
    }
  });

  test("IKPA tables follow the regime of their year", () => {
    const cols = (y: number) => buildSchemas(2024).find((s) => s.name === `IKPA_${y}`)!.columns.map((c) => c.key);
    expect(cols(2021)).toContain("renkas");
    expect(cols(2022)).toContain("dispensasi_spm");
    expect(cols(2024)).not.toContain("dispensasi_spm");
    expect(cols(2024)).toContain("dispensasi");
    const w = blankSnap.tables.find((t) => t.name === "IKPA_2024")!;
    const r = parseRange(w.range);
    const weights = ikpaRegime(2024)!.components.map((_, i) => cellAt(getSheet(blankSnap, w.sheet)!, r.start.row + 2, r.start.col + 1 + i).value);
    expect(weights).toEqual([10, 15, 20, 10, 10, 10, 25]);
  });
});

describe("planInstall (blank)", () => {
  test("installs every sheet with a defined name per table and no typed values", () => {
    // The ILK survey is one ministry's; a satker's own workbook has every other sheet.
    expect(blank.sheets.map((s) => s.name)).toEqual(SHEETS.filter((s) => s.id !== "ilk").map((s) => s.name));
    expect(blank.typedValues).toEqual([]);
    const names = blank.actions.filter((a) => a.kind === "addName").map((a) => (a as { name: string }).name);
    // Table names, plus one name per Ringkasan figure ("Ringkasan.PAGU"): the codes live there.
    expect(names.filter((n) => !n.includes(".")).sort()).toEqual(buildSchemas(2024, neutralStructure()).map((s) => s.name).sort());
    expect(names).toEqual(expect.arrayContaining(["Ringkasan.PAGU", "Ringkasan.CAPAIAN_RATA", "Ringkasan.NKA_KATEGORI"]));
  });

  test("formulas use English names and ',' separators, and every cached value is computed (no errors)", () => {
    let formulas = 0;
    for (const s of blankSnap.sheets) {
      s.formulas!.forEach((row, r) => row.forEach((f, c) => {
        if (!f) return;
        formulas++;
        expect(f.startsWith("=")).toBe(true);
        expect(f).not.toMatch(/;|JUMLAH\(|RATA-RATA\(|BULAT\(/);
        expect(isCellError(s.values[r][c])).toBe(false);
      }));
    }
    expect(formulas).toBeGreaterThan(200);
  });

  test("input cells are filled, formula cells are not", () => {
    const fills = blank.actions.filter((a) => a.kind === "fill" && a.fill.color === INPUT_FILL) as { sheet: string; address: string }[];
    const filled = new Set<string>();
    for (const f of fills) {
      const r = parseRange(f.address);
      for (let row = r.start.row; row <= r.end.row; row++) filled.add(`${f.sheet}!${row},${r.start.col}`);
    }
    const lkd = getSheet(blankSnap, "Lampiran OM-SPAN")!;
    const t = blankSnap.tables.find((x) => x.name === "LKD")!;
    const top = parseRange(t.range).start.row;
    // Kegiatan 2 pagu (input) vs its s.d. (formula); the JUMLAH row above sums them.
    expect(filled.has(`Lampiran OM-SPAN!${top + 3},2`)).toBe(true);
    expect(cellAt(lkd, top + 3, 6).formula).toMatch(/^=SUM\(/);
    expect(filled.has(`Lampiran OM-SPAN!${top + 3},6`)).toBe(false);
    expect(cellAt(lkd, top + 1, 2).formula).toMatch(/^=SUM\(C\d+:C\d+\)$/);
  });

  test("validation lists for polaritas, satuan and triwulan", () => {
    const lists = blank.actions.filter((a) => a.kind === "validationList").map((a) => (a as { choices: string[] }).choices.join("|"));
    expect(lists).toEqual(expect.arrayContaining(["positif|negatif", "I|II|III|IV", expect.stringContaining("Indeks")]));
  });
});

describe("planInstall years", () => {
  test("refuses a year without a known IKPA regulation, naming the supported ones", () => {
    // 2020 is known since issue 16 (PER-4/PB/2020, weights from S-168/WPB.08/KP.03/2021).
    for (const year of [1999, 2019, 2027]) expect(() => planInstall({ year })).toThrow(/2020 \(PER-4\/PB\/2020\), 2021 \(PER-4\/PB\/2021\).*2024–2026/);
  });

  test.each([2020, 2021, 2022, 2023, 2025, 2026])("plans %i with the IKPA regimes known for its years, without errors", (year) => {
    const p = planInstall({ year });
    const snap = snapshotFromActions(p.actions);
    const ikpa = snap.tables.filter((t) => /^IKPA_\d{4}$/.test(t.name)).map((t) => Number(t.name.slice(5)));
    expect(ikpa).toEqual([year - 3, year - 2, year - 1, year].filter((y) => ikpaRegime(y) !== null));
    for (const s of snap.sheets) s.values.forEach((row) => row.forEach((v) => expect(isCellError(v)).toBe(false)));
    expect(resolveTemplateRelations(snap).length).toBeGreaterThan(100);
    expect(p.actions.some((a) => a.kind === "protect")).toBe(false);
  });

  test("sheet protection is optional", () => {
    expect(planInstall({ year: 2024, sheets: ["pk"], protect: true }).actions).toContainEqual({ kind: "protect", sheet: "Perjanjian Kinerja" });
  });
});

describe("planInstall conflicts", () => {
  test("a taken sheet name gets a free name and formulas follow it; a taken Excel name gets a suffix", () => {
    const p = planInstall({ year: 2024, existingSheetNames: ["Capaian Kinerja", "Capaian Kinerja (2)"], existingNames: ["LKD"] });
    const ck = p.sheets.find((s) => s.id === "capaian")!;
    expect(ck).toEqual({ id: "capaian", name: "Capaian Kinerja (3)", renamedFrom: "Capaian Kinerja" });
    expect(p.names.LKD).toBe("LKD_2");
    const snap = snapshotFromActions(p.actions);
    const ring = getSheet(snap, "Ringkasan")!;
    const t = snap.tables.find((x) => x.name === "Ringkasan")!;
    expect(cellAt(ring, parseRange(t.range).start.row + 1, 2).formula).toContain("'Capaian Kinerja (3)'!");
  });

  test("skip leaves the taken sheet out; a second install never overwrites the first", () => {
    const skip = planInstall({ year: 2024, existingSheetNames: ["PNBP"], onConflict: "skip" });
    expect(skip.actions.some((a) => a.kind === "addSheet" && a.sheet === "PNBP")).toBe(false);

    const first = snapshotFromActions(blank.actions);
    const before = JSON.stringify(first.sheets);
    const second = planInstall({ year: 2024, existingSheetNames: first.sheets.map((s) => s.name), existingNames: first.tables.map((t) => t.name) });
    const both = snapshotFromActions(second.actions, first);
    expect(JSON.stringify(both.sheets.slice(0, first.sheets.length))).toBe(before);
    expect(both.sheets).toHaveLength(first.sheets.length * 2);
    expect(new Set(both.tables.map((t) => t.name)).size).toBe(both.tables.length);
  });

  test("a subset of sheets: links to tables that are not installed become input cells", () => {
    const p = planInstall({ year: 2024, sheets: ["capaian"] });
    expect(p.sheets.map((s) => s.id)).toEqual(["capaian"]);
    const snap = snapshotFromActions(p.actions);
    for (const s of snap.sheets) for (const row of s.formulas!) for (const f of row) if (f) expect(f).not.toContain("!");
    expect(() => planInstall({ year: 2024, sheets: ["nope"] })).toThrow(/unknown sheet/);
  });
});

describe("sample kerinci-2024 as published", () => {
  test("keeps the report's figures, with typed values where the report disagrees with its arithmetic", () => {
    const typed = sample.typedValues.map((t) => `${t.table}.${t.row}.${t.col}`);
    expect(typed).toEqual(expect.arrayContaining([
      "Capaian_Kinerja.ANGGARAN.capaian", "Capaian_Kinerja.RATA3.capaian", "Ringkasan.CAPAIAN_RATA.nilai", "Ringkasan.PENYERAPAN_LALU.nilai",
      "Ringkasan.REALISASI_ILK.nilai", "Ringkasan.JUMLAH_LAYANAN.nilai", "DD_IzinTinggal.TOTAL.itap", "StandarNasional.ILK.z",
      "Banding_Layanan.2020.capaian", "Banding_Layanan.2023.capaian", "IKPA_2024.AKHIR.kontraktual", "IKPA_2024_NKA.ASPEK.revisi_dipa",
    ]));
    // Consistent figures stay formulas.
    expect(typed).not.toContain("LKD.JUMLAH.pct");
    expect(typed).not.toContain("Anggaran_JenisBelanja.JUMLAH.pagu_2024");
    expect(typed).not.toContain("IKPA_2021.NILAI.akhir");
    expect(typed).not.toContain("NKA_2024.NKA.nilai");
  });

  test("malformed text stays text; blank published cells stay blank", () => {
    const r = rel("Anggaran_JenisKegiatan.WA.6232.pagu");
    expect(valueOf(sampleSnap, r.target.sheet, r.target.address)).toBe("7.981.992,000");
    const w = rel("IKPA_2024.BOBOT.up_tup");
    expect(valueOf(sampleSnap, w.target.sheet, w.target.address)).toBeNull();
    expect(w).toMatchObject({ kind: "constant", params: { expected: 10 }, quantity: "weight" });
  });

  test("cross-sheet checks carry the published contradictions", () => {
    const jb = rel("Anggaran_JenisBelanja.JUMLAH.pagu_2024.check");
    expect(jb).toMatchObject({ kind: "same", authority: "operand", quantity: "pagu" });
    expect(valueOf(sampleSnap, jb.target.sheet, jb.target.address)).toBe(10062360000);
    expect(valueOf(sampleSnap, jb.operands[0].sheet, jb.operands[0].address)).toBe(9933860000);
    const rb = rel("Capaian_Kinerja.RB.realisasi");
    expect(valueOf(sampleSnap, rb.target.sheet, rb.target.address)).toBe(1.2548);
    expect(valueOf(sampleSnap, rb.operands[0].sheet, rb.operands[0].address)).toBe(1);
    const k = rel("IKPA_2024.NILAI.kontraktual");
    expect(valueOf(sampleSnap, k.target.sheet, k.target.address)).toBe(84.4);
    expect(valueOf(sampleSnap, k.operands[0].sheet, k.operands[0].address)).toBe(94.4);
    expect(rel("RB_Rekap.I.jumlah")).toMatchObject({ kind: "count" });
    expect(rel("RB_Rekap.I.jumlah").operands).toHaveLength(32);
  });

  test("every formula cell's cached value satisfies its sum/difference/same relation", () => {
    let checked = 0;
    for (const r of sampleRels) {
      const sheet = getSheet(sampleSnap, r.target.sheet)!;
      const target = cell(sheet, r.target.address);
      if (!target.formula || r.id.endsWith(".check")) continue;
      const ops = r.operands.map((o) => cell(getSheet(sampleSnap, o.sheet)!, o.address).value);
      if (r.kind === "sum") expect(num(target.value)).toBeCloseTo(ops.reduce<number>((s, v) => s + num(v), 0), 6);
      else if (r.kind === "difference") expect(num(target.value)).toBeCloseTo(num(ops[0]) - num(ops[1]), 6);
      else if (r.kind === "same") expect(target.value).toEqual(ops[0] ?? 0);
      else continue;
      checked++;
    }
    expect(checked).toBeGreaterThan(150);
  });
});

describe("resolveTemplateRelations", () => {
  test("labels relations in Indonesian and English and finds nothing in a workbook without template names", () => {
    expect(rel("Anggaran_JenisBelanja.JUMLAH.pagu_2024").label).toEqual({ id: "Total pagu per jenis belanja 2024", en: "Total budget by spending type 2024" });
    expect(resolveTemplateRelations({ sheets: [], tables: [], settings: {} })).toEqual([]);
  });

  test("still finds the tables after a sheet rename and an inserted row", () => {
    const snap: WorkbookSnapshot = JSON.parse(JSON.stringify(sampleSnap));
    const dd = getSheet(snap, "Data Dukung")!;
    dd.name = "DD";
    for (const t of snap.tables) if (t.sheet === "Data Dukung") t.sheet = "DD";
    // Insert an empty row right after DD_TAK's header row.
    const tak = snap.tables.find((t) => t.name === "DD_TAK")!;
    const at = parseRange(tak.range).start.row + 1;
    const width = dd.values[0].length;
    dd.values.splice(at, 0, Array(width).fill(null));
    dd.formulas!.splice(at, 0, Array(width).fill(null));
    dd.numberFormats!.splice(at, 0, Array(width).fill("General"));
    for (const t of snap.tables) {
      if (t.sheet !== "DD") continue;
      const r = parseRange(t.range);
      if (r.start.row >= at) r.start.row++;
      if (r.end.row >= at - 1) r.end.row++;
      t.range = rangeToA1(r);
    }
    const rels = resolveTemplateRelations(snap);
    const before = rel("DD_TAK.DITANGANI.jumlah");
    const after = rels.find((x) => x.id === "DD_TAK.DITANGANI.jumlah")!;
    expect(after.target.sheet).toBe("DD");
    expect(parseA1(after.target.address).row).toBe(parseA1(before.target.address).row + 1);
    expect(after.operands).toHaveLength(6);
    const capaian = rels.find((x) => x.id === "Capaian_Kinerja.TAK.realisasi")!;
    expect(capaian.operands[0].sheet).toBe("DD");
    expect(valueOf(snap, "DD", capaian.operands[0].address)).toBe(1);
  });
});

describe("formula cells are never text-formatted (Excel would keep the formula as text)", () => {
  it.each([
    ["sample 2024", { year: 2024, sample: "kerinci-2024" as const }],
    ["blank 2024", { year: 2024 }],
    ["blank 2021, English", { year: 2021, lang: "en" as const }],
  ])("%s", (_name, options) => {
    const plan = planInstall(options);
    let formulaCells = 0;
    for (const a of plan.actions) {
      if (a.kind !== "write" || !a.formulas) continue;
      a.formulas.forEach((row, r) =>
        row.forEach((f, c) => {
          if (f === null || f === undefined) return;
          formulaCells++;
          expect([a.sheet, a.address, r, c, a.numberFormats?.[r]?.[c]]).not.toEqual([a.sheet, a.address, r, c, "@"]);
        }),
      );
    }
    expect(formulaCells).toBeGreaterThan(50);
  });
});
