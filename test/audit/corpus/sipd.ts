// SIPD-style LRA: five code columns (Urusan, Bidang, Program, Kegiatan, Sub Kegiatan) under a
// merged "Kode" header, a column-number row, Anggaran / Realisasi / % / Sisa, every level of
// the hierarchy carrying its own sums, and one Jumlah row equal to the top level only.
import type { CellValue } from "../../../src/core/snapshot";
import { book, r4, sum, type CorpusEntry } from "./build";

interface Node {
  code: string[];
  name: string;
  anggaran?: number;
  realisasi?: number;
  kids?: Node[];
}

const TREE: Node[] = [
  {
    code: ["1"],
    name: "URUSAN PEMERINTAHAN WAJIB PELAYANAN DASAR",
    kids: [
      {
        code: ["1", "02"],
        name: "Kesehatan",
        kids: [
          {
            code: ["1", "02", "01"],
            name: "Program Penunjang Urusan Pemerintahan Daerah",
            kids: [
              { code: ["1", "02", "01", "2.01"], name: "Perencanaan, Penganggaran, dan Evaluasi", kids: [
                { code: ["1", "02", "01", "2.01", "01"], name: "Penyusunan Dokumen Perencanaan", anggaran: 125000000, realisasi: 118750000 },
                { code: ["1", "02", "01", "2.01", "02"], name: "Evaluasi Kinerja Perangkat Daerah", anggaran: 87500000, realisasi: 80125000 },
              ] },
              { code: ["1", "02", "01", "2.02"], name: "Administrasi Keuangan", kids: [
                { code: ["1", "02", "01", "2.02", "01"], name: "Penyediaan Gaji dan Tunjangan ASN", anggaran: 4250000000, realisasi: 4198275000 },
              ] },
            ],
          },
          {
            code: ["1", "02", "02"],
            name: "Program Pemenuhan Upaya Kesehatan",
            kids: [
              { code: ["1", "02", "02", "2.01"], name: "Penyediaan Fasilitas Pelayanan Kesehatan", kids: [
                { code: ["1", "02", "02", "2.01", "03"], name: "Pengadaan Alat Kesehatan", anggaran: 1320000000, realisasi: 1254000000 },
                { code: ["1", "02", "02", "2.01", "07"], name: "Rehabilitasi Puskesmas", anggaran: 960000000, realisasi: 912500000 },
                { code: ["1", "02", "02", "2.01", "11"], name: "Pengadaan Obat dan Bahan Habis Pakai", anggaran: 745000000, realisasi: 745000000 },
              ] },
            ],
          },
        ],
      },
    ],
  },
  {
    code: ["2"],
    name: "URUSAN PEMERINTAHAN WAJIB BUKAN PELAYANAN DASAR",
    kids: [
      {
        code: ["2", "08"],
        name: "Pengendalian Penduduk dan Keluarga Berencana",
        kids: [
          {
            code: ["2", "08", "02"],
            name: "Program Pembinaan Keluarga Berencana",
            kids: [
              { code: ["2", "08", "02", "2.01"], name: "Pelaksanaan Program KB", kids: [
                { code: ["2", "08", "02", "2.01", "04"], name: "Pendayagunaan Tenaga Penyuluh KB", anggaran: 310000000, realisasi: 297600000 },
                { code: ["2", "08", "02", "2.01", "05"], name: "Pengadaan Alat Kontrasepsi", anggaran: 95000000, realisasi: 0 },
              ] },
            ],
          },
        ],
      },
    ],
  },
];

function fill(n: Node): void {
  if (!n.kids) return;
  n.kids.forEach(fill);
  n.anggaran = sum(n.kids.map((k) => k.anggaran!));
  n.realisasi = sum(n.kids.map((k) => k.realisasi!));
}
TREE.forEach(fill);

/** Rows of the LRA (A1 = title). Returns also where each node sits. */
export function sipdRows(): { rows: CellValue[][]; at: Map<number, Node>; jumlahRow: number } {
  const rows: CellValue[][] = [
    ["LAPORAN REALISASI ANGGARAN PERANGKAT DAERAH TAHUN ANGGARAN 2024"],
    [],
    ["Kode", null, null, null, null, "Uraian", "Anggaran", "Realisasi", "%", "Sisa Anggaran"],
    ["Urusan", "Bidang", "Program", "Kegiatan", "Sub Kegiatan"],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  ];
  const at = new Map<number, Node>();
  const walk = (n: Node) => {
    at.set(rows.length, n);
    const codes: CellValue[] = [null, null, null, null, null];
    n.code.forEach((c, i) => (codes[i] = c));
    rows.push([...codes, n.name, n.anggaran!, n.realisasi!, r4(n.realisasi! / n.anggaran!), n.anggaran! - n.realisasi!]);
    n.kids?.forEach(walk);
  };
  TREE.forEach(walk);
  const ja = sum(TREE.map((n) => n.anggaran!));
  const jr = sum(TREE.map((n) => n.realisasi!));
  const jumlahRow = rows.length;
  rows.push(["JUMLAH", null, null, null, null, null, ja, jr, r4(jr / ja), ja - jr]);
  return { rows, at, jumlahRow };
}

export const sipd: CorpusEntry = {
  name: "sipd-lra",
  layout: "SIPD LRA, five code columns under a merged Kode header, numbering row, Jumlah = top level",
  build(planted) {
    const { rows } = sipdRows();
    if (planted) {
      // Row 11 (Evaluasi Kinerja, a sub kegiatan): realisasi typed 80.215.000 instead of 80.125.000.
      rows[10][7] = 80215000;
      // Row 16 (Rehabilitasi Puskesmas): % typed 95,25% while 912,5 / 960 = 95,05%.
      rows[15][8] = 0.9525;
      // Jumlah anggaran typed with the bidang rows counted twice is NOT planted: the Jumlah stays right.
    }
    return book({ name: "LRA", rows, formats: { G: "#,##0", H: "#,##0", I: "0.00%", J: "#,##0" }, merged: ["A3:E3", "F3:F4", "G3:G4", "H3:H4", "I3:I4", "J3:J4", "A21:F21"] });
  },
  planted: [
    { at: "LRA!H9", rule: "total-sum", what: "kegiatan Perencanaan realisasi ≠ Σ its sub kegiatan after the typo in H11" },
    { at: "LRA!I11", rule: "ratio", what: "% of the mistyped sub kegiatan" },
    { at: "LRA!J11", rule: "difference", what: "sisa of the mistyped sub kegiatan" },
    { at: "LRA!I16", rule: "ratio", what: "Rehabilitasi Puskesmas % 95,25 vs 95,05" },
  ],
  typos: [
    { at: "LRA!H11", value: 80125000 },
    { at: "LRA!I16", value: 0.95 },
  ],
};
