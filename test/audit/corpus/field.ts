// Layouts we did not design the recogniser for: how Indonesian offices actually lay out the files
// they download or type (OM-SPAN per akun with numeric 6-digit akun and a column-number row, SIPD
// LRA with the whole code in one column, RKA rincian volume × harga, IKU per triwulan, headcount
// by sex, totals above indented items, blank separator rows, two tables side by side, totals in
// some columns only, numbers typed as Indonesian text, % as points vs fractions, rounded "juta"
// tables, and a % column whose header names no role).
import type { CellValue } from "../../../src/core/snapshot";
import { book, r2, r4, sum, type CorpusEntry } from "./build";

// ---------------------------------------------------------------------------------------------
export const omspanNumericAkun: CorpusEntry = {
  name: "omspan-akun-numeric",
  layout: "OM-SPAN 'Realisasi Belanja per Akun': satker lines above, No / Kode Akun (6-digit numbers) / Uraian / Pagu / Realisasi / Sisa / %, a column-number row '6 = 4 - 5', % as 0–100 points, JUMLAH at the bottom",
  build(planted) {
    const akun: [number, string, number, number][] = [
      [521111, "Belanja Operasional Perkantoran", 312480000, 309875400],
      [521115, "Belanja Honor Operasional Satuan Kerja", 48600000, 48600000],
      [521211, "Belanja Bahan", 96250000, 91308750],
      [522111, "Belanja Langganan Listrik", 186000000, 179861234],
      [522112, "Belanja Langganan Telepon", 14400000, 12976000],
      [523111, "Belanja Pemeliharaan Gedung dan Bangunan", 127500000, 127215000],
      [524111, "Belanja Perjalanan Dinas Biasa", 268750000, 261480500],
      [532111, "Belanja Modal Peralatan dan Mesin", 415000000, 414250000],
    ];
    const rows: CellValue[][] = [
      ["REALISASI BELANJA PER AKUN"],
      ["Satker : 417434 - KANTOR IMIGRASI KELAS II NON TPI KERINCI"],
      ["Periode : Januari s.d. Desember 2024"],
      [],
      ["No", "Kode Akun", "Uraian Akun", "Pagu", "Realisasi", "Sisa Pagu", "%"],
      ["1", "2", "3", "4", "5", "6 = 4 - 5", "7 = 5 / 4"],
    ];
    const data = akun.map(([k, u, p, r], i) => [i + 1, k, u, p, r, p - r, r2((r / p) * 100)] as CellValue[]);
    const tp = sum(akun.map((a) => a[2]));
    const tr = sum(akun.map((a) => a[3]));
    let totalPct = r2((tr / tp) * 100);
    if (planted) {
      data[2][6] = 94.78; // Belanja Bahan: 91.308.750 / 96.250.000 = 94,87 % (digits swapped)
      data[4][5] = 1524000; // sisa telepon 14.400.000 − 12.976.000 = 1.424.000
      totalPct = 97.41; // JUMLAH %: 1.445.566.884 / 1.468.980.000 = 98,41
    }
    rows.push(...data, [null, "JUMLAH", null, tp, tr, tp - tr, totalPct]);
    return book({ name: "Realisasi per Akun", rows, formats: { D: "#,##0", E: "#,##0", F: "#,##0", G: "0.00" } });
  },
  planted: [
    { at: "Realisasi per Akun!G9", rule: "ratio", what: "% Belanja Bahan 94,78 (should be 94,87)", expected: 94.87 },
    { at: "Realisasi per Akun!F11", rule: "difference", what: "sisa telepon", expected: 1424000 },
    { at: "Realisasi per Akun!F15", rule: "total-sum", what: "JUMLAH sisa ≠ Σ sisa (follows the mistyped sisa)" },
    { at: "Realisasi per Akun!G15", rule: "ratio", what: "JUMLAH % 97,41 (should be 98,41)", expected: 98.41 },
  ],
  typos: [
    { at: "Realisasi per Akun!G9", value: 94.87 },
    { at: "Realisasi per Akun!F11", value: 1424000 },
    { at: "Realisasi per Akun!G15", value: 98.41 },
  ],
};

// ---------------------------------------------------------------------------------------------
interface Coded {
  code: string;
  name: string;
  a?: number;
  r?: number;
  kids?: Coded[];
}

const LRA: Coded[] = [
  {
    code: "1",
    name: "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR",
    kids: [
      {
        code: "1.03",
        name: "PEKERJAAN UMUM DAN PENATAAN RUANG",
        kids: [
          {
            code: "1.03.01",
            name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
            kids: [
              {
                code: "1.03.01.2.01",
                name: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
                kids: [
                  { code: "1.03.01.2.01.0001", name: "Penyusunan Dokumen Perencanaan Perangkat Daerah", a: 64500000, r: 61275000 },
                  { code: "1.03.01.2.01.0007", name: "Evaluasi Kinerja Perangkat Daerah", a: 38250000, r: 36912500 },
                ],
              },
              {
                code: "1.03.01.2.02",
                name: "Administrasi Keuangan Perangkat Daerah",
                kids: [{ code: "1.03.01.2.02.0001", name: "Penyediaan Gaji dan Tunjangan ASN", a: 6845312000, r: 6702480150 }],
              },
            ],
          },
          {
            code: "1.03.03",
            name: "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM PENYEDIAAN AIR MINUM",
            kids: [
              {
                code: "1.03.03.2.01",
                name: "Pengelolaan dan Pengembangan SPAM di Daerah Kabupaten/Kota",
                kids: [
                  { code: "1.03.03.2.01.0005", name: "Pembangunan SPAM Jaringan Perpipaan di Kawasan Perdesaan", a: 2475000000, r: 2398650000 },
                  { code: "1.03.03.2.01.0014", name: "Perluasan SPAM Jaringan Perpipaan", a: 1190000000, r: 1176420000 },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    code: "2",
    name: "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR",
    kids: [
      {
        code: "2.10",
        name: "PERSANDIAN",
        kids: [
          {
            code: "2.10.02",
            name: "PROGRAM PENYELENGGARAAN PERSANDIAN UNTUK PENGAMANAN INFORMASI",
            kids: [
              {
                code: "2.10.02.2.01",
                name: "Penyelenggaraan Persandian untuk Pengamanan Informasi Pemerintah Daerah",
                kids: [
                  { code: "2.10.02.2.01.0001", name: "Pelaksanaan Analisis Kebutuhan Persandian", a: 42750000, r: 40113000 },
                  { code: "2.10.02.2.01.0003", name: "Penyediaan Layanan Keamanan Informasi", a: 96800000, r: 96800000 },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];

function fill(n: Coded): void {
  if (!n.kids) return;
  n.kids.forEach(fill);
  n.a = sum(n.kids.map((k) => k.a!));
  n.r = sum(n.kids.map((k) => k.r!));
}

export const sipdOneColumn: CorpusEntry = {
  name: "sipd-lra-one-code-column",
  layout: "SIPD 'Laporan Realisasi Anggaran': the whole code in ONE text column (1 → 1.03 → 1.03.01 → 1.03.01.2.01 → 1.03.01.2.01.0001), Anggaran / Realisasi / Sisa / % (fraction, 0.00%), JUMLAH = Σ urusan",
  build(planted) {
    const tree: Coded[] = JSON.parse(JSON.stringify(LRA)) as Coded[];
    tree.forEach(fill);
    const rows: CellValue[][] = [["LAPORAN REALISASI ANGGARAN PENDAPATAN DAN BELANJA DAERAH"], ["TAHUN ANGGARAN 2024"], ["Kode", "Uraian", "Anggaran", "Realisasi", "Sisa", "Persentase (%)"]];
    const walk = (n: Coded) => {
      rows.push([n.code, n.name, n.a!, n.r!, n.a! - n.r!, r4(n.r! / n.a!)]);
      n.kids?.forEach(walk);
    };
    tree.forEach(walk);
    const ta = sum(tree.map((n) => n.a!));
    const tr = sum(tree.map((n) => n.r!));
    rows.push([null, "JUMLAH", ta, tr, ta - tr, r4(tr / ta)]);
    if (planted) {
      // Row 9 (sub kegiatan 1.03.01.2.01.0007): realisasi typed 39.612.500 (the row's sisa and %
      // were computed from the right 36.912.500, and the kegiatan above adds the right one).
      rows[8][3] = 39612500;
      // Row 16 (program 1.03.03): anggaran typed 3.765.000.000 instead of 3.665.000.000 — a parent
      // whose children say otherwise; its own sisa and % were computed from the right figure.
      rows[11][2] = 3765000000;
    }
    return book({ name: "LRA", rows, formats: { C: "#,##0", D: "#,##0", E: "#,##0", F: "0.00%" } });
  },
  planted: [
    { at: "LRA!D7", rule: "total-sum", what: "kegiatan realisasi ≠ Σ its sub kegiatan (one of which is mistyped)" },
    { at: "LRA!E9", rule: "difference", what: "the mistyped realisasi's row: sisa no longer follows" },
    { at: "LRA!F9", rule: "ratio", what: "… nor its %" },
    { at: "LRA!C12", rule: "total-sum", what: "program anggaran ≠ Σ its kegiatan", expected: 3665000000 },
    { at: "LRA!C5", rule: "total-sum", what: "the bidang above now ≠ Σ its programs (follows the mistyped program)" },
    { at: "LRA!E12", rule: "difference", what: "the program's own sisa and % were computed from the right anggaran (follow)" },
    { at: "LRA!F12", rule: "ratio", what: "…" },
  ],
  typos: [
    { at: "LRA!D9", value: 36912500 },
    { at: "LRA!C12", value: 3665000000 },
  ],
};

// ---------------------------------------------------------------------------------------------
export const rkaRincian: CorpusEntry = {
  name: "rka-rincian-volume-harga",
  layout: "RKA/DPA rincian belanja: Kode Rekening / Uraian / Koefisien / Satuan / Harga / Jumlah; account rows carry Σ of their rincian, each rincian Jumlah = koefisien × harga; JUMLAH at the bottom",
  build(planted) {
    const acc: [string, string, [string, number, string, number][]][] = [
      ["5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", [
        ["Kertas HVS A4 70 gr", 60, "Rim", 52500],
        ["Tinta Printer Epson L3110", 24, "Botol", 95000],
        ["Map Snelhecter Plastik", 150, "Buah", 4500],
      ]],
      ["5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", [
        ["Penggandaan Dokumen Renstra", 35, "Eksemplar", 87500],
        ["Cetak Spanduk Kegiatan", 4, "Lembar", 275000],
      ]],
      ["5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia", [
        ["Narasumber Eselon III", 6, "OJ", 900000],
        ["Moderator", 3, "OK", 700000],
      ]],
      ["5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", [
        ["Nasi Kotak Rapat", 240, "Kotak", 37500],
        ["Snack Rapat", 240, "Kotak", 18000],
      ]],
    ];
    const rows: CellValue[][] = [["RINCIAN ANGGARAN BELANJA KEGIATAN"], ["Sub Kegiatan : 1.03.01.2.01.0001 Penyusunan Dokumen Perencanaan Perangkat Daerah"], [], ["Kode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "Jumlah"]];
    let grand = 0;
    const planted1 = planted ? 1 : -1;
    acc.forEach(([kode, uraian, items], ai) => {
      const lines = items.map(([u, k, s, h], li) => [null, u, k, s, h, ai === planted1 && li === 1 ? 4 * 257000 : k * h] as CellValue[]);
      const tot = sum(items.map(([, k, , h]) => k * h));
      grand += tot;
      rows.push([kode, uraian, null, null, null, ai === 3 && planted ? tot + 900000 : tot], ...lines);
    });
    rows.push([null, "JUMLAH", null, null, null, grand]);
    return book({ name: "RKA", rows, formats: { E: "#,##0", F: "#,##0" } });
  },
  planted: [
    // Spanduk: 4 × 275.000 = 1.100.000, typed 1.028.000 while the account row adds the right amount.
    { at: "RKA!F11", rule: "product", what: "rincian Jumlah ≠ koefisien × harga", expected: 1100000 },
    { at: "RKA!F9", rule: "total-sum", what: "account row ≠ Σ rincian (follows the mistyped line)" },
    { at: "RKA!F15", rule: "total-sum", what: "Makan minum account row 900.000 too high", expected: 13320000 },
    { at: "RKA!F18", rule: "total-sum", what: "JUMLAH adds the accounts (follows the mistyped account)" },
  ],
  typos: [{ at: "RKA!F11", value: 1100000 }, { at: "RKA!F15", value: 13320000 }],
};

// ---------------------------------------------------------------------------------------------
export const ikuTriwulan: CorpusEntry = {
  name: "iku-per-triwulan",
  layout: "IKU per triwulan: No / Sasaran (merged over its indicators) / Indikator / Satuan / Target 2024, then Triwulan I–IV each over Target / Realisasi / Capaian (%) (0–100 points, 2 decimals); no total row",
  build(planted) {
    // [sasaran, indikator, satuan, target tahunan, per TW: [target, realisasi]]
    const ind: [string | null, string, string, number, [number, number][]][] = [
      ["Meningkatnya kualitas pelayanan keimigrasian", "Indeks Kepuasan Masyarakat", "Indeks", 3.6, [[3.4, 3.52], [3.45, 3.58], [3.5, 3.61], [3.6, 3.66]]],
      [null, "Persentase permohonan paspor selesai tepat waktu", "%", 95, [[90, 93.4], [92, 94.1], [94, 95.6], [95, 96.25]]],
      ["Meningkatnya pengawasan orang asing", "Jumlah operasi pengawasan orang asing", "Kegiatan", 24, [[6, 7], [12, 13], [18, 18], [24, 26]]],
      [null, "Persentase pelanggaran keimigrasian yang ditindaklanjuti", "%", 100, [[100, 100], [100, 96.5], [100, 100], [100, 100]]],
      ["Terwujudnya tata kelola yang akuntabel", "Nilai SAKIP Satker", "Nilai", 78, [[0, 0], [0, 0], [76, 74.85], [78, 79.12]]],
    ];
    const rows: CellValue[][] = [
      ["PENGUKURAN KINERJA PER TRIWULAN TAHUN 2024"],
      [],
      ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target 2024", "Triwulan I", null, null, "Triwulan II", null, null, "Triwulan III", null, null, "Triwulan IV", null, null],
      [null, null, null, null, null, "Target", "Realisasi", "Capaian (%)", "Target", "Realisasi", "Capaian (%)", "Target", "Realisasi", "Capaian (%)", "Target", "Realisasi", "Capaian (%)"],
    ];
    let no = 0;
    ind.forEach(([s, i, sat, tt, tws], k) => {
      const row: CellValue[] = [s ? ++no : null, s, i, sat, tt];
      tws.forEach(([t, r], w) => {
        let cap: CellValue = t ? r2((r / t) * 100) : "-";
        if (planted && k === 1 && w === 2) cap = 110.7; // 95,6 / 94 = 101,70 %
        row.push(t || "-", r || "-", cap);
      });
      rows.push(row);
    });
    return book({
      name: "IKU TW",
      rows,
      merged: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3", "I3:K3", "L3:N3", "O3:Q3", "A5:A6", "B5:B6", "A7:A8", "B7:B8"],
      formats: { H: "0.00", K: "0.00", N: "0.00", Q: "0.00" },
    });
  },
  planted: [{ at: "IKU TW!N6", rule: "capaian", what: "TW III capaian 110,70 (should be 101,70)", expected: (95.6 / 94) * 100 }],
  // No typos list: the capaian or the realisasi beside it are equally good fixes (diagnosis lists both).
};

// ---------------------------------------------------------------------------------------------
export const headcountLP: CorpusEntry = {
  name: "headcount-unit-lp",
  layout: "pegawai per unit kerja: No / Unit Kerja / 'Jenis Kelamin' over L and P / Jumlah (merged over two header rows), a Jumlah row",
  build(planted) {
    const unit: [string, number, number][] = [
      ["Subbagian Tata Usaha", 6, 9],
      ["Seksi Lalu Lintas Keimigrasian", 11, 7],
      ["Seksi Izin Tinggal Keimigrasian", 5, 8],
      ["Seksi Inteldakim", 14, 3],
      ["Seksi Teknologi Informasi Keimigrasian", 4, 4],
      ["Tempat Pemeriksaan Imigrasi", 9, 2],
    ];
    const rows: CellValue[][] = [["REKAPITULASI PEGAWAI MENURUT UNIT KERJA DAN JENIS KELAMIN"], ["Keadaan 31 Desember 2024"], ["No", "Unit Kerja", "Jenis Kelamin", null, "Jumlah"], [null, null, "L", "P"]];
    unit.forEach(([u, l, p], i) => rows.push([i + 1, u, l, p, planted && i === 3 ? 18 : l + p]));
    const tl = sum(unit.map((x) => x[1]));
    const tp = sum(unit.map((x) => x[2]));
    rows.push([null, "Jumlah", planted ? tl + 10 : tl, tp, tl + tp]);
    return book({ name: "Pegawai", rows, merged: ["A3:A4", "B3:B4", "C3:D3", "E3:E4"] });
  },
  planted: [
    { at: "Pegawai!E8", rule: "total-sum", what: "Inteldakim 14 + 3 = 17, typed 18", expected: 17 },
    { at: "Pegawai!C11", rule: "total-sum", what: "Jumlah L typed 59 (Σ = 49)", expected: 49 },
    { at: "Pegawai!E11", rule: "total-sum", what: "the Jumlah of the Jumlah column ≠ Σ rows (follows the mistyped row)" },
  ],
};

// ---------------------------------------------------------------------------------------------
export const totalsAboveIndented: CorpusEntry = {
  name: "totals-above-indented",
  layout: "recap with TOTAL in the first row, jenis belanja rows carrying the sum of the indented items under them (no codes, no level words), % per row",
  build(planted) {
    const blocks: [string, [string, number, number][]][] = [
      ["Belanja Pegawai", [
        ["Belanja Gaji dan Tunjangan ASN", 2184356000, 2179044125],
        ["Belanja Tunjangan Kinerja", 1426800000, 1418262500],
        ["Belanja Uang Makan PNS", 187440000, 179815000],
      ]],
      ["Belanja Barang dan Jasa", [
        ["Belanja Barang Operasional", 512600000, 501478300],
        ["Belanja Jasa", 288150000, 283012450],
        ["Belanja Pemeliharaan", 176400000, 171938700],
        ["Belanja Perjalanan Dinas", 410250000, 402106900],
      ]],
      ["Belanja Modal", [
        ["Belanja Modal Peralatan dan Mesin", 645000000, 638215000],
        ["Belanja Modal Gedung dan Bangunan", 1250000000, 1249675000],
      ]],
    ];
    const rows: CellValue[][] = [["REKAPITULASI REALISASI ANGGARAN MENURUT JENIS BELANJA"], ["Uraian", "Pagu", "Realisasi", "%"]];
    const body: CellValue[][] = [];
    let tp = 0;
    let tr = 0;
    blocks.forEach(([name, items], bi) => {
      const p = sum(items.map((x) => x[1]));
      const r = sum(items.map((x) => x[2]));
      tp += p;
      tr += r;
      // Planted: the Belanja Barang dan Jasa realisasi typed 1.378.536.350 (items add 1.358.536.350).
      const rShown = planted && bi === 1 ? r + 20000000 : r;
      body.push([name, p, rShown, r4(rShown / p)]);
      for (const [u, ip, ir] of items) body.push([`    ${u}`, ip, ir, r4(ir / ip)]);
    });
    rows.push(["TOTAL", tp, tr, r4(tr / tp)], ...body);
    return book({ name: "Rekap", rows, formats: { B: "#,##0", C: "#,##0", D: "0.00%" } });
  },
  planted: [{ at: "Rekap!C8", rule: "total-sum", what: "jenis belanja row ≠ Σ its indented items", expected: 1358536350 }],
};

// ---------------------------------------------------------------------------------------------
export const blankSeparators: CorpusEntry = {
  name: "blank-separator-rows",
  layout: "kegiatan grouped by program with a BLANK row between groups (program rows carry their sums), Jumlah at the end after a blank row",
  build(planted) {
    const prog: [string, [string, number, number][]][] = [
      ["Program Dukungan Manajemen", [
        ["Layanan Perkantoran", 4125600000, 4098231000],
        ["Layanan Sarana dan Prasarana Internal", 415000000, 409870000],
      ]],
      ["Program Penegakan dan Pelayanan Hukum", [
        ["Layanan Paspor", 287500000, 281962000],
        ["Layanan Izin Tinggal", 96400000, 94187500],
        ["Pengawasan Orang Asing", 142750000, 139006000],
      ]],
    ];
    const rows: CellValue[][] = [["REALISASI ANGGARAN PER PROGRAM DAN KEGIATAN TA 2024"], [], ["Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)"]];
    let tp = 0;
    let tr = 0;
    prog.forEach(([name, items], pi) => {
      if (pi) rows.push([]);
      const p = sum(items.map((x) => x[1]));
      const r = sum(items.map((x) => x[2]));
      tp += p;
      tr += r;
      rows.push([name, p, r, p - r]);
      items.forEach(([u, ip, ir], ii) => rows.push([u, ip, ir, planted && pi === 1 && ii === 2 ? ip - ir + 100000 : ip - ir]));
    });
    rows.push([], ["Jumlah", tp, planted ? tr - 5000000 : tr, tp - tr]);
    return book({ name: "Program", rows, formats: { B: "#,##0", C: "#,##0", D: "#,##0" } });
  },
  planted: [
    { at: "Program!D11", rule: "difference", what: "sisa Pengawasan Orang Asing 100.000 too high", expected: 3744000 },
    { at: "Program!D8", rule: "total-sum", what: "the program row's sisa ≠ Σ its kegiatan (follows the mistyped sisa)" },
    { at: "Program!C13", rule: "total-sum", what: "Jumlah realisasi (after a blank row) 5 juta short", expected: 5023256500 },
    { at: "Program!D13", rule: "difference", what: "its sisa is right, so sisa ≠ pagu − mistyped realisasi (folded)" },
  ],
  typos: [{ at: "Program!D11", value: 3744000 }, { at: "Program!C13", value: 5023256500 }],
};

// ---------------------------------------------------------------------------------------------
export const sideBySide: CorpusEntry = {
  name: "two-tables-side-by-side",
  layout: "one sheet, two tables side by side with a blank column between: realisasi per jenis belanja (A:D, 4 rows + Jumlah) and pegawai per golongan (F:I, 3 rows + Jumlah, shorter)",
  build(planted) {
    const left: [string, number, number][] = [
      ["Belanja Pegawai", 3798596000, 3777121625],
      ["Belanja Barang", 1387400000, 1358536350],
      ["Belanja Modal", 1895000000, 1887890000],
      ["Belanja Lain-lain", 25000000, 24100000],
    ];
    const right: [string, number, number][] = [
      ["Golongan II", 9, 7],
      ["Golongan III", 21, 14],
      ["Golongan IV", 3, 1],
    ];
    const rows: CellValue[][] = [["DATA UMUM SATKER 2024"], [], ["Jenis Belanja", "Pagu", "Realisasi", "%", null, "Golongan", "Laki-laki", "Perempuan", "Jumlah"]];
    for (let i = 0; i < left.length + 1; i++) {
      const row: CellValue[] = [];
      if (i < left.length) {
        const [u, p, r] = left[i];
        row.push(u, p, r, r4(r / p));
      } else {
        const tp = sum(left.map((x) => x[1]));
        const tr = sum(left.map((x) => x[2]));
        row.push("Jumlah", tp, tr, r4(tr / tp));
      }
      row.push(null);
      if (i < right.length) {
        const [g, l, p] = right[i];
        row.push(g, l, p, l + p);
      } else if (i === right.length) {
        const tl = sum(right.map((x) => x[1]));
        const tp = sum(right.map((x) => x[2]));
        row.push("Jumlah", tl, planted ? tp + 2 : tp, tl + tp);
      }
      rows.push(row);
    }
    if (planted) rows[4][2] = 1385836350; // Belanja Barang realisasi typed with a digit changed; its % was right
    return book({ name: "Data Umum", rows, formats: { B: "#,##0", C: "#,##0", D: "0.00%" } });
  },
  planted: [
    { at: "Data Umum!D5", rule: "ratio", what: "Belanja Barang realisasi mistyped: its % no longer follows (folded)" },
    { at: "Data Umum!C8", rule: "total-sum", what: "left Jumlah realisasi ≠ Σ (follows the mistyped item)" },
    { at: "Data Umum!H7", rule: "total-sum", what: "right table Jumlah Perempuan typed 24 (Σ = 22)", expected: 22 },
    { at: "Data Umum!I7", rule: "total-sum", what: "right Jumlah column row ≠ L + P (follows)" },
  ],
  typos: [{ at: "Data Umum!C5", value: 1358536350 }, { at: "Data Umum!H7", value: 22 }],
};

// ---------------------------------------------------------------------------------------------
export const partialTotals: CorpusEntry = {
  name: "totals-in-some-columns",
  layout: "output per kegiatan: Volume / Satuan / Pagu / Realisasi / % (fraction in General format, 4 decimals); the Jumlah row totals Pagu and Realisasi only",
  build(planted) {
    const keg: [string, number, string, number, number][] = [
      ["Layanan Dokumen Perjalanan RI", 4200, "Dokumen", 287500000, 281962000],
      ["Layanan Izin Tinggal Orang Asing", 650, "Izin", 96400000, 94187500],
      ["Operasi Pengawasan Orang Asing", 24, "Kegiatan", 142750000, 139006000],
      ["Layanan Perkantoran", 12, "Bulan", 4125600000, 4098231000],
      ["Layanan Sarana dan Prasarana Internal", 3, "Unit", 415000000, 409870000],
    ];
    const rows: CellValue[][] = [["CAPAIAN OUTPUT DAN ANGGARAN 2024"], ["No", "Kegiatan", "Volume", "Satuan", "Pagu", "Realisasi", "Persentase"]];
    keg.forEach(([u, v, s, p, r], i) => rows.push([i + 1, u, v, s, p, r, Math.round((r / p) * 10000) / 10000]));
    const tr = sum(keg.map((x) => x[4]));
    rows.push([null, "Jumlah", null, null, sum(keg.map((x) => x[3])), planted ? tr + 1000000 : tr]);
    return book({ name: "Output", rows, formats: { E: "#,##0", F: "#,##0" } });
  },
  planted: [{ at: "Output!F8", rule: "total-sum", what: "Jumlah realisasi 1 juta too high", expected: 5023256500 }],
  typos: [{ at: "Output!F8", value: 5023256500 }],
};

// ---------------------------------------------------------------------------------------------
const idText = (n: number) => n.toLocaleString("id-ID", { maximumFractionDigits: 0 });

export const textNumbersId: CorpusEntry = {
  name: "numbers-as-indonesian-text",
  layout: "a pasted recap: every amount typed as text with Indonesian thousands dots ('1.468.980.000'), % as text '98,76', akun codes as text, Jumlah at the bottom",
  build(planted) {
    const akun: [string, string, number, number][] = [
      ["521111", "Belanja Operasional Perkantoran", 312480000, 309875400],
      ["521211", "Belanja Bahan", 96250000, 91308750],
      ["522111", "Belanja Langganan Listrik", 186000000, 179861234],
      ["524111", "Belanja Perjalanan Dinas Biasa", 268750000, 261480500],
    ];
    const rows: CellValue[][] = [["Rekap Realisasi Belanja (salinan dari OM-SPAN)"], ["Akun", "Uraian", "Pagu", "Realisasi", "Sisa", "% Realisasi"]];
    for (const [k, u, p, r] of akun) rows.push([k, u, idText(p), idText(r), idText(p - r), (Math.round((r / p) * 10000) / 100).toFixed(2).replace(".", ",")]);
    const tp = sum(akun.map((a) => a[2]));
    const tr = sum(akun.map((a) => a[3]));
    rows.push([null, "Jumlah", idText(planted ? tp + 1000000 : tp), idText(tr), idText(tp - tr), (Math.round((tr / tp) * 10000) / 100).toFixed(2).replace(".", ",")]);
    return book({ name: "Rekap Teks", rows });
  },
  // Numbers stored as text are a real defect (Excel's SUM skips them): one grouped warning per
  // column on both twins.
  standing: ["C", "D", "E", "F"].map((c) => ({ at: `Rekap Teks!${c}3`, rule: "number-as-text", what: `column ${c} amounts typed as text (one grouped finding)` })),
  planted: [
    { at: "Rekap Teks!C7", rule: "total-sum", what: "Jumlah pagu (text) 1 juta too high", expected: 863480000 },
    { at: "Rekap Teks!E7", rule: "difference", what: "its sisa and % were computed from the right pagu (folded)" },
    { at: "Rekap Teks!F7", rule: "ratio", what: "…" },
  ],
};

// ---------------------------------------------------------------------------------------------
export const percentPoints: CorpusEntry = {
  name: "capaian-points-rounded",
  layout: "capaian as 0–100 points rounded to 2 decimals (General cells, format 0.00), no % sign anywhere",
  build(planted) {
    const cap: [string, number, number][] = [
      ["Persentase layanan paspor tepat waktu", 95, 96.25],
      ["Indeks Kepuasan Masyarakat", 3.6, 3.66],
      ["Persentase WNA yang diawasi", 80, 83.3],
      ["Nilai SAKIP", 78, 79.12],
    ];
    const s1: CellValue[][] = [["CAPAIAN KINERJA 2024"], ["Indikator Kinerja", "Target", "Realisasi", "Capaian"]];
    cap.forEach(([u, t, r], i) => s1.push([u, t, r, planted && i === 2 ? 140.13 : r2((r / t) * 100)]));
    return book({ name: "Capaian", rows: s1, formats: { D: "0.00" } });
  },
  planted: [{ at: "Capaian!D5", rule: "capaian", what: "capaian 140,13 (83,3 / 80 = 104,13)", expected: 104.125 }],
};

/** Exact rupiah shown in juta with 2 decimals, typed rounded (as copied from a printed report). */
export const roundedJuta: CorpusEntry = {
  name: "rounded-juta",
  layout: "a 'dalam juta rupiah' recap whose typed amounts are rounded to 2 decimals; the Jumlah was rounded from the exact total, so it may differ from Σ of the rounded parts by a few hundredths",
  build(planted) {
    const rp: [string, number, number][] = [
      ["Belanja Pegawai", 3798596000, 3777121625],
      ["Belanja Barang", 1387400000, 1358536350],
      ["Belanja Modal", 1895000000, 1887890000],
      ["Belanja Bantuan Sosial", 24994000, 24104990],
      ["Belanja Lain-lain", 12345678, 12004321],
    ];
    const juta = (x: number) => r2(x / 1e6);
    const s2: CellValue[][] = [["REALISASI ANGGARAN 2024 (dalam juta rupiah)"], ["Jenis Belanja", "Pagu", "Realisasi"]];
    for (const [u, p, r] of rp) s2.push([u, juta(p), juta(r)]);
    const tp = sum(rp.map((x) => x[1]));
    const tr = sum(rp.map((x) => x[2]));
    s2.push(["Jumlah", juta(tp), planted ? r2(juta(tr) + 1.5) : juta(tr)]);
    return book({ name: "Juta", rows: s2, formats: { B: "#,##0.00", C: "#,##0.00" } });
  },
  planted: [{ at: "Juta!C8", rule: "total-sum", what: "Jumlah realisasi 1,5 juta too high — more than rounding can explain" }],
};

// ---------------------------------------------------------------------------------------------
export const percentByNumbers: CorpusEntry = {
  name: "percent-without-header",
  layout: "monitoring penyerapan: Kode / Kegiatan / Pagu / Realisasi / 'Tingkat Serapan' (no % word, 0–100 points), JUMLAH row whose Tingkat Serapan is a ratio, not a sum",
  build(planted) {
    const keg: [string, string, number, number][] = [
      ["WA.6232", "Layanan Dokumen Perjalanan RI", 287500000, 281962000],
      ["WA.6233", "Layanan Izin Tinggal Keimigrasian", 96400000, 94187500],
      ["WA.6234", "Pengawasan dan Penindakan Keimigrasian", 142750000, 139006000],
      ["WA.6235", "Layanan Intelijen Keimigrasian", 58200000, 55871400],
      ["WA.6236", "Layanan Teknologi Informasi Keimigrasian", 112600000, 112319500],
    ];
    const rows: CellValue[][] = [["MONITORING PENYERAPAN ANGGARAN PER KEGIATAN"], ["Kode", "Kegiatan", "Pagu", "Realisasi", "Tingkat Serapan"]];
    keg.forEach(([k, u, p, r], i) => rows.push([k, u, p, r, planted && i === 3 ? 69.0 : r2((r / p) * 100)]));
    const tp = sum(keg.map((x) => x[2]));
    const tr = sum(keg.map((x) => x[3]));
    rows.push([null, "JUMLAH", tp, tr, r2((tr / tp) * 100)]);
    return book({ name: "Serapan", rows, formats: { C: "#,##0", D: "#,##0", E: "0.00" } });
  },
  planted: [{ at: "Serapan!E6", rule: "ratio", what: "Tingkat Serapan 69,00 (55.871.400 / 58.200.000 = 96,00)", expected: 96 }],
  typos: [{ at: "Serapan!E6", value: 96 }],
};

// ---------------------------------------------------------------------------------------------
export const groupsBelow: CorpusEntry = {
  name: "group-rows-below-items",
  layout: "each output's row BELOW its items (as Excel's subtotals put it), named only by the output, no codes, words, indentation or grouping; Pagu / Realisasi / Sisa; Jumlah",
  build(planted) {
    const groups: [string, [string, number, number][]][] = [
      ["Layanan Perkantoran", [["Gaji dan Tunjangan", 3215400000, 3198765000], ["Operasional dan Pemeliharaan Kantor", 812300000, 799466000]]],
      ["Layanan Sarana dan Prasarana Internal", [["Pengadaan Kendaraan Bermotor", 305000000, 298750000], ["Pengadaan Peralatan Fungsional", 117500000, 111120000], ["Pengadaan Perangkat Pengolah Data", 92000000, 91875000]]],
      ["Layanan Dukungan Manajemen Internal", [["Perencanaan dan Penganggaran", 64500000, 61275000], ["Evaluasi Kinerja", 38250000, 36912500]]],
    ];
    const rows: CellValue[][] = [["RINCIAN REALISASI PER OUTPUT 2024"], ["Uraian", "Pagu", "Realisasi", "Sisa"]];
    let tp = 0;
    let tr = 0;
    groups.forEach(([name, items], gi) => {
      for (const [u, p, r] of items) rows.push([u, p, r, p - r]);
      const p = sum(items.map((x) => x[1]));
      const r = sum(items.map((x) => x[2]));
      tp += p;
      tr += r;
      // Planted: the Sarana Prasarana realisasi typed 510.745.000 (items add 501.745.000); its sisa was computed from the right one.
      rows.push([name, p, planted && gi === 1 ? r + 9000000 : r, p - r]);
    });
    rows.push(["Jumlah", tp, tr, tp - tr]);
    return book({ name: "Per Output", rows, formats: { B: "#,##0", C: "#,##0", D: "#,##0" } });
  },
  planted: [
    { at: "Per Output!C9", rule: "total-sum", what: "group row realisasi ≠ Σ the items above it", expected: 501745000 },
    { at: "Per Output!D9", rule: "difference", what: "its sisa, computed from the right realisasi, no longer follows (folded)" },
  ],
  typos: [{ at: "Per Output!C9", value: 501745000 }],
};

export const FIELD: CorpusEntry[] = [
  omspanNumericAkun,
  sipdOneColumn,
  rkaRincian,
  ikuTriwulan,
  headcountLP,
  totalsAboveIndented,
  blankSeparators,
  sideBySide,
  partialTotals,
  textNumbersId,
  percentPoints,
  roundedJuta,
  percentByNumbers,
  groupsBelow,
];
