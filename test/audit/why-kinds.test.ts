// Issue 11, "Why": each kind of failure observed on users' own workbooks, as a pair of small
// workbooks in a shape of our own — one that must be flagged (on the right cell, with the right
// value) and a twin that must not. Shapes differ from the corpus on purpose: the kind is fixed,
// not one layout.
import { audit } from "../../src/audit/engine";
import type { CellValue } from "../../src/core/snapshot";
import type { Finding } from "../../src/audit/types";
import { book, r4, sum } from "./corpus/build";

const flat = (fs: Finding[]) => fs.flatMap((f) => [f, ...(f.consequences ?? [])]);
/** Errors and warnings, as "Sheet!A1 rule", with the expected value when there is one. */
function bad(snap: ReturnType<typeof book>): string[] {
  return flat(audit(snap).findings)
    .filter((f) => f.severity !== "info" && !f.ignored && f.rule !== "diagnosis")
    .map((f) => `${f.sheet}!${f.cell} ${f.rule}${typeof f.expected === "number" ? ` ${Math.round(f.expected * 10000) / 10000}` : ""}`)
    .sort();
}

describe("every level of a code hierarchy is added into the Jumlah", () => {
  // Kode rekening in one column: 5 → 5.1 → 5.1.02 → 5.1.02.01 (each level carries its own sums).
  const lra = (jumlah: number): ReturnType<typeof book> => {
    const rows: CellValue[][] = [["Kode Rekening", "Uraian", "Anggaran", "Realisasi"]];
    rows.push(["5", "BELANJA", 900, 850], ["5.1", "BELANJA OPERASI", 700, 660], ["5.1.01", "Belanja Pegawai", 400, 390], ["5.1.02", "Belanja Barang dan Jasa", 300, 270]);
    rows.push(["5.1.02.01", "Belanja Barang", 180, 160], ["5.1.02.02", "Belanja Jasa", 120, 110], ["5.2", "BELANJA MODAL", 200, 190], ["5.2.02", "Belanja Modal Peralatan", 200, 190]);
    rows.push([null, "JUMLAH BELANJA", jumlah, 850]);
    return book({ name: "LRA", rows });
  };
  it("must not trigger: Jumlah equals the top level (900), not the sum of every level", () => expect(bad(lra(900))).toEqual([]));
  it("must trigger: Jumlah 990 ≠ the top level 900", () => expect(bad(lra(990))).toEqual(["LRA!C10 total-sum 900"]));
});

describe("the column-number row under a header is read as data", () => {
  const t = (pct: number) =>
    book({
      name: "Serapan",
      rows: [["No", "Satker", "Pagu", "Realisasi", "% Realisasi"], ["(1)", "(2)", "(3)", "(4)", "(5) = (4) : (3)"], [1, "Kanim Kerinci", 800, 776, pct], [2, "Kanim Jambi", 1200, 1152, 96], [null, "Jumlah", 2000, 1928, 96.4]],
      formats: { E: "0.00" },
    });
  it("must not trigger: (1) (2) … (5) = (4) : (3) is skipped, never summed nor taken as a %", () => expect(bad(t(97))).toEqual([]));
  it("must trigger: a wrong % in a data row under it", () => expect(bad(t(79))).toEqual(["Serapan!E3 ratio 97"]));
  // The formula notation of a template's number row: "(5) = (3) - (4)", "(6) = (4) / (3) x 100%".
  const u = (sisa: number) =>
    book({
      name: "Program",
      rows: [
        ["Tabel 3.12 Realisasi Anggaran per Program Tahun 2024"],
        ["No", "Program", "Pagu (Rp)", "Realisasi (Rp)", "Sisa Anggaran (Rp)", "Penyerapan (%)"],
        ["(1)", "(2)", "(3)", "(4)", "(5) = (3) - (4)", "(6) = (4) / (3) x 100%"],
        [1, "Program Dukungan Manajemen", 5477900000, 5424077700, 53822300, 99.02],
        [2, "Program Penegakan dan Pelayanan Hukum", 2274050000, 2237238650, sisa, 98.38],
        [3, "Program Pembinaan Aparatur", 315000000, 301245000, 13755000, 95.63],
        [null, "Jumlah", 8066950000, 7962561350, 104388650, 98.71],
      ],
      formats: { C: "#,##0", D: "#,##0", E: "#,##0" },
    });
  it("must not trigger: '(6) = (4) / (3) x 100%' is part of the number row, '(3)' is not −3", () => expect(bad(u(36811350))).toEqual([]));
  it("must trigger: a wrong Sisa under that row (the Jumlah's broken sum folded under it)", () =>
    expect(bad(u(38611350))).toEqual(["Program!E5 difference 36811350", "Program!E7 total-sum 106188650"]));
});

describe("codes reported as numbers stored as text", () => {
  const t = (amount: CellValue) =>
    book({ name: "Kode", rows: [["Kode", "Kodepemda", "Uraian", "Nilai"], ["1.02", "00,08", "Kesehatan", 150], ["24.05", "00,09", "Statistik", 75], ["1.02.01", "00,10", "Program Penunjang", amount]] });
  it("must not trigger: '1.02', '24.05', '1.02.01' and a text district code '00,08' are names", () => expect(bad(t(60))).toEqual([]));
  it("must trigger: an amount typed as '1.250.000' in the figures column", () => expect(bad(t("1.250.000"))).toEqual(["Kode!D4 number-as-text 1250000"]));
});

describe("Subtotal / Sub Jumlah rows counted as items", () => {
  const t = (subA: number) =>
    book({
      name: "Blok",
      rows: [["Uraian", "Pegawai (orang)"], ["Pegawai Negeri", 40], ["PPPK", 8], ["Subtotal ASN", subA], ["Honorer", 6], ["Outsourcing", 11], ["Sub Total Non ASN", 17], ["Total", 65]],
    });
  it("must not trigger: Total = Σ items, the subtotals not counted twice", () => expect(bad(t(48))).toEqual([]));
  it("must trigger: a Subtotal that is not the sum of its block (and nothing on the right Total)", () => expect(bad(t(50))).toEqual(["Blok!B4 total-sum 48"]));
});

describe("a Rata-rata row between the items and a SUM Jumlah", () => {
  const t = (sumRange: string, jumlah: number) =>
    book({ name: "Nilai", rows: [["Seksi", "Jumlah Berkas"], ["Lalintalkim", 140], ["Inteldakim", 60], ["Tikim", 100], ["Rata-rata", 100], ["Jumlah", jumlah]], formulas: { B6: `=SUM(${sumRange})`, B5: "=AVERAGE(B2:B4)" } });
  it("must not trigger: SUM(B2:B4) leaves the average out on purpose", () => expect(bad(t("B2:B4", 300))).toEqual([]));
  it("must trigger: SUM(B3:B4) leaves out an item above it (the Jumlah is then an error with the sum of all three)", () => expect(bad(t("B3:B4", 160))).toEqual(["Nilai!B6 total-sum 300"]));
});

describe("two parallel breakdowns of one population, each adding up to the Jumlah column", () => {
  const t = (typo: boolean) => {
    const rows: CellValue[][] = [["Triwulan", "Laki-laki", "Perempuan", "Paspor Biasa", "Paspor Elektronik", "Jumlah Pemohon"]];
    const d: [string, number, number, number][] = [
      ["TW I", 410, 385, 612],
      ["TW II", 520, 498, 801],
      ["TW III", 466, 451, 700],
    ];
    for (const [q, l, p, biasa] of d) rows.push([q, l, p, biasa, l + p - biasa, l + p]);
    if (typo) rows[2][5] = 1028; // TW II: 520 + 498 = 1.018 = 801 + 217
    return book({ name: "Pemohon", rows });
  };
  it("must not trigger: no gap warning, no double count", () => expect(bad(t(false))).toEqual([]));
  it("must trigger: a Jumlah that matches neither breakdown", () => expect(bad(t(true))).toEqual(["Pemohon!F3 total-sum 1018"]));
});

describe("a merged two-row header (Realisasi over Rp and %) and 'Persentase (%)'", () => {
  const t = (pct: number, persen: number) =>
    book({
      name: "Kegiatan",
      rows: [["Kegiatan", "Anggaran", "Realisasi", null, "Capaian Output", null], [null, null, "Rp", "%", "Target", "Persentase (%)"], ["Layanan Paspor", 400, 380, pct, 1200, persen], ["Layanan Izin Tinggal", 100, 90, 0.9, 300, 1]],
      merged: ["A1:A2", "B1:B2", "C1:D1", "E1:F1"],
      formats: { D: "0.00%", F: "0.00%" },
    });
  it("must not trigger: both % columns right", () => expect(bad(t(0.95, 1))).toEqual([]));
  it("must trigger: Realisasi / % wrong in one row", () => expect(bad(t(0.59, 1))).toEqual(["Kegiatan!D3 ratio 0.95"]));
});

describe("merged cells, parent rows written as =D8 and literal arithmetic taken as 'typed constant among formulas'", () => {
  const t = (typed: boolean) => {
    const rows: CellValue[][] = [["Uraian", "Vol", "Harga", "Jumlah", "Catatan"], ["Konsumsi rapat", null, null, 1620000, "TW I"], ["Nasi kotak", 40, 30000, 1200000, null], ["Snack", 40, 10500, 420000, null], ["ATK", 10, 27000, typed ? 280000 : 270000, "=500-250"], ["Tinta", 6, 95000, 570000, 250]];
    const formulas: Record<string, string> = { D2: "=D3+D4", D3: "=B3*C3", D4: "=B4*C4", D6: "=B6*C6", E6: "=500-250" };
    if (!typed) formulas.D5 = "=B5*C5";
    rows[4][4] = 250;
    formulas.E5 = "=500-250";
    return book({ name: "Rincian", rows, formulas, merged: ["E2:E4"] });
  };
  it("must not trigger: merged E2:E4, the =D3+D4 parent, =500-250 literals", () => expect(bad(t(false))).toEqual([]));
  it("must trigger: 280.000 typed among =B*C formulas (10 × 27.000 = 270.000)", () => expect(bad(t(true))).toEqual(["Rincian!D5 product 270000"]));
});

describe("Jumlah rows of tables without finance words", () => {
  const t = (jumlah: number) =>
    book({ name: "Survei", rows: [["Kelompok Umur", "Jumlah Responden", "Puas", "Tidak Puas"], ["< 25 tahun", 120, 101, 19], ["25 - 40 tahun", 260, 231, 29], ["> 40 tahun", 220, 200, 20], ["Jumlah", jumlah, 532, 68]] });
  it("must not trigger: Jumlah Responden 600 = Σ", () => expect(bad(t(600))).toEqual([]));
  it("must trigger: typed 699 over a column that adds up to 600", () => expect(bad(t(699))).toEqual(["Survei!B5 total-sum 600"]));
});

describe("a program row compared with its kegiatan rows", () => {
  const t = (program: number) =>
    book({ name: "PK", rows: [["Sasaran / Program / Kegiatan", "Anggaran (Rp)"], ["Program Dukungan Manajemen", program], ["Kegiatan Layanan Perkantoran", 900000000], ["Kegiatan Sarana Prasarana", 175000000], ["Program Penegakan Hukum", 410000000], ["Kegiatan Layanan Paspor", 300000000], ["Kegiatan Pengawasan", 110000000], ["Jumlah", 1485000000]] });
  it("must not trigger: each program = Σ its kegiatan", () => expect(bad(t(1075000000))).toEqual([]));
  it("must trigger: program 11.075.000.000 over kegiatan totalling 1.075.000.000", () => expect(bad(t(11075000000))).toContain("PK!B2 total-sum 1075000000"));
});

describe("a column that equals the sum of others in every row (Total = TW I … TW IV)", () => {
  const t = (stale: boolean) => {
    const rows: CellValue[][] = [["Akun", "TW I", "TW II", "TW III", "TW IV", "Jumlah"]];
    const d: [string, number[]][] = [
      ["521211", [12, 30, 25, 33]],
      ["522111", [45, 45, 45, 45]],
      ["524111", [0, 80, 60, 20]],
    ];
    for (const [a, q] of d) rows.push([a, ...q, sum(q)]);
    if (stale) rows[3][5] = 150; // 0 + 80 + 60 + 20 = 160
    return book({ name: "Rencana", rows });
  };
  it("must not trigger: every row's Jumlah = Σ its quarters", () => expect(bad(t(false))).toEqual([]));
  it("must trigger: one stale row", () => expect(bad(t(true))).toEqual(["Rencana!F4 total-sum 160"]));
});

describe("across sheets: identity, not the word TOTAL", () => {
  const budget = (pagu: number) => [["Uraian", "Pagu", "Realisasi"], ["Belanja Pegawai", 600, 590], ["Belanja Barang", 400, 380], ["Jumlah", pagu, 970]] as CellValue[][];
  it("must not trigger: TOTAL of two different indicators, and a PNBP realisasi beside the budget", () => {
    const snap = book(
      { name: "IKU A", rows: [["Bulan", "Paspor Terbit"], ["Januari", 120], ["Februari", 140], ["TOTAL", 260]] },
      { name: "IKU B", rows: [["Bulan", "WNA Diawasi"], ["Januari", 30], ["Februari", 35], ["TOTAL", 65]] },
      { name: "Belanja", rows: budget(1000) },
      { name: "PNBP", rows: [["Akun", "Uraian", "Target", "Realisasi"], ["425131", "Paspor", 500, 610], ["425132", "Izin Tinggal", 300, 360], ["TOTAL", null, 800, 970]] },
    );
    expect(bad(snap)).toEqual([]);
  });
  it("must trigger: a summary sheet's 'Pagu Anggaran 2024' typed differently from the detail table", () => {
    const snap = book({ name: "Ikhtisar", rows: [["Ikhtisar Kinerja 2024"], ["Pagu Anggaran 2024", 1100], ["Realisasi Anggaran 2024", 970]] }, { name: "Belanja 2024", rows: budget(1000) });
    expect(bad(snap)).toEqual(["Ikhtisar!B2 same-quantity 1000"]);
  });
});

describe("the mean of a sasaran's capaian over its own rows", () => {
  const t = (mean: number) =>
    book({
      name: "Capaian",
      rows: [["Sasaran", "Indikator", "Target", "Realisasi", "Capaian"], ["S1 Pelayanan prima", "IKM", 3.5, 3.5, 1], [null, "Rata-rata S1", null, null, 1], ["S2 Pengawasan efektif", "WNA diawasi", 100, 110, 1.1], [null, "Kasus selesai", 10, 9, 0.9], [null, "Rata-rata S2", null, null, mean]],
      merged: ["A4:A5"],
      formats: { E: "0.00%" },
    });
  it("must not trigger: S2's mean covers its two indicators (100 %), not S1's too", () => expect(bad(t(1))).toEqual([]));
  it("must trigger: S2's mean taken over three indicators (100 % as 0,9667)", () => expect(bad(t(0.9667))).toEqual(["Capaian!E6 mean 1"]));
});

describe("% and Sisa over two column groups (Operasi + Modal)", () => {
  const t = (typo: boolean) => {
    const rows: CellValue[][] = [["Satker", "Operasi", null, "Modal", null, "% Realisasi", "Sisa Anggaran"], [null, "Pagu", "Realisasi", "Pagu", "Realisasi"]];
    const d: [string, number, number, number, number][] = [
      ["Kanim A", 800, 760, 200, 190],
      ["Kanim B", 500, 480, 500, 300],
      ["Kanim C", 900, 900, 100, 50],
    ];
    for (const [s, a, b, c, e] of d) rows.push([s, a, b, c, e, r4((b + e) / (a + c)), a + c - b - e]);
    if (typo) rows[3][5] = 0.96; // Kanim B: (480 + 300) / (500 + 500) = 78 %, not the Operasi group's 96 %
    return book({ name: "Dua Kelompok", rows, merged: ["A1:A2", "B1:C1", "D1:E1", "F1:F2", "G1:G2"], formats: { F: "0.00%" } });
  };
  it("must not trigger: % = both realisasi ÷ both pagu in every row", () => expect(bad(t(false))).toEqual([]));
  it("must trigger: a % taken from one group only", () => expect(bad(t(true))).toEqual(["Dua Kelompok!F4 ratio 0.78"]));
});

describe("a generic Rata-rata row (not a capaian average) is checked against the rows above it", () => {
  // IKM per loket: the average row holds the mean of each figure column; a % column may instead
  // hold Σ realisasi ÷ Σ pagu (the average row's own ratio), which is also right.
  const t = (ikm: number, pct: number) =>
    book({
      name: "Layanan",
      rows: [["Loket", "Nilai IKM", "Responden", "Target", "Terlayani", "%"], ["Paspor", 82.5, 120, 400, 380, 0.95], ["Izin Tinggal", 88.1, 95, 200, 150, 0.75], ["Visa", 79.2, 143, 100, 99, 0.99], ["Rata-rata", ikm, 119.33, 233.33, 209.67, pct]],
      formats: { B: "0.00", C: "0.00", D: "0.00", E: "0.00", F: "0.00%" },
    });
  it("must not trigger: every column's mean, and the % as Σ terlayani ÷ Σ target", () => expect(bad(t(83.27, 0.8986))).toEqual([]));
  it("must not trigger: the % as the mean of the rows' %", () => expect(bad(t(83.27, 0.8967))).toEqual([]));
  it("must trigger: a mean IKM typed 85,27 over rows averaging 83,27", () => expect(bad(t(85.27, 0.8986))).toEqual(["Layanan!B5 mean 83.2667"]));  it("must trigger: a row's % that is not Terlayani ÷ Target (no pagu/realisasi words: the pair is found by the numbers)", () => {
    const snap = t(83.27, 0.8986);
    snap.sheets[0].values[2][5] = 0.57;
    expect(bad(snap)).toEqual(["Layanan!F3 ratio 0.75"]);
  });
});

describe("a transfer table whose realisasi is headed 'Disalurkan'", () => {
  const t = (pct: number, sisa = 600) =>
    book({
      name: "Dana Desa",
      rows: [["Desa", "Pagu", "Disalurkan", "%", "Sisa"], ["Desa Air Hangat", 1000, 950, 0.95, 50], ["Desa Sungai Tutung", 800, 800, 1, 0], ["Desa Koto Lolo", 1200, 600, pct, sisa], ["Jumlah", 3000, 2350, 0.7833, 650]],
      formats: { D: "0.00%" },
    });
  it("must not trigger: % = Disalurkan ÷ Pagu and Sisa = Pagu − Disalurkan", () => expect(bad(t(0.5))).toEqual([]));
  it("must trigger: a % typed 0,05 for 600 ÷ 1.200", () => expect(bad(t(0.05))).toEqual(["Dana Desa!D4 ratio 0.5"]));
  it("must trigger: a Sisa typed 60 for 1.200 − 600 (the Jumlah's Sisa then disagrees too)", () => expect(bad(t(0.5, 60))).toContain("Dana Desa!E4 difference 600"));
});

describe("a Rata-rata Capaian row in percent points (104,12 typed as a number, not 1,0412)", () => {
  const t = (avg: number) =>
    book({
      name: "IKU",
      rows: [["No", "Indikator Kinerja Utama", "Target", "Realisasi", "Capaian (%)"], [1, "Indeks kepuasan masyarakat", 85, 88.5, 104.12], [2, "Persentase layanan tepat waktu", 90, 92.7, 103], [3, "Persentase temuan ditindaklanjuti", 75, 81, 108], [4, "Persentase pegawai terlatih", 80, 75.32, 94.15], [null, "Rata-rata Capaian", null, null, avg]],
      formats: { E: "0.00" },
    });
  it("must not trigger: the mean 102,32 is in points, not 10 232%", () => expect(bad(t(102.32))).toEqual([]));
  it("must trigger: a mean typed 112,32", () => expect(bad(t(112.32))).toEqual(["IKU!E6 mean 102.32"]));
});

describe("one overall Rata-rata Capaian under two sasaran blocks, labelled in the sasaran column", () => {
  const t = (f3: number, avg: number) =>
    book({
      name: "C",
      rows: [
        ["No", "Sasaran Kegiatan", "Indikator Kinerja Kegiatan", "Target", "Realisasi", "Capaian (%)"],
        [1, "Meningkatnya kualitas layanan", "Persentase layanan tepat waktu", 90, 100, 111.11],
        [null, null, "Indeks kepuasan masyarakat", 3.5, 3.85, 110],
        [2, "Meningkatnya penegakan hukum", "Persentase tindakan administratif", 90, f3, r4((f3 / 90) * 100)],
        [null, null, "Persentase pengawasan orang asing", 80, 82, 102.5],
        [null, "Rata-rata Capaian", null, null, null, avg],
      ],
      formats: { F: "0.00" },
    });
  it("must not trigger: 107,15 is the mean of all four indicators, not of the last sasaran", () => expect(bad(t(94.5, 107.15))).toEqual([]));
  it("must trigger: an overall mean typed 117,16", () => expect(bad(t(94.5, 117.16))).toEqual(["C!F6 mean 107.15"]));
});

describe("monthly realisasi with running columns (Bulan Ini, s.d. Bulan Ini, Sisa Pagu)", () => {
  const bulan = ["Januari", "Februari", "Maret", "April", "Mei", "Juni"];
  const monthly = [312450000, 598771200, 702330450, 810220000, 845000120, 1102330000];
  const pagu = 9933860000;
  const t = (slip = 0) => {
    const rows: CellValue[][] = [["No", "Bulan", "Realisasi Bulan Ini (Rp)", "Realisasi s.d. Bulan Ini (Rp)", "% s.d. Bulan Ini", "Sisa Pagu (Rp)"]];
    let cum = 0;
    monthly.forEach((m, i) => {
      cum += m;
      rows.push([i + 1, bulan[i], m, cum + (i === 3 ? slip : 0), Math.round((cum / pagu) * 10000) / 100, pagu - cum]);
    });
    rows.push([null, "Jumlah", cum, cum, Math.round((cum / pagu) * 10000) / 100, pagu - cum]);
    return book({ name: "Bulanan", rows, formats: { E: "0.00" } });
  };
  it("must not trigger: the Jumlah row holds the last month's running figures, not their sum", () => expect(bad(t())).toEqual([]));
  it("must trigger: s.d. April typed 1.000.000 too high (the months before and after say so)", () => expect(bad(t(1000000))).toEqual(["Bulanan!D5 total-sum 2423771650", "Bulanan!D6 total-sum 3269771770"]));
});

describe("an LRA whose levels show only in the cell format (no codes, no indentation text)", () => {
  // BELANJA OPERASI › Belanja Pegawai › Gaji / Tunjangan, › Belanja Barang; BELANJA MODAL › Peralatan / Gedung.
  const rows: CellValue[][] = [
    ["Uraian", "Anggaran", "Realisasi", "Sisa"],
    ["BELANJA OPERASI", 1700, 1600, 100],
    ["Belanja Pegawai", 1000, 950, 50],
    ["Belanja Gaji Pokok", 700, 680, 20],
    ["Belanja Tunjangan", 300, 270, 30],
    ["Belanja Barang", 700, 650, 50],
    ["BELANJA MODAL", 600, 560, 40],
    ["Belanja Modal Peralatan", 400, 380, 20],
    ["Belanja Modal Gedung", 200, 180, 20],
    ["JUMLAH BELANJA", 2300, 2160, 140],
  ];
  it("must not trigger: the tree cannot be read from the numbers alone, so the Jumlah is not called wrong in every column", () => expect(bad(book({ name: "LRA", rows }))).toEqual([]));
});

describe("a pegawai recap whose sparse Golongan columns hold only 0 and 1", () => {
  const t = (slip: number) => {
    const rows: CellValue[][] = [
      ["No", "Unit Kerja", "Golongan IV", null, "Golongan III", null, "Golongan II", null, "Golongan I", null, "Jumlah", null, null],
      [null, null, "L", "P", "L", "P", "L", "P", "L", "P", "L", "P", "Total"],
    ];
    const d: [string, number[]][] = [
      ["Subbag Tata Usaha", [0, 1, 2, 3, 1, 2, 1, 0]],
      ["Seksi Intaltuskim", [1, 0, 3, 2, 2, 1, 0, 1]],
      ["Seksi Tikim", [0, 0, 4, 2, 1, 1, 1, 0]],
      ["Seksi Inteldakim", [1, 1, 5, 3, 2, 2, 0, 1]],
    ];
    for (const [u, v] of d) {
      const L = v[0] + v[2] + v[4] + v[6];
      const P = v[1] + v[3] + v[5] + v[7];
      rows.push([rows.length - 1, u, ...v, L, P, L + P]);
    }
    const col = (i: number) => d.reduce((a, [, v]) => a + v[i], 0);
    const L = [0, 2, 4, 6].reduce((a, i) => a + col(i), 0);
    const P = [1, 3, 5, 7].reduce((a, i) => a + col(i), 0);
    rows.push([null, "Jumlah", ...[0, 1, 2, 3, 4, 5, 6, 7].map(col), L, P, L + P]);
    rows[4][5] = (rows[4][5] as number) + slip;
    return book({ name: "Pegawai", rows, merged: ["C1:D1", "E1:F1", "G1:H1", "I1:J1", "K1:M1"] });
  };
  it("must not trigger: 0/1 columns are counts (not row numbers, not fractions) and every total holds", () => expect(bad(t(0))).toEqual([]));
  it("must trigger: one count typed 1 too high, named as the root cause of the two totals it breaks", () => {
    expect(bad(t(1))).toEqual(["Pegawai!F7 total-sum 11", "Pegawai!L5 total-sum 4"]);
    const roots = audit(t(1)).findings.filter((f) => f.cause).map((f) => f.cause!.candidates.map((c) => `${c.sheet}!${c.cell} ${c.value}`));
    expect(roots).toEqual([["Pegawai!F5 2"]]);
  });
});

describe("a Jumlah column over the same period column of several groups (SPJ: LS Gaji, LS Barang, UP/GU/TU)", () => {
  const t = (slip: number) => {
    const rows: CellValue[][] = [
      ["Uraian", "Jumlah Anggaran", "SPJ-LS Gaji", null, null, "SPJ-LS Barang & Jasa", null, null, "SPJ UP/GU/TU", null, null, "Jumlah SPJ s.d. Bulan Ini", "Sisa Pagu Anggaran"],
      [null, null, "s.d. Bulan Lalu", "Bulan Ini", "s.d. Bulan Ini", "s.d. Bulan Lalu", "Bulan Ini", "s.d. Bulan Ini", "s.d. Bulan Lalu", "Bulan Ini", "s.d. Bulan Ini"],
    ];
    const d: [string, number, number[]][] = [
      ["Belanja Gaji Pokok PNS", 2000, [1500, 183, 0, 0, 0, 0]],
      ["Belanja Tunjangan Keluarga", 200, [130, 20, 0, 0, 0, 0]],
      ["Belanja Alat Tulis Kantor", 90, [0, 0, 30, 10, 20, 5]],
      ["Belanja Perjalanan Dinas", 300, [0, 0, 0, 0, 40, 8]],
      ["Belanja Makan Minum", 60, [0, 0, 0, 0, 0, 0]],
    ];
    for (const [u, a, [g1, g2, b1, b2, u1, u2]] of d) {
      const sd = g1 + g2 + b1 + b2 + u1 + u2;
      rows.push([u, a, g1, g2, g1 + g2, b1, b2, b1 + b2, u1, u2, u1 + u2, sd, a - sd]);
    }
    rows[5][10] = (rows[5][10] as number) + slip;
    return book({ name: "SPJ", rows, merged: ["C1:E1", "F1:H1", "I1:K1"] });
  };
  it("must not trigger: Jumlah SPJ = the three s.d. Bulan Ini columns in every row, zero rows included", () => expect(bad(t(0))).toEqual([]));
  it("must trigger: UP/GU/TU s.d. Bulan Ini typed 1 too high", () => expect(bad(t(1))).toContain("SPJ!K6 total-sum 48"));
});

describe("a '%' column with no role word, over two % columns (perbandingan terhadap nasional)", () => {
  const t = (e5: number) =>
    book({
      name: "Nasional",
      rows: [["No", "Indikator Kinerja", "Capaian Satker (%)", "Rata-rata Nasional (%)", "Perbandingan terhadap Nasional (%)"], [1, "Indeks kepuasan", 111.11, 111.11, 100], [2, "Indeks layanan", 103.55, 116.86, 88.61], [3, "Persentase pengawasan", 109.73, 101.2, e5], [4, "Persentase tindak lanjut", 98.5, 95.4, 103.25]],
      formats: { C: "0.00", D: "0.00", E: "0.00" },
    });
  it("must not trigger: z = satker ÷ nasional in every row", () => expect(bad(t(108.43))).toEqual([]));
  it("must trigger: z typed 98,61 for 109,73 ÷ 101,2", () => expect(bad(t(98.61))).toEqual(["Nasional!E4 ratio 108.4289"]));
});

describe("a summary naming the pagu before and after revision (Pagu Awal | Pagu Revisi)", () => {
  const t = (awal: number, revisi: number) =>
    book(
      {
        name: "Anggaran",
        rows: [["No", "Jenis Belanja", "Pagu Awal (Rp)", "Pagu Revisi (Rp)", "Realisasi (Rp)"], [1, "Belanja Pegawai", 4000, 4200, 4150], [2, "Belanja Barang", 5000, 5233, 5230], [3, "Belanja Modal", 500, 500, 490], [null, "Jumlah", 9500, 9933, 9870]],
      },
      { name: "Ringkasan", rows: [["Uraian", "Nilai"], ["Pagu Awal DIPA", awal], ["Pagu DIPA Revisi", revisi], ["Realisasi Anggaran", 9870]] },
    );
  it("must not trigger: each summary line matches its own column", () => expect(bad(t(9500, 9933))).toEqual([]));
  it("must trigger: the revised pagu typed as another figure", () => expect(bad(t(9500, 9993))).toEqual(["Ringkasan!B3 same-quantity 9933"]));
  it("must trigger: the initial pagu typed as another figure", () => expect(bad(t(9050, 9933))).toEqual(["Ringkasan!B2 same-quantity 9500"]));
});

describe("total rows typed letter-spaced or abbreviated ('J U M L A H', 'T O T A L', 'Jml')", () => {
  const t = (label: string, d3: number) =>
    book({ name: "S", rows: [["No", "Jenis Belanja", "Pagu", "Realisasi"], [1, "Belanja Pegawai", 2300, 2267], [2, "Belanja Barang", 5147, d3], [3, "Belanja Modal", 2486, 2475], [null, label, 9933, 9882]] });
  it.each(["J U M L A H", "T O T A L", "Jml", "Jml."])("must not trigger: %s = Σ rows", (label) => expect(bad(t(label, 5140))).toEqual([]));
  it.each(["J U M L A H", "T O T A L", "Jml"])("must trigger: a realisasi that the %s row contradicts", (label) => expect(bad(t(label, 5104))).toEqual(["S!D5 total-sum 9846"]));
});

describe("measures as rows: Pagu / Realisasi / % / Sisa down the side, years or jenis belanja across", () => {
  const t = (pct2023: number) =>
    book(
      {
        name: "JenisBelanja",
        rows: [["Uraian", "Belanja Pegawai", "Belanja Barang", "Belanja Modal", "Jumlah"], ["Pagu", 2300, 5147, 2486, 9933], ["Realisasi", 2267, 5140, 2475, 9882], ["%", 98.57, 99.86, 99.56, 99.49], ["Sisa", 33, 7, 11, 51]],
        formats: { B: "#,##0.00", C: "#,##0.00", D: "#,##0.00", E: "#,##0.00" },
      },
      {
        name: "Tren",
        rows: [["Uraian", "2021", "2022", "2023", "2024"], ["Pagu Anggaran (Rp)", 8000, 9000, 9450, 9933], ["Realisasi (Rp)", 7900, 8950, 9402, 9882], ["Persentase Realisasi (%)", 98.75, 99.44, pct2023, 99.49], ["Sisa Anggaran (Rp)", 100, 50, 48, 51]],
        formats: { B: "0.00", C: "0.00", D: "0.00", E: "0.00" },
      },
    );
  it("must not trigger: the % row is not added across into the Jumlah column", () => expect(bad(t(99.49))).toEqual([]));
  it("must trigger: a % for 2023 that the Pagu and Realisasi rows contradict", () => expect(bad(t(98.49))).toEqual(["Tren!D4 ratio 99.49"]));
});

describe("capaian capped by policy at 120% (every row above it shows exactly 120)", () => {
  const t = (e4: number, e5 = 120) =>
    book({
      name: "IKU",
      rows: [["No", "Indikator", "Target", "Realisasi", "Capaian (%)"], [1, "Persentase desa mandiri", 20, 31.5, e5], [2, "Persentase pengaduan selesai", 90, 97.2, e4], [3, "Jumlah inovasi daerah", 5, 9, 120], [4, "Indeks kepuasan", 80, 76, 95]],
      formats: { E: "0.00" },
    });
  it("must not trigger: 157,5% and 180% shown as 120", () => expect(bad(t(108))).toEqual([]));
  it("must trigger: a row under the cap computed wrong", () => expect(bad(t(106))).toEqual(["IKU!E3 capaian 108"]));
  it("must trigger: a row shown above the cap is read without one", () => expect(bad(t(108, 157.5))).toEqual(["IKU!E4 capaian 180"]));
});

describe("the same money in tables of different stated units (rupiah, ribuan, jutaan)", () => {
  const snap = () =>
    book(
      { name: "Jenis Belanja", rows: [["Realisasi per Jenis Belanja (dalam ribuan rupiah)"], ["Jenis Belanja", "Pagu", "Realisasi"], ["Belanja Pegawai", 2300000, 2267050], ["Belanja Barang", 5147457, 5140220], ["Belanja Modal", 2486403, 2505511], ["Jumlah", 9933860, 9912781]] },
      { name: "Sasaran", rows: [["Realisasi per Sasaran (dalam juta rupiah)"], ["Sasaran", "Pagu", "Realisasi"], ["Sasaran 1", 4500, 4490.6], ["Sasaran 2", 5433.86, 5422.18], ["Total", 9933.86, 9912.78]] },
    );
  it("must not trigger: 9.933.860 ribu and 9.933,86 juta are not called different pagu", () => expect(bad(snap()).filter((x) => x.includes("same-quantity"))).toEqual([]));
});

describe("a balance sheet (Neraca): section totals, JUMLAH ASET and JUMLAH KEWAJIBAN DAN EKUITAS", () => {
  const t = (persediaan: number) =>
    book({
      name: "Neraca",
      rows: [
        ["Uraian", "31 Desember 2024"],
        ["ASET"],
        ["Aset Lancar"],
        ["Kas di Bendahara Pengeluaran", 5],
        ["Persediaan", persediaan],
        ["Jumlah Aset Lancar", 55],
        ["Aset Tetap"],
        ["Peralatan dan Mesin", 900],
        ["Gedung dan Bangunan", 2100],
        ["Akumulasi Penyusutan", -600],
        ["Jumlah Aset Tetap", 2400],
        ["JUMLAH ASET", 2455],
        ["KEWAJIBAN"],
        ["Utang kepada Pihak Ketiga", 15],
        ["Jumlah Kewajiban Jangka Pendek", 15],
        ["JUMLAH KEWAJIBAN", 15],
        ["EKUITAS"],
        ["Ekuitas", 2440],
        ["JUMLAH EKUITAS", 2440],
        ["JUMLAH KEWAJIBAN DAN EKUITAS", 2455],
      ],
    });
  it("must not trigger: each grand line adds the totals it names, never every row", () => expect(bad(t(50))).toEqual([]));
  it("must trigger: a Persediaan the Jumlah Aset Lancar contradicts", () => expect(bad(t(45))).toEqual(["Neraca!B6 total-sum 50"]));
});

describe("a budget % column headed 'Realisasi (%)' or 'Realisasi Keuangan (%)'", () => {
  const t = (head: [string, string], e3: number) =>
    book({
      name: "S",
      rows: [["No", "Jenis Belanja", "Pagu (Rp)", head[0], head[1]], [1, "Belanja Pegawai", 2300000, 2267050, 98.57], [2, "Belanja Barang", 5147457, 5140220, e3], [3, "Belanja Modal", 2486403, 2475511, 99.56], [null, "Jumlah", 9933860, 9882781, 99.49]],
      formats: { E: "0.00" },
    });
  it.each([[["Realisasi (Rp)", "Realisasi (%)"]], [["Realisasi Keuangan (Rp)", "Realisasi Keuangan (%)"]]] as [[string, string]][])("must not trigger: %j is the percentage, not a second realisasi", (h) => expect(bad(t(h, 99.86))).toEqual([]));
  it.each([[["Realisasi (Rp)", "Realisasi (%)"]], [["Realisasi Keuangan (Rp)", "Realisasi Keuangan (%)"]]] as [[string, string]][])("must trigger under %j: 98,86 for 5.140.220 ÷ 5.147.457", (h) => expect(bad(t(h, 98.86))).toEqual(["S!E3 ratio 99.86"]));
});

describe("memo rows ('di antaranya', '(termasuk …)') and subtracted rows ('Dikurangi: … (-)') in a list", () => {
  const memo = (label: string, jumlah: number) =>
    book({ name: "S", rows: [["No", "Jenis Belanja", "Pagu", "Realisasi"], [1, "Belanja Pegawai", 2300, 2267], [2, "Belanja Barang", 5147, 5140], [null, label, 820, 815], [3, "Belanja Modal", 2486, 2475], [null, "Jumlah", jumlah, 9882]] });
  it.each(["- di antaranya: Belanja Perjalanan Dinas", "(termasuk Belanja Perjalanan Dinas)", "Dari jumlah tersebut, Belanja Perjalanan Dinas"])("must not trigger: %s is not added again", (l) => expect(bad(memo(l, 9933))).toEqual([]));
  it("must trigger: a Jumlah that adds the memo row twice", () => expect(bad(memo("- di antaranya: Belanja Perjalanan Dinas", 10753))).toEqual(["S!C6 total-sum 9933"]));
  const minus = (neto: number) =>
    book({ name: "P", rows: [["No", "Uraian", "Target", "Realisasi"], [1, "Pendapatan Jasa Keimigrasian", 5000, 5001], [2, "Pendapatan Denda", 70, 79], [3, "Pendapatan Lain-lain", 300, 355], [4, "Dikurangi: Pengembalian Pendapatan (-)", 10, 13], [null, "Jumlah Pendapatan Neto", 5360, neto]] });
  it("must not trigger: the subtracted row enters the Jumlah with a minus sign", () => expect(bad(minus(5422))).toEqual([]));
  it("must trigger: a Jumlah that matches neither reading", () => expect(bad(minus(5442))).toEqual(["P!D6 difference 5422"]));
});

describe("a 'Jumlah X' block inside a list, then more rows, then JUMLAH (pendapatan per sumber dana)", () => {
  const t = (label: string, lain: number) =>
    book({ name: "S", rows: [["Sumber Dana", "Anggaran", "Realisasi"], ["Pendapatan Asli Daerah", 85, 79], ["DAU", 600, 600], ["DAK Fisik", 120, 110], ["DAK Non Fisik", 56, 55], ["DBH", 100, 104], [label, 876, 869], ["Lain-lain Pendapatan yang Sah", 12, 12], ["JUMLAH", 973, 960]].map((r, i) => (i === 7 ? [r[0], lain, r[2]] : r)) });
  it.each(["Jumlah Dana Transfer", "Sub Jumlah Dana Transfer"])("must not trigger: %s covers the four transfers, JUMLAH adds PAD, it and Lain-lain", (l) => expect(bad(t(l, 12))).toEqual([]));
  it("must trigger: a Lain-lain anggaran the JUMLAH contradicts", () => expect(bad(t("Jumlah Dana Transfer", 21))).toEqual(["S!B9 total-sum 982"]));
});

describe("a percentage typed as a fraction in a plain number format (0,9850 under 'Persentase')", () => {
  // The officer divided without ×100 and without a % format: the cell shows four decimals of the
  // fraction, i.e. two of percent points — that is the precision it is checked at.
  const t = (pnbp: number) =>
    book({
      name: "Sumber Dana",
      rows: [["Sumber Dana", "Pagu", "Realisasi", "Persentase"], ["Rupiah Murni", 6120180000, 6028466750, 0.985], ["PNBP", 1346000000, 1328452000, pnbp], ["Jumlah", 7466180000, 7356918750, 0.9854]],
      formats: { B: "#,##0", C: "#,##0", D: "0.0000" },
    });
  it("must not trigger: 0,9850 is 6.028.466.750 ÷ 6.120.180.000 at the four decimals shown", () => expect(bad(t(0.987))).toEqual([]));
  it("must trigger: 0,9770 where the figures give 0,9870", () => expect(bad(t(0.977))).toEqual(["Sumber Dana!D3 ratio 0.987"]));
});

describe("a % column under a 'Sisa Anggaran' group is sisa ÷ pagu", () => {
  // Merged group headers "Realisasi | Rp | %" and "Sisa Anggaran | Rp | %": each % divides its own group's figure by the pagu.
  const t = (sisaPct: number) =>
    book({
      name: "Serapan",
      rows: [
        ["Jenis Belanja", "Pagu", "Realisasi", null, "Sisa Anggaran", null],
        [null, null, "Rp", "%", "Rp", "%"],
        ["Belanja Pegawai", 3125400000, 3098712450, 99.15, 26687550, 0.85],
        ["Belanja Barang", 2245780000, 2187456300, 97.4, 58323700, sisaPct],
        ["Belanja Modal", 2095000000, 2070750000, 98.84, 24250000, 1.16],
        ["Jumlah", 7466180000, 7356918750, 98.54, 109261250, 1.46],
      ],
      merged: ["A1:A2", "B1:B2", "C1:D1", "E1:F1"],
      formats: { B: "#,##0", C: "#,##0", D: "0.00", E: "#,##0", F: "0.00" },
    });
  it("must not trigger: 0,85 = 26.687.550 ÷ 3.125.400.000 (not realisasi ÷ pagu)", () => expect(bad(t(2.6))).toEqual([]));
  it("must trigger: 3,60 where sisa ÷ pagu gives 2,60", () => expect(bad(t(3.6))).toEqual(["Serapan!F4 ratio 2.6"]));
});

describe("negatives typed as text with an en dash or a trailing minus", () => {
  // Word's autocorrect turns "- 1.265.130.000" into "– 1.265.130.000"; SAKTI/SAP printouts write "1.312.349.550-".
  const t = (real: number) =>
    book({
      name: "LRA",
      rows: [
        ["Uraian", "Anggaran", "Realisasi", "Lebih/(Kurang)"],
        ["Pajak Daerah", 45000000000, 43734870000, "– 1.265.130.000"],
        ["Retribusi Daerah", 8500000000, 8812450000, "312.450.000"],
        ["Lain-lain PAD yang Sah", 24300000000, real, "1.312.349.550-"],
        ["Jumlah", 77800000000, 75534970450, "– 2.265.029.550"],
      ],
      formats: { B: "#,##0", C: "#,##0" },
    });
  const noText = (xs: string[]) => xs.filter((x) => !x.includes("number-as-text"));
  it("must not trigger: '– 1.265.130.000' and '1.312.349.550-' are negatives", () => expect(noText(bad(t(22987650450)))).toEqual([]));
  it("must trigger: a realisasi that contradicts its Lebih/(Kurang) and the Jumlah, blamed on that realisasi", () => {
    expect(noText(bad(t(22897650450)))).toEqual(["LRA!C5 total-sum 75444970450", "LRA!D4 difference -1402349550"]);
    const roots = audit(t(22897650450)).findings.filter((f) => f.rule === "diagnosis");
    expect(roots.map((f) => `${f.cell} ${f.expected}`)).toEqual(["C4 22987650450"]);
  });
});

describe("one sheet per unit (UPT, Puskesmas, satker) plus a Gabungan sheet", () => {
  // Same layout on every sheet; each titled by its unit. Different units' totals are different figures.
  const unit = (name: string, rows: [string, number, number][], label = "Jenis Belanja") => {
    const body: CellValue[][] = [[`REALISASI ANGGARAN ${name.toUpperCase()} TAHUN 2024`], [label, "Pagu", "Realisasi"]];
    for (const r of rows) body.push(r);
    body.push(["Jumlah", sum(rows.map((r) => r[1])), sum(rows.map((r) => r[2]))]);
    return { name, rows: body, formats: { B: "#,##0", C: "#,##0" } };
  };
  const a: [string, number, number][] = [["Belanja Pegawai", 412000000, 409500000], ["Belanja Barang", 282700000, 264710000]];
  const b: [string, number, number][] = [["Belanja Pegawai", 388000000, 380100000], ["Belanja Barang", 301900000, 290440000]];
  const c: [string, number, number][] = [["Belanja Pegawai", 350000000, 345000000], ["Belanja Barang", 236000000, 231340000]];
  const all = a.map((x, i): [string, number, number] => [x[0], x[1] + b[i][1] + c[i][1], x[2] + b[i][2] + c[i][2]]);
  it("must not trigger: unit totals are not asked to equal the Gabungan's", () =>
    expect(bad(book(unit("Gabungan Dinas", all), unit("PKM Siulak", a), unit("PKM Kayu Aro", b), unit("PKM Semurup", c)))).toEqual([]));
  it("must trigger: three tables of the report's budget, two agreeing, one a million off", () =>
    expect(bad(book(unit("Ringkasan", all, "Uraian"), unit("Rekap", all, "Kegiatan"), unit("Lampiran", [all[0], [all[1][0], all[1][1], all[1][2] + 1000000]], "Keterangan")))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Lampiran!C\d same-quantity/)]),
    ));
});
