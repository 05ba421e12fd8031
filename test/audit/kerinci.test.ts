// The kerinci-2024 sample (the seed report as published): every contradiction of
// /work/notes/seed-findings.md is found on the right cell with expected/actual; rounding-only
// cases are info at most; consistent tables are not flagged; a corrected copy is clean.
import { audit } from "../../src/audit/engine";
import { planInstall, SAMPLES, MONTHS } from "../../src/templates";
import { snapshotFromActions } from "../support/snapshotFromActions";
import type { SampleData } from "../../src/templates";
import type { Finding } from "../../src/audit/types";

const snap = snapshotFromActions(planInstall({ year: 2024, sample: "kerinci-2024" }).actions);
const result = audit(snap, { now: "2025-01-31T00:00:00Z" });
const key = (f: Finding) => `${f.sheet}!${f.cell} ${f.rule}`;
// Root causes are top-level; the findings they explain are folded under them (issue 12).
const all = result.findings.flatMap((f) => [f, ...(f.consequences ?? [])]);
const find = (k: string) => all.find((f) => key(f) === k && f.severity === "error");

describe("kerinci-2024: contradictions of the published report", () => {
  it.each([
    ["1 pagu per jenis belanja vs LKD", "Realisasi Anggaran!N20 same-quantity", 9933860000, 10062360000],
    ["2 realisasi per jenis belanja vs LKD", "Realisasi Anggaran!O20 same-quantity", 9912780806, 9912289801],
    ["3 Anggaran row 99.76", "Capaian Kinerja!F13 ratio", 0.997878, 0.9976],
    ["4 RB realisasi 125,48% vs data dukung 100%", "Capaian Kinerja!E9 same-quantity", 1, 1.2548],
    ["5 Kontraktual 84,40 vs lampiran 94,40", "IKPA!E29 same-quantity", 94.4, 84.4],
    ["5 Kontraktual nilai akhir 9,44 vs 84,40 × 10 / 100", "IKPA!E31 product", 8.44, 9.44],
    // Root causes carry the value to type, at the cell's display precision (issue 12).
    ["6 NKA copy nilai aspek perencanaan", "NKA!B19 mean", 86.84, 98.84],
    ["6 NKA copy nilai aspek pelaksanaan", "NKA!D19 mean", 98.12, 96.12],
    ["7 UP/TUP weight 2022", "IKPA!G14 regime-weight", 10, undefined],
    ["7 UP/TUP weight 2023", "IKPA!G22 regime-weight", 10, undefined],
    ["7 UP/TUP weight 2024 (BAB III)", "IKPA!G30 regime-weight", 10, undefined],
    ["7 UP/TUP weight 2024 (NKA copy)", "NKA!G17 regime-weight", 10, undefined],
    ["8 Ringkasan penyerapan 2023", "Ringkasan!C16 same-quantity", 0.98697, 0.9878],
    ["9 Ringkasan ILK 3,12", "Ringkasan!C10 same-quantity", 3.21, 3.12],
    ["10 TAK realisasi vs data dukung", "Capaian Kinerja!E5 same-quantity", 1, 1.1111],
    ["10 TAK capaian 111,11 vs 111,11/90", "Capaian Kinerja!F5 capaian", 1.234556, 1.1111],
    // 98,76% (the data dukung's 98,768% truncated) is what the report's 109,73% capaian was computed from.
    ["11 Layanan realisasi vs data dukung", "Capaian Kinerja!E7 same-quantity", 0.9876, 1.1111],
    ["11 Layanan capaian", "Capaian Kinerja!F7 capaian", 1.234556, 1.1111],
    // Once the RB realisasi is the data dukung's 100%, the sasaran 3 mean is (100% + 103,54%) / 2.
    ["12 sasaran 3 average", "Capaian Kinerja!F11 mean", 1.0177, 1.1224],
    // The true overall average once every capaian is right (not the 112,81% of the wrong ones).
    ["13 overall average vs the table", "Ringkasan!C5 same-quantity", 1.061, 1.1247],
    ["14 jenis kegiatan BF.5254 vs LKD", "Realisasi Anggaran!C25 same-quantity", 1992627000, 2080368000],
    ["14 jenis kegiatan WA.6232 vs LKD", "Realisasi Anggaran!C26 same-quantity", 7941233000, 7981992000],
    ["14 jenis kegiatan total vs LKD", "Realisasi Anggaran!C27 same-quantity", 9933860000, 2080368000],
    ["15 sumber dana vs LKD", "Realisasi Anggaran!B34 same-quantity", 9933860000, 10062360000],
    ["16 ITAP all '-' but Total 1", "Data Dukung!D47 total-sum", 0, 1],
    ["17 izin tinggal 59 vs 60", "Data Dukung!C70 total-sum", 60, 59],
    ["18 Ringkasan 6.098 layanan", "Ringkasan!C20 same-quantity", 10565, 6098],
    ["19 standar nasional ILK z 88,61", "Perbandingan!E37 ratio", 0.889125, 0.8861],
    ["20 antar tahun 2020 99,86", "Perbandingan!D14 ratio", 0.99852, 0.9986],
    ["20 antar tahun 2023 96,30", "Perbandingan!D17 ratio", 0.962908, 0.963],
  ])("%s", (_name, k, expected, actual) => {
    const f = find(k);
    expect(f).toBeDefined();
    expect(Number(f!.expected)).toBeCloseTo(expected, 4);
    if (actual !== undefined) expect(Number(f!.actual)).toBeCloseTo(actual, 4);
    expect(f!.message.length).toBeGreaterThan(20);
    expect(f!.message_en.length).toBeGreaterThan(20);
  });

  it("the malformed '7.981.992,000' is a warning", () => {
    expect(result.findings.find((f) => key(f) === "Realisasi Anggaran!C26 number-as-text")?.severity).toBe("warning");
  });

  it("the issue's example message", () => {
    expect(find("Realisasi Anggaran!N20 same-quantity")!.message).toContain("10.062.360.000 tidak sama dengan");
    expect(find("Realisasi Anggaran!N20 same-quantity")!.message).toContain("9.933.860.000");
  });

  it("rounding/truncation-only cases are info, never error or warning", () => {
    for (const k of ["Capaian Kinerja!F10 capaian", "Perbandingan!E35 ratio", "Perbandingan!D29 ratio"]) {
      const fs = result.findings.filter((f) => key(f) === k);
      expect(fs.length).toBeGreaterThan(0);
      for (const f of fs) expect(f.severity).toBe("info");
    }
  });

  it("consistent tables are not flagged (LKD, per sasaran, PNBP, IKPA 2021 and lampiran, NKA, DPRI, alih status, Rencana Aksi)", () => {
    const noisy = result.findings.filter((f) => f.severity !== "info");
    const sheetsClean = ["PNBP", "Rencana Aksi RB", "ILK", "Lampiran OM-SPAN", "Perjanjian Kinerja"];
    expect(noisy.filter((f) => sheetsClean.includes(f.sheet)).map(key)).toEqual([]);
    // Nothing in the LKD / per sasaran / IKPA 2021 areas, nothing in NKA outside the BAB III IKPA copy.
    expect(noisy.filter((f) => f.sheet === "IKPA" && /^[A-Z]+([1-9])$/.test(f.cell)).map(key)).toEqual([]);
    expect(noisy.filter((f) => f.sheet === "NKA" && !/^[A-Z]+(1[5-9])$/.test(f.cell)).map(key)).toEqual([]);
    // Warnings: the malformed text number, and the UP/TUP nilai akhir typed where the weight is missing (#7).
    expect(result.findings.filter((f) => f.severity === "warning").map(key).sort()).toEqual([
      "IKPA!G15 constant-over-formula",
      "IKPA!G23 constant-over-formula",
      "IKPA!G31 constant-over-formula",
      "NKA!G18 constant-over-formula",
      "Realisasi Anggaran!C26 number-as-text",
    ]);
  });
});

/** The sample with every contradiction corrected; computed figures are left to the formulas. */
function correctedSample(): SampleData {
  const d = JSON.parse(JSON.stringify(SAMPLES["kerinci-2024"].data)) as Record<string, { values: Record<string, Record<string, unknown>> }>;
  const v = (t: string) => d[t].values;
  const ck = v("Capaian_Kinerja");
  ck.TAK = { target: 0.9, realisasi: 1 };
  ck.LYN = { target: 0.9, realisasi: 0.9877 };
  ck.RB = { target: 1, realisasi: 1 };
  ck.ILK = { target: 3.1, realisasi: 3.21 };
  delete ck.RATA1;
  delete ck.RATA3;
  ck.ANGGARAN = { target: 9933860000, realisasi: 9912780806 };
  const jb = v("Anggaran_JenisBelanja");
  Object.assign(jb.BARANG, { pagu_2024: 5018957000, real_2024: 5003378285 });
  for (const k of ["pct_2024", "sisa_2024"]) delete jb.BARANG[k];
  for (const k of ["pagu_2024", "real_2024", "pct_2024", "sisa_2024"]) delete jb.JUMLAH[k];
  v("Anggaran_JenisKegiatan")["BF.5254"].pagu = 1992627000;
  v("Anggaran_JenisKegiatan")["WA.6232"].pagu = 7941233000;
  v("Anggaran_SumberDana").PNBP.pagu = 6360768000;
  v("DD_IzinTinggal")[MONTHS[7]].itap = 1;
  v("DD_Layanan").IZIN = { diterima: 60, diselesaikan: 60 };
  for (const y of Object.keys(v("Banding_Layanan"))) delete v("Banding_Layanan")[y].capaian;
  delete v("Banding_ILK")["2024"].capaian;
  const sn = v("StandarNasional");
  sn.LYN = { capaian: 1.0974, nasional: 1.1111 };
  sn.ILK = { capaian: 1.0355, nasional: 1.1645 };
  for (const t of ["IKPA_2022", "IKPA_2023", "IKPA_2024", "IKPA_2024_NKA"]) v(t).BOBOT.up_tup = 10;
  v("IKPA_2024").NILAI.kontraktual = 94.4;
  Object.assign(v("IKPA_2024_NKA").ASPEK, { revisi_dipa: 86.84, penyerapan: 98.12 });
  Object.assign(v("Ringkasan"), {
    CAPAIAN_RATA: { nilai: 1.061 }, CAPAIAN_TAK: { nilai: 1.1111 }, CAPAIAN_LYN: { nilai: 1.0974 }, CAPAIAN_RB: { nilai: 1 },
    REALISASI_ILK: { nilai: 3.21 }, CAPAIAN_ILK: { nilai: 1.0355 }, PENYERAPAN_LALU: { nilai: 0.987 }, JUMLAH_LAYANAN: { nilai: 10566 },
  });
  return d as unknown as SampleData;
}

describe("kerinci-2024 corrected", () => {
  it("gives no error and no warning findings", () => {
    SAMPLES["kerinci-2024-corrected"] = { ...SAMPLES["kerinci-2024"], id: "kerinci-2024-corrected", data: correctedSample() };
    try {
      const fixed = snapshotFromActions(planInstall({ year: 2024, sample: "kerinci-2024-corrected" as Parameters<typeof planInstall>[0]["sample"] }).actions);
      const r = audit(fixed);
      expect(r.findings.filter((f) => f.severity !== "info").map((f) => `${key(f)}: ${f.message}`)).toEqual([]);
      // Typing today's value over a template formula (JUMLAH pagu 2024) is a warning, nothing more.
      const ra = fixed.sheets.find((x) => x.name === "Realisasi Anggaran")!;
      const at = { r: 20 - 1 - ra.origin.row, c: 13 - ra.origin.col };
      expect(ra.formulas?.[at.r][at.c]).toMatch(/^=SUM\(/);
      ra.formulas![at.r][at.c] = null;
      const typed = audit(fixed);
      expect(typed.findings.filter((f) => f.severity !== "info").map((f) => `${key(f)} ${f.severity}`)).toEqual(["Realisasi Anggaran!N20 constant-over-formula warning"]);
    } finally {
      delete SAMPLES["kerinci-2024-corrected"];
    }
  });
});

describe("kerinci-2024 as an .xlsx file", () => {
  it("written by the installer and read back, it gives the same findings as the plan", async () => {
    const { workbookBuffer } = await import("../../src/host/xlsx/write");
    const { readWorkbookBuffer } = await import("../../src/host/xlsx/read");
    const actions = planInstall({ year: 2024, sample: "kerinci-2024" }).actions;
    const read = await readWorkbookBuffer(await workbookBuffer(actions), "kerinci-2024.xlsx");
    const fromFile = audit(read);
    const sig = (f: Finding) => `${key(f)} ${f.severity} ${f.code}`;
    expect(fromFile.findings.map(sig)).toEqual(result.findings.map(sig));
    expect(fromFile.summary).toEqual(result.summary);
  });
});
