// Budget layouts: OM-SPAN per akun, two-row merged headers, subtotal blocks, two column groups,
// Perjanjian Kinerja by program/kegiatan, a label/value summary sheet, PNBP beside the budget.
import type { CellValue } from "../../../src/core/snapshot";
import { book, r4, sum, type CorpusEntry } from "./build";

const AKUN: [string, string, number, number][] = [
  ["521111", "Belanja Operasional Perkantoran", 412500000, 409875500],
  ["521211", "Belanja Bahan", 86250000, 84120000],
  ["522111", "Belanja Langganan Listrik", 198000000, 187654321],
  ["523121", "Belanja Pemeliharaan Peralatan dan Mesin", 143700000, 139950000],
  ["524111", "Belanja Perjalanan Dinas Biasa", 325000000, 318775000],
  ["532111", "Belanja Modal Peralatan dan Mesin", 960000000, 957300000],
];

export const omspan: CorpusEntry = {
  name: "omspan-akun",
  layout: "OM-SPAN realisasi per akun: JUMLAH SELURUHNYA first, text akun codes, sisa and % per row",
  build(planted) {
    const rows: CellValue[][] = [["REALISASI BELANJA PER AKUN S.D. DESEMBER 2024"], ["KODE AKUN", "URAIAN AKUN", "PAGU", "REALISASI", "SISA PAGU", "% REALISASI"]];
    const data = AKUN.map(([k, u, p, r]) => [k, u, p, r, p - r, r4(r / p)] as CellValue[]);
    const tp = sum(AKUN.map((a) => a[2]));
    let tr = sum(AKUN.map((a) => a[3]));
    if (planted) {
      data[2][4] = 10435679; // sisa listrik typed 10.435.679 (should be 10.345.679)
      data[4][5] = 0.9881; // % perjalanan 98,81 (should be 98,08)
      tr += 1000000; // JUMLAH realisasi typed one million too high; its % and sisa follow it
    }
    rows.push(["JUMLAH SELURUHNYA", null, tp, tr, tp - tr, r4(tr / tp)], ...data);
    return book({ name: "Realisasi Akun", rows, formats: { C: "#,##0", D: "#,##0", E: "#,##0", F: "0.00%" } });
  },
  planted: [
    { at: "Realisasi Akun!E6", rule: "difference", what: "sisa listrik" },
    { at: "Realisasi Akun!F8", rule: "ratio", what: "% perjalanan dinas" },
    { at: "Realisasi Akun!D3", rule: "total-sum", what: "JUMLAH SELURUHNYA realisasi" },
    { at: "Realisasi Akun!E3", rule: "total-sum", what: "JUMLAH sisa follows the mistyped realisasi, ≠ Σ sisa" },
  ],
};

export const mergedHeader: CorpusEntry = {
  name: "merged-two-row-header",
  layout: "No/Uraian/Pagu/Sisa merged over two header rows, Realisasi over Rp and %",
  build(planted) {
    const items: [string, number, number][] = [
      ["Belanja Pegawai", 2242327000, 2241548521],
      ["Belanja Barang", 5018957000, 5003378285],
      ["Belanja Modal", 2672576000, 2667854000],
    ];
    const rows: CellValue[][] = [["No", "Uraian", "Pagu", "Realisasi", null, "Sisa"], [null, null, null, "Rp", "%"]];
    items.forEach(([u, p, r], i) => rows.push([i + 1, u, p, r, r4(r / p), p - r]));
    let tp = sum(items.map((x) => x[1]));
    const tr = sum(items.map((x) => x[2]));
    if (planted) {
      rows[3][4] = 0.9869; // Belanja Barang % 98,69 (should be 99,69)
      tp += 128500000; // Jumlah pagu typed too high; % and sisa of the row follow it
    }
    rows.push([null, "Jumlah", tp, tr, r4(tr / tp), tp - tr]);
    return book({ name: "Belanja", rows, merged: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:F2"], formats: { C: "#,##0", D: "#,##0", E: "0.00%", F: "#,##0" } });
  },
  planted: [
    { at: "Belanja!E4", rule: "ratio", what: "Belanja Barang %" },
    { at: "Belanja!C6", rule: "total-sum", what: "Jumlah pagu" },
    { at: "Belanja!F6", rule: "total-sum", what: "Jumlah sisa follows the mistyped pagu, ≠ Σ sisa" },
  ],
};

export const subtotals: CorpusEntry = {
  name: "subtotal-blocks",
  layout: "section rows A./B., items, Sub Jumlah per block, grand Jumlah",
  build(planted) {
    const a: [string, number, number][] = [
      ["Belanja Pegawai", 2242327000, 2241548521],
      ["Belanja Barang", 5018957000, 5003378285],
    ];
    const b: [string, number, number][] = [
      ["Belanja Modal Peralatan", 1672576000, 1667854000],
      ["Belanja Modal Gedung", 1000000000, 1000000000],
    ];
    const rows: CellValue[][] = [["Rekapitulasi Belanja 2024"], ["Uraian", "Pagu", "Realisasi"], ["A. Belanja Operasi"]];
    a.forEach(([u, p, r]) => rows.push([u, p, r]));
    const sa = [sum(a.map((x) => x[1])), sum(a.map((x) => x[2]))];
    rows.push(["Sub Jumlah Belanja Operasi", ...sa], ["B. Belanja Modal"]);
    b.forEach(([u, p, r]) => rows.push([u, p, r]));
    const sb = [sum(b.map((x) => x[1])), sum(b.map((x) => x[2]))];
    rows.push(["Sub Jumlah Belanja Modal", ...sb]);
    rows.push(["Jumlah", sa[0] + sb[0], sa[1] + sb[1]]);
    if (planted) rows[4][2] = 5003387285; // Belanja Barang realisasi mistyped after the subtotal was written
    return book({ name: "Rekap", rows, formats: { B: "#,##0", C: "#,##0" } });
  },
  planted: [{ at: "Rekap!C6", rule: "total-sum", what: "Sub Jumlah Belanja Operasi realisasi ≠ its block" }],
};

export const twoGroups: CorpusEntry = {
  name: "two-column-groups",
  layout: "Belanja Operasi and Belanja Modal each with Anggaran/Realisasi; % and Sisa over both groups",
  build(planted) {
    const units: [string, number, number, number, number][] = [
      ["Sekretariat", 1200000000, 1150000000, 300000000, 290000000],
      ["Bidang Pelayanan", 800000000, 760000000, 450000000, 449000000],
      ["Bidang Pengawasan", 650000000, 640500000, 0, 0],
      ["UPT Laboratorium", 420000000, 401000000, 980000000, 975500000],
    ];
    const rows: CellValue[][] = [["Uraian", "Belanja Operasi", null, "Belanja Modal", null, "Persentase (%)", "Sisa"], [null, "Anggaran", "Realisasi", "Anggaran", "Realisasi"]];
    for (const [u, ao, ro, am, rm] of units) rows.push([u, ao, ro, am, rm, r4((ro + rm) / (ao + am)), ao + am - ro - rm]);
    const t = [1, 2, 3, 4].map((k) => sum(units.map((x) => x[k] as number)));
    rows.push(["Jumlah", ...t, r4((t[1] + t[3]) / (t[0] + t[2])), t[0] + t[2] - t[1] - t[3]]);
    if (planted) rows[3][5] = 0.8997; // Bidang Pelayanan % (should be 96,88%)
    return book({ name: "Per Unit", rows, merged: ["A1:A2", "B1:C1", "D1:E1", "F1:F2", "G1:G2"], formats: { B: "#,##0", C: "#,##0", D: "#,##0", E: "#,##0", F: "0.00%", G: "#,##0" } });
  },
  planted: [{ at: "Per Unit!F4", rule: "ratio", what: "% over both groups" }],
};

export const perjanjianKinerja: CorpusEntry = {
  name: "pk-program-kegiatan",
  layout: "Perjanjian Kinerja: Program rows over Kegiatan rows (level words, no codes), Anggaran (Rp), Jumlah",
  build(planted) {
    const rows: CellValue[][] = [
      ["PERJANJIAN KINERJA TAHUN 2024"],
      ["No", "Program / Kegiatan", "Indikator Kinerja", "Target", "Anggaran (Rp)"],
      [1, "Program Penegakan dan Pelayanan Hukum", "Indeks pelayanan publik", 3.5, 11200000000],
      [null, "Kegiatan Pelayanan Keimigrasian", "Jumlah layanan paspor", 10000, 8400000000],
      [null, "Kegiatan Pengawasan Orang Asing", "Persentase pengawasan", 1, 2800000000],
      [2, "Program Dukungan Manajemen", "Nilai reformasi birokrasi", "80", 7941233000],
      [null, "Kegiatan Dukungan Manajemen UPT", "Indeks kepuasan layanan", 3.2, 7817366000],
      [null, "Kegiatan Rencana Aksi RB", "Persentase rencana aksi", 1, 123867000],
      [null, "Jumlah", null, null, 19141233000],
    ];
    if (planted) rows[2][4] = 1075000000; // program anggaran 1.075.000.000 over kegiatan totalling 11,2 miliar
    return book({ name: "PK", rows, formats: { E: "#,##0" } });
  },
  planted: [{ at: "PK!E3", rule: "total-sum", what: "program ≠ Σ its kegiatan" }],
};

function lkdRows(pagu: number, real: number): CellValue[][] {
  return [
    ["Laporan Ketersediaan Dana TA 2024"],
    ["Uraian", "Pagu Revisi", "Periode Lalu", "Periode Ini", "s.d. Periode", "Sisa Anggaran"],
    ["BF Program Penegakan dan Pelayanan Hukum", 1992627000, 1911958906, 76945062, 1988903968, 3723032],
    ["WA Program Dukungan Manajemen", 7941233000, 6813621708, 1110255130, 7923876838, 17356162],
    ["JUMLAH", pagu, 8725580614, 1187200192, real, pagu - real],
  ];
}

export const summarySheet: CorpusEntry = {
  name: "summary-label-value",
  layout: "Ringkasan of label/value pairs in its own layout beside an LKD table and a PNBP table",
  build(planted) {
    const ringkasan: CellValue[][] = [
      ["RINGKASAN KINERJA 2024"],
      [],
      ["Pagu 2024", planted ? 9933680000 : 9933860000],
      ["Realisasi 2024", 9912780806],
      ["Penyerapan 2023", 0.987],
      ["Target PNBP", 2347400000],
      ["Rata-rata capaian", 1.061],
      ["Indeks Kepuasan Layanan Kesekretariatan", 3.21],
    ];
    const pnbp: CellValue[][] = [
      ["Realisasi PNBP 2024"],
      ["Akun", "Target", "Realisasi", "%"],
      ["425211 - Pendapatan Paspor", 2130000000, 5001150000, 234.8],
      ["425213 - Izin Keimigrasian", 157000000, 78750000, 50.16],
      ["425214 - Pelayanan Lainnya", 60400000, 354600000, 587.09],
      ["TOTAL", 2347400000, 5434500000, 231.51],
    ];
    return book({ name: "Ringkasan", rows: ringkasan, formats: { B: "#,##0" } }, { name: "LKD", rows: lkdRows(9933860000, 9912780806), formats: { B: "#,##0", C: "#,##0", D: "#,##0", E: "#,##0", F: "#,##0" } }, { name: "PNBP", rows: pnbp });
  },
  planted: [{ at: "Ringkasan!B3", rule: "same-quantity", what: "pagu typed 9.933.680.000 on the summary" }],
};

export const pnbpBeside: CorpusEntry = {
  name: "budget-tables-and-pnbp",
  layout: "LKD, pagu per sumber dana on another sheet, PNBP per akun (never compared with the budget)",
  build(planted) {
    const sumber: CellValue[][] = [["Belanja per sumber dana tahun 2024"], ["Sumber Dana", "Pagu"], ["Rupiah Murni", 3573092000], ["PNBP", planted ? 6360786000 : 6360768000], ["Jumlah", planted ? 9933878000 : 9933860000]];
    const pnbp: CellValue[][] = [["Penerimaan Negara Bukan Pajak 2024"], ["Akun", "Target", "Realisasi", "%"], ["425211 Paspor", 2130000000, 5001150000, 234.8], ["425213 Izin Tinggal", 157000000, 78750000, 50.16], ["JUMLAH", 2287000000, 5079900000, 222.12]];
    return book({ name: "LKD", rows: lkdRows(9933860000, 9912780806) }, { name: "Sumber Dana", rows: sumber }, { name: "PNBP", rows: pnbp });
  },
  planted: [{ at: "Sumber Dana!B5", rule: "same-quantity", what: "pagu per sumber dana ≠ LKD (typo in PNBP row carried into the Jumlah)" }],
};
