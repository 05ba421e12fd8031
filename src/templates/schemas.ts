// The LKjIP tables (docs/domain.md §2), declared once. Layout follows the seed report (Kantor
// Imigrasi Kerinci 2024); multi-year tables span the four years up to the report year.

import { ikpaRegime, type IkpaRegime } from "../core/formulas/ikpa";
import type { CellSpec, ColumnSpec, RowSpec, SheetSpec, TableSchema } from "./types";
import { indicators, type PlacedIndikator, type Structure } from "./structure";
import {
  FMT, t, ref, here, col$, rowsOf, sum, ratio, diff, same, capaianOf, mean, product, constant, category, count,
  formula, check, input,
} from "./dsl";
import { MONTH_NAMES } from "../core/text";

export const SHEETS: SheetSpec[] = [
  { id: "ringkasan", name: "Ringkasan", tabColor: "#1F4E79" },
  { id: "pk", name: "Perjanjian Kinerja" },
  { id: "capaian", name: "Capaian Kinerja" },
  { id: "datadukung", name: "Data Dukung" },
  { id: "perbandingan", name: "Perbandingan" },
  { id: "rb", name: "Rencana Aksi RB" },
  { id: "ilk", name: "ILK" },
  { id: "anggaran", name: "Realisasi Anggaran" },
  { id: "pnbp", name: "PNBP" },
  { id: "ikpa", name: "IKPA" },
  { id: "nka", name: "NKA" },
  { id: "omspan", name: "Lampiran OM-SPAN" },
];

export const MONTHS: string[] = [...MONTH_NAMES.id];
export const TRIWULAN = ["I", "II", "III", "IV"];
export const POLARITAS = ["positif", "negatif"];
export const SATUAN = ["%", "Indeks", "Orang", "Kegiatan", "Layanan", "Dokumen", "Rupiah"];

const txt = (key: string, id: string, en: string, width = 14, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ key, header: t(id, en), type: "text", width, ...extra });
const num = (key: string, id: string, en: string, format: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  key, header: t(id, en), type: format === FMT.percent ? "percent" : format === FMT.rupiah ? "rupiah" : "decimal", format, width: format === FMT.rupiah ? 17 : 12, ...extra,
});
/** A count column: "#,##0" like rupiah, but its figures are far shorter. */
const int = (key: string, id: string, en: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => num(key, id, en, FMT.integer, { type: "integer", width: 11, ...extra });
const row = (key: string, labels: RowSpec["labels"], cells?: RowSpec["cells"], role: RowSpec["role"] = "data"): RowSpec => ({ key, labels, cells, role, bold: role === "total" || role === "parent" || role === "subtotal" });

/** Same as a cell in another table, shown with the given format. */
const link = (table: string, r: string, c: string, format?: string): CellSpec => formula(same(ref(r, c, table)), format ? { format } : {});

// ---------------------------------------------------------------- 1 Perjanjian Kinerja
const IKK = [
  { key: "PY", no: "1", sasaran: "Optimalnya penegakan hukum Keimigrasian di kewilayahan", ikk: "Persentase penegakan Hukum Pro Yustisia di kewilayahan yang ditangani", satuan: "%" },
  { key: "TAK", no: "", sasaran: "", ikk: "Persentase Tindakan Administratif Keimigrasian di kewilayahan yang ditangani", satuan: "%" },
  { key: "LYN", no: "2", sasaran: "Meningkatnya Layanan Keimigrasian di Kewilayahan", ikk: "Rasio Layanan Keimigrasian di kewilayahan yang diselesaikan terhadap total permohonan layanan Keimigrasian di kewilayahan yang diterima", satuan: "%" },
  { key: "RB", no: "3", sasaran: "Meningkatnya Pelayanan Reformasi Birokrasi di Lingkup UPT Imigrasi", ikk: "Persentase Pelaksanaan Rencana Aksi Reformasi Birokrasi di Lingkup UPT Imigrasi", satuan: "%" },
  { key: "ILK", no: "", sasaran: "", ikk: "Indeks Kepuasan Unit Kerja Lingkup UPT Imigrasi terhadap Layanan Kesekretariatan", satuan: "Indeks" },
];
const ikkFormat = (satuan: string): string => (satuan === "%" ? FMT.percent : FMT.decimal2);

function pkIndikator(): TableSchema {
  return {
    name: "PK_Indikator", sheet: "pk", domain: [1], labelCol: "kode",
    title: t("Perjanjian Kinerja — Indikator Kinerja Kegiatan", "Performance agreement — activity indicators"),
    columns: [
      txt("kode", "Kode", "Code", 8), txt("no", "No", "No", 5), txt("sasaran", "Sasaran Kegiatan", "Activity goal", 40),
      txt("indikator", "Indikator Kinerja Kegiatan", "Activity indicator", 50),
      num("target", "Target", "Target", FMT.percent, { cell: input() }),
      txt("satuan", "Satuan", "Unit", 9, { choices: SATUAN, cell: input() }),
      txt("polaritas", "Polaritas", "Polarity", 10, { choices: POLARITAS, cell: input({ value: "positif" }) }),
    ],
    rows: IKK.map((k) => row(k.key, { kode: k.key, no: k.no, sasaran: k.sasaran, indikator: k.ikk }, {
      target: input({ format: ikkFormat(k.satuan) }),
      satuan: input({ value: k.satuan }),
    })),
  };
}

function pkAnggaran(): TableSchema {
  return {
    name: "PK_Anggaran", sheet: "pk", domain: [1], labelCol: "kode",
    title: t("Perjanjian Kinerja — Anggaran", "Performance agreement — budget"),
    columns: [txt("kode", "Kode", "Code", 8), txt("uraian", "Kegiatan", "Programme / activity", 60), num("anggaran", "Anggaran", "Budget", FMT.rupiah, { cell: input() })],
    rows: [
      row("BF", { kode: "BF", uraian: "Program Penegakan dan Pelayanan Hukum" }, { anggaran: formula(sum(col$("BF.5254"))) }, "parent"),
      row("BF.5254", { kode: "BF.5254", uraian: "Penyelenggaraan Fungsi Pengkoordinasian, Pelayanan dan Penegakan Hukum Keimigrasian di Wilayah" }),
      row("WA", { kode: "WA", uraian: "Program Dukungan Manajemen" }, { anggaran: formula(sum(col$("WA.6232"))) }, "parent"),
      row("WA.6232", { kode: "WA.6232", uraian: "Dukungan Manajemen dan Teknis Lainnya UPT Imigrasi" }),
      row("TOTAL", { kode: "TOTAL", uraian: "TOTAL" }, { anggaran: formula(sum(col$("BF"), col$("WA")), { label: t("Total anggaran Perjanjian Kinerja", "Performance agreement budget total"), quantity: "pagu" }) }, "total"),
    ],
  };
}

// ---------------------------------------------------------------- 2 Capaian Kinerja
function capaianKinerja(): TableSchema {
  const ikk = (key: string, realisasiCheck: CellSpec["check"]): RowSpec => {
    const at = IKK.findIndex((i) => i.key === key);
    const k = IKK[at];
    const sasaran = IKK.slice(0, at + 1).reverse().find((i) => i.sasaran)!.sasaran;
    const f = ikkFormat(k.satuan);
    return row(key, { kode: key, sasaran, indikator: k.ikk }, {
      target: link("PK_Indikator", key, "target", f),
      realisasi: check(realisasiCheck!, { format: f, quantity: "realisasi", label: t(`Realisasi ${key} di tabel capaian`, `${key} realisasi in the achievement table`), sourceLabel: t("data dukung", "supporting data") }),
      capaian: formula(capaianOf(here("realisasi"), here("target"), here("polaritas")), { quantity: "capaian", label: t(`Capaian ${key}`, `${key} achievement`) }),
      polaritas: formula(same(ref(key, "polaritas", "PK_Indikator"))),
    });
  };
  const avg = (key: string, of: string[], label: string, role: RowSpec["role"] = "subtotal") =>
    row(key, { kode: key, indikator: label }, { capaian: formula(mean(of.map((k) => ref(k, "capaian"))), { quantity: "capaian", label: t(`${label} (${of.join(", ")})`, `Mean achievement (${of.join(", ")})`) }) }, role);
  return {
    name: "Capaian_Kinerja", sheet: "capaian", domain: [2], labelCol: "kode",
    title: t("Capaian Kinerja", "Performance achievement"),
    columns: [
      txt("kode", "Kode", "Code", 10), txt("sasaran", "Sasaran Kegiatan", "Activity goal", 40), txt("indikator", "Indikator Kinerja Kegiatan", "Activity indicator", 50),
      num("target", "Target", "Target", FMT.percent), num("realisasi", "Realisasi", "Actual", FMT.percent),
      num("capaian", "Capaian", "Achievement", FMT.percent), txt("polaritas", "Polaritas", "Polarity", 10),
    ],
    rows: [
      ikk("TAK", same(ref("REALISASI", "jumlah", "DD_TAK"))),
      avg("RATA1", ["TAK"], "Rata-rata capaian Sasaran Kegiatan"),
      ikk("LYN", same(ref("DPRI", "persen", "DD_Layanan"))),
      avg("RATA2", ["LYN"], "Rata-rata capaian Sasaran Kegiatan"),
      ikk("RB", same(ref("TOTAL", "persen", "RB_Rekap"))),
      ikk("ILK", same(ref("INDEKS", "nilai", "ILK_Survei"))),
      avg("RATA3", ["RB", "ILK"], "Rata-rata capaian Sasaran Kegiatan"),
      avg("RATA", ["TAK", "LYN", "RB", "ILK"], "Rata-rata capaian seluruh indikator", "total"),
      row("ANGGARAN", { kode: "ANGGARAN", sasaran: "Anggaran" }, {
        target: link("LKD", "JUMLAH", "pagu", FMT.rupiah),
        realisasi: link("LKD", "JUMLAH", "sd", FMT.rupiah),
        capaian: formula(ratio(here("realisasi"), here("target")), { quantity: "persen", label: t("Persentase realisasi anggaran", "Budget realisation percentage") }),
      }, "total"),
    ],
  };
}

// ---------------------------------------------------------------- 3 Data dukung
function ddTak(): TableSchema {
  const jenis = [
    ["DEP", "Deportasi"], ["DEP_TANGKAL", "Deportasi dan Usulan Penangkalan"], ["TINGGAL", "Keharusan Untuk Bertempat Tinggal di Suatu Tempat"],
    ["IZIN", "Pembatasan, Perubahan, atau Pembatalan Izin Tinggal"], ["LARANGAN", "Larangan Untuk Berada di Satu atau Beberapa Tempat"], ["BEBAN", "Pengenaan Biaya Beban"],
  ];
  return {
    name: "DD_TAK", sheet: "datadukung", domain: [3], labelCol: "uraian",
    title: t("Data dukung — Tindakan Administratif Keimigrasian per jenis", "Supporting data — administrative immigration actions by type"),
    columns: [txt("uraian", "Tindakan Administratif Keimigrasian", "Action", 50), int("jumlah", "Jumlah", "Count", { cell: input() })],
    rows: [
      ...jenis.map(([k, l]) => row(k, { uraian: l })),
      row("DITANGANI", { uraian: "Jumlah kasus yang ditangani" }, { jumlah: formula(sum(rowsOf(jenis.map(([k]) => k), "jumlah")), { quantity: "count", label: t("Jumlah TAK ditangani", "Actions handled") }) }, "total"),
      row("DISELESAIKAN", { uraian: "Jumlah kasus yang diselesaikan / ditindaklanjuti" }),
      row("REALISASI", { uraian: "Realisasi (diselesaikan / ditangani)" }, { jumlah: formula(ratio(col$("DISELESAIKAN"), col$("DITANGANI")), { format: FMT.percent, quantity: "realisasi", label: t("Realisasi TAK", "TAK realisasi") }) }, "total"),
    ],
  };
}

function monthly(name: string, title: ReturnType<typeof t>, cols: [string, string, string][], totalLabel = "Total", extra: ColumnSpec[] = []): TableSchema {
  const dataCols = cols.map(([k, id, en]) => int(k, id, en, { cell: input() }));
  return {
    name, sheet: "datadukung", domain: [3], labelCol: "bulan", title,
    columns: [txt("bulan", "Bulan", "Month", 12), ...dataCols, ...extra],
    rows: [
      ...MONTHS.map((m) => row(m, { bulan: m })),
      row("TOTAL", { bulan: totalLabel }, Object.fromEntries([...dataCols, ...extra].map((c) => [c.key, formula(sum(rowsOf(MONTHS, c.key)), { quantity: "count", label: t(`${title.id}: ${totalLabel} ${c.header.id}`, `${title.en}: total ${c.header.en}`) })])), "total"),
    ],
  };
}

function ddDpri(): TableSchema {
  return monthly("DD_DPRI", t("Data dukung — Dokumen Perjalanan RI per bulan", "Supporting data — travel documents per month"),
    [["selesai", "DPRI Selesai", "Completed"], ["ditolak", "Permohonan ditolak", "Rejected"]], "Total",
    [int("diterima", "Permohonan diterima", "Received", { cell: formula(sum(here("selesai"), here("ditolak"))) })]);
}

function ddLayanan(): TableSchema {
  return {
    name: "DD_Layanan", sheet: "datadukung", domain: [3], labelCol: "jenis",
    title: t("Data dukung — Layanan keimigrasian per jenis", "Supporting data — immigration services by type"),
    columns: [
      txt("jenis", "Jenis Pelayanan", "Service", 50),
      int("diterima", "Jumlah Permohonan diterima", "Received", { cell: input() }),
      int("diselesaikan", "Jumlah Permohonan diselesaikan", "Completed", { cell: input() }),
      num("persen", "Persentase diselesaikan", "Completed %", FMT.percent, { cell: formula(ratio(here("diselesaikan"), here("diterima")), { quantity: "realisasi" }) }),
    ],
    rows: [
      row("DPRI", { jenis: "Pelayanan Dokumen Perjalanan Republik Indonesia (DPRI)" }, { diterima: link("DD_DPRI", "TOTAL", "diterima"), diselesaikan: link("DD_DPRI", "TOTAL", "selesai") }),
      row("IZIN", { jenis: "Pelayanan Izin Tinggal (perpanjangan dan alih status)" }, {
        diselesaikan: check(sum(ref("TOTAL", "itk", "DD_IzinTinggal"), ref("TOTAL", "itas", "DD_IzinTinggal"), ref("TOTAL", "itap", "DD_IzinTinggal"), ref("TOTAL", "itk_itas", "DD_AlihStatus"), ref("TOTAL", "itas_itap", "DD_AlihStatus")),
          { quantity: "count", label: t("Layanan izin tinggal diselesaikan", "Stay permits completed"), sourceLabel: t("data izin tinggal dan alih status per bulan", "monthly stay permit and status change data") }),
      }),
      row("AFFIDAVIT", { jenis: "Pelayanan Affidavit" }, { diselesaikan: link("DD_AlihStatus", "TOTAL", "affidavit") }),
      row("SKIM", { jenis: "Pelayanan SKIM" }),
      row("JUMLAH", { jenis: "Jumlah" }, {
        diterima: formula(sum(rowsOf(["DPRI", "IZIN", "AFFIDAVIT", "SKIM"], "diterima")), { quantity: "count" }),
        diselesaikan: formula(sum(rowsOf(["DPRI", "IZIN", "AFFIDAVIT", "SKIM"], "diselesaikan")), { quantity: "count", label: t("Jumlah layanan diselesaikan", "Services completed") }),
      }, "total"),
    ],
  };
}

// ---------------------------------------------------------------- 4 Perbandingan antar tahun, 5 standar nasional
function banding(name: string, title: ReturnType<typeof t>, years: number[], a: [string, string, string], b: [string, string, string], current: { a: CellSpec; b: CellSpec }): TableSchema {
  const last = years[years.length - 1];
  return {
    name, sheet: "perbandingan", domain: [4], labelCol: "tahun", title,
    columns: [
      txt("tahun", "Tahun", "Year", 8),
      int(a[0], a[1], a[2], { cell: input() }), int(b[0], b[1], b[2], { cell: input() }),
      num("capaian", "Capaian", "Achievement", FMT.percent, { cell: formula(ratio(here(b[0]), here(a[0])), { quantity: "capaian" }) }),
    ],
    rows: years.map((y) => row(String(y), { tahun: String(y) }, y === last ? { [a[0]]: current.a, [b[0]]: current.b } : undefined)),
  };
}

function bandingIlk(year: number): TableSchema {
  return {
    name: "Banding_ILK", sheet: "perbandingan", domain: [4], labelCol: "tahun",
    title: t("Perbandingan antar tahun — Indeks Layanan Kesekretariatan", "Year comparison — secretariat service index"),
    columns: [
      txt("tahun", "Tahun", "Year", 8), num("target", "Target ILK", "Target", FMT.decimal2), num("realisasi", "Realisasi ILK", "Actual", FMT.decimal2),
      num("capaian", "Capaian ILK", "Achievement", FMT.percent, { cell: formula(ratio(here("realisasi"), here("target")), { quantity: "capaian" }) }),
    ],
    rows: [row(String(year), { tahun: String(year) }, { target: link("PK_Indikator", "ILK", "target"), realisasi: link("Capaian_Kinerja", "ILK", "realisasi") })],
  };
}

function standarNasional(): TableSchema {
  return {
    name: "StandarNasional", sheet: "perbandingan", domain: [5], labelCol: "kode",
    title: t("Perbandingan dengan standar nasional", "Comparison with the national standard"),
    columns: [
      txt("kode", "Kode", "Code", 8), txt("indikator", "Indikator", "Indicator", 50),
      num("capaian", "Capaian satker", "Work unit achievement", FMT.percent, { cell: input() }),
      num("nasional", "Rata-rata nasional", "National average", FMT.percent, { cell: input() }),
      num("z", "z = capaian / rata-rata", "z = achievement / average", FMT.percent, { cell: formula(ratio(here("capaian"), here("nasional")), { quantity: "persen", label: t("Capaian dibanding standar nasional (z)", "Achievement vs national standard (z)") }) }),
    ],
    rows: [
      ...["TAK", "LYN", "RB"].map((k) => row(k, { kode: k, indikator: IKK.find((i) => i.key === k)!.ikk })),
      row("ILK", { kode: "ILK", indikator: IKK.find((i) => i.key === "ILK")!.ikk }, {
        nasional: formula(ratio(ref("NASIONAL", "nilai", "ILK_Rekap"), ref("ILK", "target", "PK_Indikator")), { quantity: "persen", label: t("Rata-rata nasional ILK (indeks nasional / target)", "National ILK average (national index / target)") }),
      }),
    ],
  };
}

// ---------------------------------------------------------------- 6 Rencana Aksi RB
function rbRencanaAksi(): TableSchema {
  return {
    name: "RB_RencanaAksi", sheet: "rb", domain: [6], labelCol: "indikator", open: { blankRows: 4, keyPrefix: "RA" },
    title: t("Rencana Aksi Reformasi Birokrasi per triwulan", "Bureaucratic reform action plan per quarter"),
    columns: [
      txt("tw", "Triwulan", "Quarter", 9, { choices: TRIWULAN, cell: input() }), txt("no", "No.", "No.", 5, { cell: input() }),
      txt("sasaran", "Sasaran", "Goal", 40, { cell: input() }), txt("kegiatan", "Kegiatan", "Activity", 36, { cell: input() }),
      txt("indikator", "Indikator", "Indicator", 50, { cell: input() }), num("capaian", "Capaian", "Achievement", FMT.percent0, { cell: input() }),
    ],
    rows: [],
  };
}

function rbRekap(): TableSchema {
  return {
    name: "RB_Rekap", sheet: "rb", domain: [6], labelCol: "tw",
    title: t("Rekapitulasi Rencana Aksi RB", "Action plan summary"),
    columns: [
      txt("tw", "Triwulan", "Quarter", 9), int("jumlah", "Jumlah Indikator", "Actions"),
      int("terlaksana", "Terlaksana", "Done", { cell: input() }),
      num("persen", "Persentase pelaksanaan", "Completion", FMT.percent, { cell: formula(ratio(here("terlaksana"), here("jumlah")), { quantity: "persen" }) }),
    ],
    rows: [
      ...TRIWULAN.map((tw) => row(tw, { tw }, { jumlah: formula(count(rowsOf("data", "tw", "RB_RencanaAksi"), tw), { quantity: "count", label: t(`Jumlah rencana aksi triwulan ${tw}`, `Actions in quarter ${tw}`) }) })),
      row("TOTAL", { tw: "Jumlah" }, {
        jumlah: formula(sum(rowsOf(TRIWULAN, "jumlah")), { quantity: "count", label: t("Total rencana aksi RB", "Total reform actions") }),
        terlaksana: formula(sum(rowsOf(TRIWULAN, "terlaksana")), { quantity: "count" }),
      }, "total"),
    ],
  };
}

// ---------------------------------------------------------------- 7 ILK
function ilkRekap(): TableSchema {
  return {
    name: "ILK_Rekap", sheet: "ilk", domain: [7], labelCol: "nama", open: { blankRows: 3, before: "NASIONAL", keyPrefix: "S" },
    title: t("Rekapitulasi Indeks Layanan Kesekretariatan", "Secretariat service index summary"),
    columns: [
      txt("kode", "Kode Satker", "Unit code", 10, { cell: input() }), txt("nama", "Nama Satker", "Work unit", 50, { cell: input() }),
      num("nilai", "Nilai", "Index", FMT.decimal2, { cell: input() }), int("responden", "Responden", "Respondents", { cell: input() }),
    ],
    rows: [
      row("NASIONAL", { nama: "Rata-rata Nasional" }, {
        nilai: formula(mean([rowsOf("data", "nilai")], 2), { quantity: "index", label: t("Rata-rata nasional ILK", "National ILK average") }),
        responden: formula(sum(rowsOf("data", "responden")), { quantity: "count", label: t("Jumlah responden ILK", "ILK respondents") }),
      }, "total"),
    ],
  };
}

function ilkSurvei(): TableSchema {
  return {
    name: "ILK_Survei", sheet: "ilk", domain: [7], labelCol: "indikator", open: { blankRows: 3, before: "INDEKS", keyPrefix: "Q" },
    title: t("Rincian survei Indeks Layanan Kesekretariatan", "Secretariat service survey detail"),
    columns: [
      txt("layanan", "Layanan", "Service", 10, { cell: input() }), txt("kategori", "Kategori", "Category", 30, { cell: input() }),
      txt("subkategori", "Subkategori", "Subcategory", 30, { cell: input() }), txt("indikator", "Indikator", "Indicator", 50, { cell: input() }),
      num("sep", "Indeks September", "Index Sep", FMT.decimal2, { cell: input() }), num("okt", "Indeks Oktober", "Index Oct", FMT.decimal2, { cell: input() }),
      num("nilai", "Nilai Indeks", "Index value", FMT.decimal2),
      int("resp_sep", "Responden September", "Resp. Sep", { cell: input() }), int("resp_okt", "Responden Oktober", "Resp. Oct", { cell: input() }),
      int("resp_total", "Total Responden", "Total resp.", { cell: formula(sum(here("resp_sep"), here("resp_okt")), { quantity: "count" }) }),
    ],
    rows: [row("INDEKS", { indikator: "Nilai Indeks satker" }, { nilai: input({ label: t("Nilai ILK satker", "Work unit ILK"), quantity: "index" }), resp_total: input() }, "total")],
  };
}

// ---------------------------------------------------------------- 8–11 anggaran, LKD
const LKD_LABEL = t("pagu/realisasi LKD OM-SPAN", "OM-SPAN LKD budget/spending");
const lkdCheck = (r: string, c: string, label: ReturnType<typeof t>, quantity: "pagu" | "realisasi"): CellSpec =>
  ({ check: same(ref(r, c, "LKD")), label, sourceLabel: LKD_LABEL, quantity, authority: "operand" });

function anggaranSasaran(): TableSchema {
  const s = (k: string, l: string, role: RowSpec["role"], children?: string[]): RowSpec =>
    row(k, { kode: k, uraian: l }, children ? { pagu: formula(sum(rowsOf(children, "pagu")), { quantity: "pagu" }), realisasi: formula(sum(rowsOf(children, "realisasi")), { quantity: "realisasi" }) } : undefined, role);
  const tot = s("TOTAL", "Total", "total", ["S1", "S2", "S3"]);
  return {
    name: "Anggaran_Sasaran", sheet: "anggaran", domain: [8], labelCol: "kode",
    title: t("Realisasi anggaran per sasaran dan IKK", "Budget realisation by goal and indicator"),
    columns: [
      txt("kode", "Kode", "Code", 8), txt("uraian", "Kegiatan", "Goal / indicator", 60),
      num("pagu", "Anggaran", "Budget", FMT.rupiah, { cell: input() }), num("realisasi", "Realisasi", "Spent", FMT.rupiah, { cell: input() }),
      num("persen", "Persentase", "%", FMT.percent, { cell: formula(ratio(here("realisasi"), here("pagu")), { quantity: "persen" }) }),
    ],
    rows: [
      s("S1", IKK[0].sasaran, "parent", ["S1.TAK"]), s("S1.TAK", IKK[1].ikk, "data"),
      s("S2", IKK[2].sasaran, "parent", ["S2.LYN"]), s("S2.LYN", IKK[2].ikk, "data"),
      s("S3", IKK[3].sasaran, "parent", ["S3.RB", "S3.ILK"]), s("S3.RB", IKK[3].ikk, "data"), s("S3.ILK", IKK[4].ikk, "data"),
      tot,
    ],
  };
}

/** Checks on the TOTAL row of the per-sasaran table, kept apart so TOTAL stays a formula. */
export const SASARAN_CHECKS = {
  pagu: lkdCheck("JUMLAH", "pagu", t("Total pagu per sasaran", "Total budget by goal"), "pagu"),
  realisasi: lkdCheck("JUMLAH", "sd", t("Total realisasi per sasaran", "Total spending by goal"), "realisasi"),
};

function jenisBelanja(year: number): TableSchema {
  const years = [year - 3, year - 2, year - 1, year];
  const columns: ColumnSpec[] = [txt("jenis", "Jenis Belanja", "Spending type", 20)];
  for (const y of years) {
    columns.push(
      num(`pagu_${y}`, `Pagu ${y}`, `Budget ${y}`, FMT.rupiah, { cell: input() }),
      num(`real_${y}`, `Realisasi ${y}`, `Spent ${y}`, FMT.rupiah, { cell: input() }),
      num(`pct_${y}`, `% ${y}`, `% ${y}`, FMT.percent, { cell: formula(ratio(here(`real_${y}`), here(`pagu_${y}`)), { quantity: "persen" }) }),
      num(`sisa_${y}`, `Sisa ${y}`, `Unspent ${y}`, FMT.rupiah, { cell: formula(diff(here(`pagu_${y}`), here(`real_${y}`)), { quantity: "sisa" }) }),
    );
  }
  const jenis = [["PEGAWAI", "Belanja Pegawai"], ["BARANG", "Belanja Barang"], ["MODAL", "Belanja Modal"]];
  const totalCells: Record<string, CellSpec> = {};
  for (const y of years) {
    totalCells[`pagu_${y}`] = formula(sum(rowsOf(jenis.map(([k]) => k), `pagu_${y}`)), { quantity: "pagu", label: t(`Total pagu per jenis belanja ${y}`, `Total budget by spending type ${y}`) });
    totalCells[`real_${y}`] = formula(sum(rowsOf(jenis.map(([k]) => k), `real_${y}`)), { quantity: "realisasi", label: t(`Total realisasi per jenis belanja ${y}`, `Total spending by spending type ${y}`) });
  }
  return {
    name: "Anggaran_JenisBelanja", sheet: "anggaran", domain: [9], labelCol: "jenis",
    title: t("Realisasi anggaran per jenis belanja", "Budget realisation by spending type"),
    columns,
    rows: [...jenis.map(([k, l]) => row(k, { jenis: l })), row("JUMLAH", { jenis: "JUMLAH" }, totalCells, "total")],
  };
}

function jenisKegiatan(): TableSchema {
  return {
    name: "Anggaran_JenisKegiatan", sheet: "anggaran", domain: [10], labelCol: "kode",
    title: t("Belanja per jenis kegiatan", "Spending by activity"),
    columns: [txt("kode", "Kode", "Code", 8), txt("uraian", "Kegiatan", "Activity", 60), num("pagu", "Pagu", "Budget", FMT.rupiah, { cell: input() })],
    rows: [
      row("BF.5254", { kode: "BF.5254", uraian: "Penyelenggaraan Fungsi Pengkoordinasian, Pelayanan dan Penegakan Hukum Keimigrasian di Wilayah" }, { pagu: lkdCheck("BF.5254", "pagu", t("Pagu kegiatan BF.5254", "Budget of activity BF.5254"), "pagu") }),
      row("WA.6232", { kode: "WA.6232", uraian: "Dukungan Manajemen dan Teknis Lainnya UPT Imigrasi" }, { pagu: lkdCheck("WA.6232", "pagu", t("Pagu kegiatan WA.6232", "Budget of activity WA.6232"), "pagu") }),
      row("JUMLAH", { kode: "JUMLAH", uraian: "Jumlah" }, { pagu: formula(sum(rowsOf(["BF.5254", "WA.6232"], "pagu")), { quantity: "pagu", label: t("Total pagu per jenis kegiatan", "Total budget by activity") }) }, "total"),
    ],
  };
}

function sumberDana(): TableSchema {
  return {
    name: "Anggaran_SumberDana", sheet: "anggaran", domain: [10], labelCol: "sumber",
    title: t("Belanja per sumber dana", "Spending by source of funds"),
    columns: [txt("sumber", "Sumber Dana", "Source", 36), num("pagu", "Pagu", "Budget", FMT.rupiah, { cell: input() })],
    rows: [
      row("RM", { sumber: "Rupiah Murni" }), row("PNBP", { sumber: "Penerimaan Negara Bukan Pajak" }),
      row("JUMLAH", { sumber: "Jumlah" }, { pagu: formula(sum(rowsOf(["RM", "PNBP"], "pagu")), { quantity: "pagu", label: t("Total pagu per sumber dana", "Total budget by source of funds") }) }, "total"),
    ],
  };
}

function lkd(): TableSchema {
  const money = ["pagu", "lock", "lalu", "ini"];
  const parent = (children: string[]): Record<string, CellSpec> => Object.fromEntries(money.map((c) => [c, formula(sum(rowsOf(children, c)), { quantity: c === "pagu" ? "pagu" : "realisasi" })]));
  return {
    name: "LKD", sheet: "omspan", domain: [11], labelCol: "kode",
    title: t("Laporan Ketersediaan Dana (OM-SPAN)", "Fund availability report (OM-SPAN)"),
    columns: [
      txt("kode", "Kode", "Code", 10), txt("uraian", "Uraian", "Description", 50),
      num("pagu", "Pagu Revisi", "Revised budget", FMT.rupiah, { cell: input() }), num("lock", "Lock Pagu", "Locked", FMT.rupiah, { cell: input() }),
      num("lalu", "Realisasi Periode Lalu", "Previous periods", FMT.rupiah, { cell: input() }), num("ini", "Realisasi Periode Ini", "This period", FMT.rupiah, { cell: input() }),
      num("sd", "Realisasi s.d. Periode", "To date", FMT.rupiah, { cell: formula(sum(here("lalu"), here("ini")), { quantity: "realisasi" }) }),
      num("pct", "%", "%", FMT.percent, { cell: formula(ratio(here("sd"), here("pagu")), { quantity: "persen" }) }),
      num("sisa", "Sisa Anggaran", "Unspent", FMT.rupiah, { cell: formula(diff(here("pagu"), here("sd")), { quantity: "sisa" }) }),
    ],
    rows: [
      row("JUMLAH", { kode: "JUMLAH", uraian: "JUMLAH SELURUHNYA" }, parent(["BF", "WA"]), "total"),
      row("BF", { kode: "BF", uraian: "Program Penegakan dan Pelayanan Hukum" }, parent(["BF.5254"]), "parent"),
      row("BF.5254", { kode: "BF.5254", uraian: "Penyelenggaraan Fungsi Pengkoordinasian, Pelayanan dan Penegakan Hukum Keimigrasian di Wilayah" }),
      row("WA", { kode: "WA", uraian: "Program Dukungan Manajemen" }, parent(["WA.6232"]), "parent"),
      row("WA.6232", { kode: "WA.6232", uraian: "Dukungan Manajemen dan Teknis Lainnya UPT Imigrasi" }),
    ],
  };
}

// ---------------------------------------------------------------- 12 PNBP
export const PNBP_AKUN = [
  ["425211", "425211 - Pendapatan Paspor"],
  ["425213", "425213 - Pendapatan Izin Keimigrasian dan Izin Masuk Kembali (Re-entry Permit)"],
  ["425214", "425214 - Pendapatan Pelayanan Keimigrasian Lainnya"],
  ["425912", "425912 - Penerimaan kembali Belanja barang Tahun Anggaran yang lalu"],
];

function pnbp(year: number): TableSchema {
  return {
    name: `PNBP_${year}`, sheet: "pnbp", domain: [12], labelCol: "akun", open: { blankRows: 0, before: "TOTAL", keyPrefix: "A" },
    title: t(`PNBP per akun tahun ${year}`, `Non-tax revenue by account ${year}`),
    columns: [
      txt("akun", "Akun", "Account", 60, { cell: input() }),
      num("target", "Target", "Target", FMT.rupiah, { cell: input() }), num("realisasi", "Realisasi", "Actual", FMT.rupiah, { cell: input() }),
      num("persen", "%", "%", FMT.percent, { cell: formula(ratio(here("realisasi"), here("target"), 0), { quantity: "persen" }) }),
    ],
    rows: [
      row("TOTAL", { akun: "TOTAL" }, {
        target: formula(sum(rowsOf("data", "target")), { quantity: "target", label: t(`Total target PNBP ${year}`, `Total PNBP target ${year}`) }),
        realisasi: formula(sum(rowsOf("data", "realisasi")), { quantity: "realisasi", label: t(`Total realisasi PNBP ${year}`, `Total PNBP revenue ${year}`) }),
      }, "total"),
    ],
  };
}

// ---------------------------------------------------------------- 13 IKPA
export function ikpaTable(name: string, sheet: string, year: number, regime: IkpaRegime, title: ReturnType<typeof t>): TableSchema {
  const comps = regime.components;
  const columns: ColumnSpec[] = [txt("ket", "Keterangan", "Row", 12)];
  for (const c of comps) columns.push(num(c.key, c.name, c.name, FMT.points, { width: 11 }));
  columns.push(num("total", "Nilai Total", "Total", FMT.points), num("konversi", "Konversi Bobot", "Weight conversion", FMT.weightPct));
  if (regime.dispensasi === "deduction") columns.push(num("dispensasi", "Dispensasi SPM (Pengurang)", "SPM dispensation (deduction)", FMT.points));
  columns.push(num("akhir", "Nilai Akhir", "Final score", FMT.points));

  const nilai: Record<string, CellSpec> = {};
  const bobot: Record<string, CellSpec> = {};
  const akhir: Record<string, CellSpec> = {};
  const aspek: Record<string, CellSpec> = {};
  for (const c of comps) {
    nilai[c.key] = input({ format: FMT.points });
    bobot[c.key] = check(constant(c.weight), { value: c.weight, format: FMT.weight, quantity: "weight", label: t(`Bobot ${c.name} ${year} (${regime.regulation})`, `${c.name} weight ${year} (${regime.regulation})`) });
    akhir[c.key] = formula(product([ref("NILAI", c.key), ref("BOBOT", c.key)], 0.01, 2), { quantity: "score", label: t(`Nilai akhir ${c.name} ${year}`, `${c.name} weighted score ${year}`) });
  }
  const aspects = [...new Set(comps.map((c) => c.aspect))];
  for (const a of aspects) {
    const members = comps.filter((c) => c.aspect === a);
    aspek[members[0].key] = formula({ kind: "mean", of: members.map((m) => ref("NILAI", m.key)), round: 2, weights: members.map((m) => ref("BOBOT", m.key)) }, { quantity: "score", label: t(`Nilai aspek ${a} ${year}`, `Aspect score ${a} ${year}`) });
  }
  // Nothing typed in the Nilai row yet: total and final score stay blank (no "0,00 — Kurang").
  const typed = comps.map((c) => ref("NILAI", c.key));
  nilai.total = formula(sum(...comps.map((c) => ref("AKHIR", c.key))), { quantity: "score", label: t(`Nilai total IKPA ${year}`, `IKPA total ${year}`), blankUnless: typed });
  nilai.konversi = formula(sum(...comps.map((c) => ref("BOBOT", c.key))), { quantity: "weight", label: t(`Konversi bobot IKPA ${year}`, `IKPA weight conversion ${year}`) });
  if (regime.dispensasi === "deduction") nilai.dispensasi = input({ value: 0 });
  nilai.akhir = formula({ kind: "ikpaFinal", total: here("total"), konversi: here("konversi"), dispensasi: regime.dispensasi === "deduction" ? here("dispensasi") : undefined },
    { quantity: "score", label: t(`Nilai akhir IKPA ${year}`, `IKPA final score ${year}`), blankUnless: typed });
  return {
    name, sheet, domain: [13], labelCol: "ket", title, columns,
    rows: [
      row("NILAI", { ket: "Nilai" }, nilai), row("BOBOT", { ket: "Bobot" }, bobot),
      row("AKHIR", { ket: "Nilai Akhir" }, akhir), row("ASPEK", { ket: "Nilai Aspek" }, aspek, "subtotal"),
    ],
  };
}

// ---------------------------------------------------------------- 14–15 NKA
function nka(year: number): TableSchema {
  const w = (k: string, l: string, weight: number) => row(k, { komponen: l }, {
    nilai: input(), bobot: check(constant(weight), { value: weight, format: FMT.weight, quantity: "weight", label: t(`Bobot ${l}`, `${l} weight`) }),
    tertimbang: formula(product([here("nilai"), here("bobot")], 0.01), { quantity: "score" }),
  });
  return {
    name: `NKA_${year}`, sheet: "nka", domain: [14], labelCol: "komponen",
    title: t(`Nilai Kinerja Anggaran ${year}`, `Budget performance score ${year}`),
    columns: [txt("komponen", "Komponen", "Component", 40), num("nilai", "Nilai", "Score", FMT.points), num("bobot", "Bobot (%)", "Weight (%)", FMT.weight), num("tertimbang", "Nilai tertimbang", "Weighted", FMT.points)],
    rows: [
      w("CRO", "Capaian Realisasi Output (CRO)", 75), w("SBK", "Penggunaan Standar Biaya Keluaran (SBK)", 10), w("EFISIENSI", "Efisiensi SBK", 15),
      row("NKPER", { komponen: "NK Perencanaan Anggaran" }, { nilai: formula(sum(rowsOf(["CRO", "SBK", "EFISIENSI"], "tertimbang")), { quantity: "score", label: t("NK Perencanaan Anggaran", "Budget planning score"), blankUnless: [rowsOf(["CRO", "SBK", "EFISIENSI"], "nilai")] }) }, "subtotal"),
      row("NKPEL", { komponen: "NK Pelaksanaan Anggaran (IKPA)" }, { nilai: formula(same(ref("NILAI", "akhir", `IKPA_${year}_OMSPAN`)), { quantity: "score", label: t("NK Pelaksanaan Anggaran = IKPA", "Budget execution score = IKPA") }) }, "subtotal"),
      row("NKA", { komponen: "Nilai Kinerja Anggaran" }, { nilai: formula(mean([ref("NKPER", "nilai"), ref("NKPEL", "nilai")], 2), { quantity: "score", label: t("Nilai Kinerja Anggaran", "Budget performance score") }) }, "total"),
      row("KATEGORI", { komponen: "Kategori" }, { nilai: formula(category(ref("NKA", "nilai"), "nka"), { quantity: "category", format: FMT.general, label: t("Kategori NKA", "NKA category") }) }),
    ],
  };
}

function nkaRiwayat(year: number): TableSchema {
  const years = [year - 3, year - 2, year - 1, year];
  return {
    name: "NKA_Riwayat", sheet: "nka", domain: [15], labelCol: "tahun",
    title: t("Riwayat SMART / IKPA / Nilai Kinerja Anggaran", "SMART / IKPA / budget performance history"),
    columns: [txt("tahun", "Tahun", "Year", 8), num("smart", "SMART", "SMART", FMT.points, { cell: input() }), num("ikpa", "IKPA", "IKPA", FMT.points, { cell: input() }), num("nka", "Nilai Kinerja Anggaran", "Budget performance score", FMT.points, { cell: input() })],
    rows: years.map((y) => row(String(y), { tahun: String(y) }, {
      ikpa: ikpaRegime(y) ? formula(same(ref("NILAI", "akhir", `IKPA_${y}`)), { quantity: "score", label: t(`IKPA ${y} di riwayat`, `IKPA ${y} in the history`) }) : input(),
      ...(y === year ? { nka: formula(same(ref("NKA", "nilai", `NKA_${year}`)), { quantity: "score" }) } : {}),
    })),
  };
}

// ---------------------------------------------------------------- 16 Ringkasan
const RINGKASAN_EN: Record<string, string> = {
  "Rata-rata capaian kinerja": "Average performance achievement",
  "Target Tindakan Administratif Keimigrasian": "Target of immigration administrative actions",
  "Capaian Tindakan Administratif Keimigrasian": "Achievement of immigration administrative actions",
  "Capaian Rasio Layanan Keimigrasian": "Achievement of the immigration service ratio",
  "Capaian Rencana Aksi Reformasi Birokrasi": "Achievement of the bureaucratic reform action plan",
  "Realisasi Indeks Layanan Kesekretariatan": "Secretariat service index, actual",
  "Capaian Indeks Layanan Kesekretariatan": "Achievement of the secretariat service index",
  "Target Indeks Layanan Kesekretariatan": "Target of the secretariat service index",
  "Pagu anggaran": "Budget ceiling (pagu)",
  "Realisasi anggaran": "Budget spent (realisasi)",
  "Persentase penyerapan anggaran": "Budget absorption percentage",
  "Target PNBP": "Non-tax revenue (PNBP) target",
  "Realisasi PNBP": "Non-tax revenue (PNBP) collected",
  "Persentase realisasi PNBP": "Non-tax revenue (PNBP) percentage",
  "Jumlah layanan keimigrasian diselesaikan": "Immigration services completed",
  "Nilai IKPA": "IKPA score",
  "Nilai Kinerja Anggaran": "Budget performance score (NKA)",
  "Kategori Nilai Kinerja Anggaran": "Budget performance category",
  "Kategori IKPA": "IKPA category",
};

const ringkasanColumns = (): ColumnSpec[] => [txt("no", "No", "No", 5), txt("uraian", "Uraian", "Figure", 40), num("nilai", "Nilai", "Value", FMT.general), txt("sumber", "Sumber", "Source", 26)];

function ringkasan(year: number, structure?: Structure): TableSchema {
  // Headline figures as the narrative words them: name in words, value, a hyperlink to the source
  // cell. Row keys (CAPAIAN_RATA, …) are the defined names of the value cells, never sheet text.
  let n = 0;
  const enOfText = (uraian: string): string => {
    const y = / (\d{4})$/.exec(uraian);
    const base = y ? uraian.slice(0, -5) : uraian;
    return `${RINGKASAN_EN[base] ?? base}${y ? ` ${y[1]}` : ""}`;
  };
  const r = (key: string, uraian: string, table: string, srcRow: string, srcCol: string, format: string, quantity: CellSpec["quantity"], en?: string): RowSpec => {
    const no = String(++n);
    const enOf = (u: string): string => en ?? enOfText(u);
    return {
      ...row(key, { no, uraian }, {
        nilai: formula(same(ref(srcRow, srcCol, table)), {
          format,
          quantity,
          label: t(`Ringkasan: ${uraian}`, `Summary: ${enOf(uraian)}`),
          // No sourceLabel: the audit names the source cell itself ("sel Capaian Kinerja!F12"),
          // never the internal table id.
        }),
        sumber: { link: ref(srcRow, srcCol, table) },
      }),
      labelsEn: { no, uraian: enOf(uraian) },
    };
  };
  const kategori = (key: string, uraian: string, of: string, scheme: "ikpa" | "nka", source: [string, string, string]): RowSpec => {
    const no = String(++n);
    const enOf = enOfText;
    return {
      ...row(key, { no, uraian }, {
        nilai: formula(category(ref(of, "nilai"), scheme), { quantity: "category", format: FMT.general, label: t(uraian, enOf(uraian)) }),
        sumber: { link: ref(source[1], source[2], source[0]) },
      }),
      labelsEn: { no, uraian: enOf(uraian) },
    };
  };
  const budget = (): RowSpec[] => [
    r("PAGU", "Pagu anggaran", "LKD", "JUMLAH", "pagu", FMT.rupiah, "pagu"),
    r("REALISASI", "Realisasi anggaran", "LKD", "JUMLAH", "sd", FMT.rupiah, "realisasi"),
    r("PENYERAPAN", "Persentase penyerapan anggaran", "LKD", "JUMLAH", "pct", FMT.percent, "persen"),
    r("PENYERAPAN_LALU", `Persentase penyerapan anggaran ${year - 1}`, "Anggaran_JenisBelanja", "JUMLAH", `pct_${year - 1}`, FMT.percent, "persen"),
    r("PNBP_TARGET", "Target PNBP", `PNBP_${year}`, "TOTAL", "target", FMT.rupiah, "target"),
    r("PNBP_REALISASI", "Realisasi PNBP", `PNBP_${year}`, "TOTAL", "realisasi", FMT.rupiah, "realisasi"),
    r("PNBP_PERSEN", "Persentase realisasi PNBP", `PNBP_${year}`, "TOTAL", "persen", FMT.percent, "persen"),
  ];
  const scores = () => [
    r("IKPA", "Nilai IKPA", `IKPA_${year}_OMSPAN`, "NILAI", "akhir", FMT.points, "score"),
    kategori("IKPA_KATEGORI", "Kategori IKPA", "IKPA", "ikpa", [`IKPA_${year}_OMSPAN`, "NILAI", "akhir"]),
    r("NKA", "Nilai Kinerja Anggaran", `NKA_${year}`, "NKA", "nilai", FMT.points, "score"),
    r("NKA_KATEGORI", "Kategori Nilai Kinerja Anggaran", `NKA_${year}`, "KATEGORI", "nilai", FMT.general, "category"),
  ];
  // A satker's own structure: the overall and per-sasaran achievement, each indicator's, then
  // budget and scores; the Kerinci template adds its own indicators and the service count.
  const rows: RowSpec[] = structure
    ? [
        r("CAPAIAN_RATA", "Rata-rata capaian kinerja", "Capaian_Kinerja", "RATA", "capaian", FMT.percent, "capaian"),
        ...indicators(structure).map((ind) => r(`CAPAIAN_${ind.key}`, `Capaian ${ind.name}`, "Capaian_Kinerja", ind.key, "capaian", FMT.percent, "capaian", `Achievement: ${ind.name}`)),
        ...budget(),
        ...scores(),
      ]
    : [
        r("CAPAIAN_RATA", "Rata-rata capaian kinerja", "Capaian_Kinerja", "RATA", "capaian", FMT.percent, "capaian"),
        r("TARGET_TAK", "Target Tindakan Administratif Keimigrasian", "PK_Indikator", "TAK", "target", FMT.percent, "target"),
        r("CAPAIAN_TAK", "Capaian Tindakan Administratif Keimigrasian", "Capaian_Kinerja", "TAK", "capaian", FMT.percent, "capaian"),
        r("CAPAIAN_LYN", "Capaian Rasio Layanan Keimigrasian", "Capaian_Kinerja", "LYN", "capaian", FMT.percent, "capaian"),
        r("CAPAIAN_RB", "Capaian Rencana Aksi Reformasi Birokrasi", "Capaian_Kinerja", "RB", "capaian", FMT.percent, "capaian"),
        r("REALISASI_ILK", "Realisasi Indeks Layanan Kesekretariatan", "Capaian_Kinerja", "ILK", "realisasi", FMT.decimal2, "realisasi"),
        r("CAPAIAN_ILK", "Capaian Indeks Layanan Kesekretariatan", "Capaian_Kinerja", "ILK", "capaian", FMT.percent, "capaian"),
        r("TARGET_ILK", "Target Indeks Layanan Kesekretariatan", "PK_Indikator", "ILK", "target", FMT.decimal2, "target"),
        ...budget(),
        r("JUMLAH_LAYANAN", "Jumlah layanan keimigrasian diselesaikan", "DD_Layanan", "JUMLAH", "diselesaikan", FMT.integer, "count"),
        ...scores(),
      ];
  return {
    name: "Ringkasan", sheet: "ringkasan", domain: [16], labelCol: "uraian", rowNames: "nilai",
    title: t(`Ringkasan eksekutif ${year} — angka utama`, `Executive summary ${year} — headline figures`),
    columns: ringkasanColumns(),
    rows,
  };
}


// ---------------------------------------------------------------- a satker's own structure
// The same LKjIP tables over the sasaran and indicators of the satker's Perjanjian Kinerja
// (structure.ts): rows keyed I<s>_<i>, kegiatan rows with codes to fill in, no office's content.

const indFormat = (i: PlacedIndikator): string => (i.satuan === "%" ? FMT.percent : FMT.decimal2);

function gPkIndikator(st: Structure): TableSchema {
  const base = pkIndikator();
  return {
    ...base,
    rows: indicators(st).map((k) => ({
      ...row(k.key, { kode: k.code, no: k.first ? `SK ${k.sasaranNo}` : "", sasaran: k.first ? k.sasaran : "", indikator: k.name }, {
        target: input({ format: indFormat(k), ...(k.target !== null ? { value: k.target } : {}) }),
        satuan: input({ value: k.satuan }),
        polaritas: input({ value: k.polaritas }),
      }),
    })),
  };
}

const kegiatanRows = (st: Structure, cells?: (key: string) => RowSpec["cells"]): RowSpec[] =>
  Array.from({ length: st.kegiatan }, (_, i) => {
    const key = `KEG${i + 1}`;
    return row(key, { uraian: `Kegiatan ${i + 1}` }, { kode: input(), ...(cells?.(key) ?? {}) });
  });

function gPkAnggaran(st: Structure): TableSchema {
  const keys = Array.from({ length: st.kegiatan }, (_, i) => `KEG${i + 1}`);
  return {
    ...pkAnggaran(),
    rows: [
      ...kegiatanRows(st),
      row("TOTAL", { kode: "TOTAL", uraian: "TOTAL" }, { anggaran: formula(sum(rowsOf(keys, "anggaran")), { label: t("Total anggaran Perjanjian Kinerja", "Performance agreement budget total"), quantity: "pagu" }) }, "total"),
    ],
  };
}

function gCapaian(st: Structure): TableSchema {
  const base = capaianKinerja();
  const inds = indicators(st);
  const rows: RowSpec[] = [];
  st.sasaran.forEach((sas, si) => {
    const mine = inds.filter((i) => i.sasaranNo === si + 1);
    for (const k of mine) {
      const f = indFormat(k);
      rows.push(row(k.key, { kode: k.code, sasaran: k.first ? sas.name : "", indikator: k.name }, {
        target: link("PK_Indikator", k.key, "target", f),
        // Typed once, in the data dukung; the capaian table follows it.
        realisasi: formula(same(ref(k.key, "realisasi", "DD_Indikator")), { format: f, quantity: "realisasi", label: t(`Realisasi ${k.no} di tabel capaian`, `${k.no} realisasi in the achievement table`), sourceLabel: t("data dukung", "supporting data") }),
        // No realisasi typed yet: no capaian (a negatif indicator would otherwise show 200 %).
        capaian: formula(capaianOf(here("realisasi"), here("target"), here("polaritas")), { quantity: "capaian", label: t(`Capaian ${k.no}`, `${k.no} achievement`), blankUnless: [here("realisasi")] }),
        polaritas: formula(same(ref(k.key, "polaritas", "PK_Indikator"))),
      }));
    }
    const label = `Rata-rata capaian Sasaran Kegiatan ${si + 1}`;
    rows.push(row(`RATA${si + 1}`, { kode: `RATA${si + 1}`, indikator: label }, { capaian: formula(mean(mine.map((k) => ref(k.key, "capaian"))), { quantity: "capaian", label: t(label, `Mean achievement of goal ${si + 1}`) }) }, "subtotal"));
  });
  rows.push(row("RATA", { kode: "RATA", indikator: "Rata-rata capaian seluruh indikator" }, { capaian: formula(mean(inds.map((k) => ref(k.key, "capaian"))), { quantity: "capaian", label: t("Rata-rata capaian seluruh indikator", "Mean achievement of all indicators") }) }, "total"));
  rows.push(base.rows.find((r) => r.key === "ANGGARAN")!);
  return { ...base, rows };
}

function gDataDukung(st: Structure): TableSchema {
  return {
    name: "DD_Indikator", sheet: "datadukung", domain: [3], labelCol: "kode",
    title: t("Data dukung — realisasi per indikator", "Supporting data — realisation per indicator"),
    columns: [
      txt("kode", "No", "No", 6), txt("indikator", "Indikator Kinerja", "Indicator", 44),
      int("pembilang", "Jumlah terealisasi", "Achieved count"), int("penyebut", "Jumlah sasaran", "Planned count"),
      num("realisasi", "Realisasi", "Actual", FMT.percent), txt("sumber", "Sumber data", "Data source", 24, { cell: input() }),
    ],
    rows: indicators(st).map((k) => row(k.key, { kode: k.code, indikator: k.name }, k.satuan === "%"
      ? { pembilang: input(), penyebut: input(), realisasi: formula(ratio(here("pembilang"), here("penyebut")), { quantity: "realisasi", label: t(`Realisasi ${k.no} (terealisasi / sasaran)`, `${k.no} realisation (achieved / planned)`) }) }
      : { realisasi: input({ format: indFormat(k) }) })),
  };
}

function gBanding(year: number, st: Structure): TableSchema {
  const years = [year - 2, year - 1];
  return {
    name: "Banding_Capaian", sheet: "perbandingan", domain: [4], labelCol: "kode",
    title: t("Perbandingan realisasi antar tahun", "Year comparison of actuals"),
    columns: [
      txt("kode", "No", "No", 6), txt("indikator", "Indikator Kinerja", "Indicator", 44),
      ...years.map((y) => num(`r_${y}`, `Realisasi ${y}`, `Actual ${y}`, FMT.percent, { cell: input() })),
      num(`r_${year}`, `Realisasi ${year}`, `Actual ${year}`, FMT.percent),
    ],
    rows: indicators(st).map((k) => row(k.key, { kode: k.code, indikator: k.name }, {
      ...Object.fromEntries(years.map((y) => [`r_${y}`, input({ format: indFormat(k) })])),
      [`r_${year}`]: link("Capaian_Kinerja", k.key, "realisasi", indFormat(k)),
    })),
  };
}

function gStandar(st: Structure): TableSchema {
  const base = standarNasional();
  return { ...base, rows: indicators(st).map((k) => row(k.key, { kode: k.code, indikator: k.name })) };
}

function gAnggaranSasaran(st: Structure): TableSchema {
  const base = anggaranSasaran();
  const inds = indicators(st);
  const sum2 = (children: string[]) => ({ pagu: formula(sum(rowsOf(children, "pagu")), { quantity: "pagu" as const }), realisasi: formula(sum(rowsOf(children, "realisasi")), { quantity: "realisasi" as const }) });
  const rows: RowSpec[] = [];
  st.sasaran.forEach((sas, si) => {
    const mine = inds.filter((i) => i.sasaranNo === si + 1);
    rows.push(row(`S${si + 1}`, { kode: `SK ${si + 1}`, uraian: sas.name }, sum2(mine.map((k) => `S${si + 1}.${k.key}`)), "parent"));
    for (const k of mine) rows.push(row(`S${si + 1}.${k.key}`, { kode: k.code, uraian: k.name }));
  });
  rows.push(row("TOTAL", { kode: "TOTAL", uraian: "Total" }, sum2(st.sasaran.map((_, si) => `S${si + 1}`)), "total"));
  return { ...base, rows };
}

function gJenisKegiatan(st: Structure): TableSchema {
  const keys = Array.from({ length: st.kegiatan }, (_, i) => `KEG${i + 1}`);
  return {
    ...jenisKegiatan(),
    rows: [
      ...kegiatanRows(st, (key) => ({ pagu: lkdCheck(key, "pagu", t(`Pagu ${key}`, `Budget of ${key}`), "pagu") })),
      row("JUMLAH", { kode: "JUMLAH", uraian: "Jumlah" }, { pagu: formula(sum(rowsOf(keys, "pagu")), { quantity: "pagu", label: t("Total pagu per jenis kegiatan", "Total budget by activity") }) }, "total"),
    ],
  };
}

function gLkd(st: Structure): TableSchema {
  const base = lkd();
  const keys = Array.from({ length: st.kegiatan }, (_, i) => `KEG${i + 1}`);
  const money = ["pagu", "lock", "lalu", "ini"];
  return {
    ...base,
    rows: [
      row("JUMLAH", { kode: "JUMLAH", uraian: "JUMLAH SELURUHNYA" }, Object.fromEntries(money.map((c) => [c, formula(sum(rowsOf(keys, c)), { quantity: c === "pagu" ? "pagu" : "realisasi" })])), "total"),
      ...kegiatanRows(st),
    ],
  };
}

/** Sheets a structure's workbook has: the ILK survey belongs to one ministry's report only. */
export function sheetsFor(structure?: Structure): SheetSpec[] {
  return structure ? SHEETS.filter((s) => s.id !== "ilk") : SHEETS;
}

/** Every table for a report year, in install order (sources before the cells that link to them). */
export function buildSchemas(year: number, structure?: Structure): TableSchema[] {
  const own = (...built: TableSchema[]): TableSchema[] => built.map((x) => ({ ...x, fromStructure: true }));
  const tables: TableSchema[] = structure ? [
    ...own(ringkasan(year, structure), gPkIndikator(structure), gPkAnggaran(structure), gCapaian(structure), gDataDukung(structure), gBanding(year, structure)),
    banding("Banding_RB", t("Perbandingan antar tahun — Rencana Aksi RB", "Year comparison — reform actions"), [year - 1, year],
      ["jumlah", "Jumlah Rencana Aksi RB", "Actions"], ["terselesaikan", "Jumlah Rencana Aksi yang Terselesaikan", "Completed"],
      { a: link("RB_Rekap", "TOTAL", "jumlah"), b: link("RB_Rekap", "TOTAL", "terlaksana") }),
    ...own(gStandar(structure)),
    rbRencanaAksi(), rbRekap(),
    ...own(gAnggaranSasaran(structure)), jenisBelanja(year), ...own(gJenisKegiatan(structure)), sumberDana(),
    ...[year - 3, year - 2, year - 1, year].map((y) => ({ ...pnbp(y), open: { blankRows: 3, before: "TOTAL", keyPrefix: "A" } })),
  ] : [
    ringkasan(year),
    pkIndikator(), pkAnggaran(),
    capaianKinerja(),
    ddTak(), ddDpri(),
    monthly("DD_IzinTinggal", t("Data dukung — Perpanjangan izin tinggal per bulan", "Supporting data — stay permit extensions per month"),
      [["itk", "Perpanjangan Izin Tinggal Kunjungan", "Visit stay permit"], ["itas", "Perpanjangan Izin Tinggal Terbatas", "Limited stay permit"], ["itap", "Perpanjangan Izin Tinggal Tetap", "Permanent stay permit"]]),
    monthly("DD_AlihStatus", t("Data dukung — Alih status dan affidavit per bulan", "Supporting data — status changes and affidavits per month"),
      [["itk_itas", "Alih Status ITK ke ITAS", "Visit → limited"], ["itas_itap", "Alih Status ITAS ke ITAP", "Limited → permanent"], ["affidavit", "Affidavit", "Affidavit"]], "TOTAL"),
    ddLayanan(),
    banding("Banding_TAK", t("Perbandingan antar tahun — Tindakan Administratif Keimigrasian", "Year comparison — administrative actions"), [year - 4, year - 3, year - 2, year - 1, year],
      ["ditangani", "Pelanggaran Administratif yang ditangani", "Handled"], ["ditindaklanjuti", "Pelanggaran Administratif yang ditindaklanjuti", "Followed up"],
      { a: link("DD_TAK", "DITANGANI", "jumlah"), b: link("DD_TAK", "DISELESAIKAN", "jumlah") }),
    banding("Banding_Layanan", t("Perbandingan antar tahun — Layanan keimigrasian", "Year comparison — immigration services"), [year - 4, year - 3, year - 2, year - 1, year],
      ["diterima", "Layanan Keimigrasian yang diterima", "Received"], ["diselesaikan", "Layanan Keimigrasian yang diselesaikan", "Completed"],
      { a: link("DD_Layanan", "DPRI", "diterima"), b: link("DD_Layanan", "DPRI", "diselesaikan") }),
    banding("Banding_RB", t("Perbandingan antar tahun — Rencana Aksi RB", "Year comparison — reform actions"), [year - 1, year],
      ["jumlah", "Jumlah Rencana Aksi RB", "Actions"], ["terselesaikan", "Jumlah Rencana Aksi yang Terselesaikan", "Completed"],
      { a: link("RB_Rekap", "TOTAL", "jumlah"), b: link("RB_Rekap", "TOTAL", "terlaksana") }),
    bandingIlk(year),
    standarNasional(),
    rbRencanaAksi(), rbRekap(),
    ilkRekap(), ilkSurvei(),
    anggaranSasaran(), jenisBelanja(year), jenisKegiatan(), sumberDana(),
    ...[year - 3, year - 2, year - 1, year].map(pnbp),
  ];
  for (const y of [year - 3, year - 2, year - 1, year]) {
    const regime = ikpaRegime(y);
    if (regime) tables.push(ikpaTable(`IKPA_${y}`, "ikpa", y, regime, t(`IKPA Tahun Anggaran ${y} (${regime.regulation})`, `IKPA budget year ${y} (${regime.regulation})`)));
  }
  const regime = ikpaRegime(year);
  tables.push(nka(year));
  if (regime) tables.push(ikpaTable(`IKPA_${year}_NKA`, "nka", year, regime, t(`Nilai Kinerja Pelaksanaan Anggaran ${year} (IKPA)`, `Budget execution score ${year} (IKPA)`)));
  tables.push(nkaRiwayat(year), structure ? gLkd(structure) : lkd());
  if (regime) tables.push(ikpaTable(`IKPA_${year}_OMSPAN`, "omspan", year, regime, t(`Indikator Pelaksanaan Anggaran ${year} (OM-SPAN)`, `Budget execution indicators ${year} (OM-SPAN)`)));
  // Budget breakdown totals are checked against OM-SPAN's LKD, the authoritative source.
  const jb = tables.find((x) => x.name === "Anggaran_JenisBelanja")!;
  const jbTotal = jb.rows.find((r) => r.key === "JUMLAH")!;
  jbTotal.cells![`pagu_${year}`] = { ...jbTotal.cells![`pagu_${year}`], check: same(ref("JUMLAH", "pagu", "LKD")), sourceLabel: LKD_LABEL, authority: "operand" };
  jbTotal.cells![`real_${year}`] = { ...jbTotal.cells![`real_${year}`], check: same(ref("JUMLAH", "sd", "LKD")), sourceLabel: LKD_LABEL, authority: "operand" };
  const sas = tables.find((x) => x.name === "Anggaran_Sasaran")!.rows.find((r) => r.key === "TOTAL")!;
  sas.cells!.pagu = { ...sas.cells!.pagu, check: SASARAN_CHECKS.pagu.check, label: SASARAN_CHECKS.pagu.label, sourceLabel: LKD_LABEL, authority: "operand" };
  sas.cells!.realisasi = { ...sas.cells!.realisasi, check: SASARAN_CHECKS.realisasi.check, label: SASARAN_CHECKS.realisasi.label, sourceLabel: LKD_LABEL, authority: "operand" };
  for (const [name, key] of [["Anggaran_JenisKegiatan", "JUMLAH"], ["Anggaran_SumberDana", "JUMLAH"]] as const) {
    const rr = tables.find((x) => x.name === name)!.rows.find((r) => r.key === key)!;
    rr.cells!.pagu = { ...rr.cells!.pagu, check: same(ref("JUMLAH", "pagu", "LKD")), sourceLabel: LKD_LABEL, authority: "operand" };
  }
  // IKPA history vs this year's OM-SPAN copy, BAB III copies vs the OM-SPAN lampiran.
  if (regime) {
    // Users see where the copy stands in words, never the table's defined name.
    const where: Record<string, { id: string; en: string }> = {
      [`IKPA_${year}`]: { id: "tabel IKPA", en: "IKPA table" },
      [`IKPA_${year}_NKA`]: { id: "tabel NKA", en: "NKA table" },
    };
    for (const copy of [`IKPA_${year}`, `IKPA_${year}_NKA`]) {
      const tb = tables.find((x) => x.name === copy)!;
      const nilaiRow = tb.rows.find((r) => r.key === "NILAI")!;
      for (const c of regime.components) {
        nilaiRow.cells![c.key] = check(same(ref("NILAI", c.key, `IKPA_${year}_OMSPAN`)), { format: FMT.points, quantity: "score", authority: "operand",
          label: t(`Nilai ${c.name} ${year} (${where[copy].id})`, `${c.name} ${year} score (${where[copy].en})`), sourceLabel: t("lampiran OM-SPAN", "OM-SPAN attachment") });
      }
    }
  }
  return tables;
}

/** Table names per docs/domain.md §2 table number, for documentation and the coverage test. */
export function tablesByDomain(year: number): Map<number, string[]> {
  const m = new Map<number, string[]>();
  for (const s of buildSchemas(year)) for (const d of s.domain) m.set(d, [...(m.get(d) ?? []), s.name]);
  return m;
}
