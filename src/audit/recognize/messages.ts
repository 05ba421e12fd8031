// The words of `lkjip audit --explain` (what recognition saw), in the one bilingual shape of
// src/core/message.ts: the relation families it weighed, the kinds of column and row it read and
// the lines that frame them. Column headers, row labels and sheet names are the workbook's own
// and pass through as params; `{x_en}` takes the English form of a translated part.
import { fill, type Bilingual, type Params } from "../../core/message";
import type { RowKind } from "./hierarchy";
import type { ColumnKind, Role } from "./tables";

export const EXPLAIN_MESSAGES = {
  // relation families (Family.name)
  "family.sumOfTotals": { id: "{total} = Σ baris jumlah sebelumnya", en: "{total} = Σ of the total rows above it" },
  "family.sum": { id: "{total} = Σ {reading} ({columns})", en: "{total} = Σ of {reading_en} ({columns})" },
  "family.block": { id: "{total} = Σ bloknya", en: "{total} = Σ of its block" },
  "family.parent": { id: "baris induk = Σ anak langsungnya ({column})", en: "parent row = Σ of its direct children ({column})" },
  "family.ratio": { id: "{result} = {num} ÷ {den}", en: "{result} = {num} ÷ {den}" },
  "family.difference": { id: "{result} = {a} − {b}", en: "{result} = {a} − {b}" },
  "family.toDate": { id: "s.d. periode = periode lalu + periode ini", en: "to date = previous period + this period" },
  "family.capaian": { id: "capaian = realisasi ÷ target", en: "achievement (capaian) = realisasi ÷ target" },
  "family.capaianCapped": { id: "capaian = realisasi ÷ target, paling tinggi {cap}%", en: "achievement (capaian) = realisasi ÷ target, at most {cap}%" },
  "family.anggaranCapaian": { id: "baris Anggaran: capaian = realisasi ÷ pagu", en: "budget row: achievement (capaian) = realisasi ÷ pagu" },
  "family.category": { id: "kategori dari nilai", en: "category from the score" },
  "family.nka": { id: "NKA = rata-rata NK perencanaan dan pelaksanaan", en: "NKA = mean of the planning and execution scores" },
  "family.sasaranMean": { id: "rata-rata capaian per sasaran", en: "mean achievement per goal (sasaran)" },
  "family.mean": { id: "baris rata-rata = rata-rata {reading}", en: "average row = mean of {reading_en}" },
  "family.rowSum": { id: "{result} = Σ {columns} (setiap baris)", en: "{result} = Σ {columns} (every row)" },
  "family.rowMean": { id: "{result} = rata-rata {columns} (setiap baris)", en: "{result} = mean of {columns} (every row)" },
  "family.cumulative": {
    id: "kumulatif per periode: s.d. = s.d. sebelumnya + periode ini; sisa = sisa sebelumnya − periode ini",
    en: "cumulative by period: to date = previous to date + this period; remaining = previous remaining − this period",
  },
  "family.rowRatio": { id: "baris {row} = baris realisasi ÷ baris pagu", en: "row {row} = realisasi row ÷ pagu row" },
  "family.rowDifference": { id: "baris {row} = baris pagu − baris realisasi", en: "row {row} = pagu row − realisasi row" },
  "family.rowProduct": { id: "{result} = {a} × {b} (setiap baris)", en: "{result} = {a} × {b} (every row)" },
  "family.ikmSum": { id: "IKM: jumlah nilai per unsur = Σ nilai responden", en: "IKM: total score per unsur = Σ of the respondents' scores" },
  "family.ikmNrr": { id: "IKM: NRR per unsur = rata-rata nilai responden", en: "IKM: NRR per unsur = mean of the respondents' scores" },
  "family.ikmWeighted": { id: "IKM: NRR tertimbang = NRR × bobot unsur", en: "IKM: weighted NRR = NRR × the unsur weight" },
  "family.ikmKonversi": { id: "IKM: nilai konversi = NRR × 25", en: "IKM: converted score = NRR × 25" },
  "family.ikmTotal": { id: "IKM: jumlah NRR tertimbang = Σ NRR tertimbang", en: "IKM: total weighted NRR = Σ of the weighted NRR" },
  "family.ikmIndex": { id: "IKM = jumlah NRR tertimbang × 25", en: "IKM = total weighted NRR × 25" },
  "family.ikmMutu": { id: "IKM: mutu pelayanan (A–D) dari nilainya", en: "IKM: service quality grade (A–D) from its score" },
  "family.ikmKinerja": { id: "IKM: kinerja unit pelayanan dari nilainya", en: "IKM: service unit performance words from its score" },
  // which rows a total adds
  "reading.all": { id: "semua baris", en: "all rows" },
  "reading.top": { id: "baris tingkat teratas", en: "the top-level rows" },
  "reading.leaves": { id: "baris terbawah", en: "the lowest-level rows" },
  "reading.subtotals": { id: "baris subtotal", en: "the subtotal rows" },
  "reading.block": { id: "baris-baris tepat di atasnya", en: "the rows just above it" },
  "reading.withTotals": { id: "baris di luar blok jumlah sebelumnya dan jumlah-jumlah itu", en: "the rows outside earlier totals' blocks, and those totals" },
  // column roles and kinds
  "column.pagu": { id: "pagu", en: "budget ceiling (pagu)" },
  "column.realisasi": { id: "realisasi", en: "realised (realisasi)" },
  "column.persen": { id: "persentase", en: "percentage" },
  "column.sisa": { id: "sisa", en: "remaining (sisa)" },
  "column.target": { id: "target", en: "target" },
  "column.capaian": { id: "capaian", en: "achievement (capaian)" },
  "column.lalu": { id: "periode lalu", en: "previous period" },
  "column.ini": { id: "periode ini", en: "this period" },
  "column.sd": { id: "s.d. periode ini", en: "to date" },
  "column.den": { id: "pembagi", en: "denominator" },
  "column.num": { id: "yang dibagi", en: "numerator" },
  "column.nkPerencanaan": { id: "NK perencanaan", en: "planning score" },
  "column.nkPelaksanaan": { id: "NK pelaksanaan", en: "execution score" },
  "column.nka": { id: "NKA", en: "NKA" },
  "column.value": { id: "nilai", en: "value" },
  "column.code": { id: "kode", en: "code" },
  "column.label": { id: "uraian", en: "label" },
  "column.number": { id: "angka", en: "figure" },
  "column.percent": { id: "persen", en: "percent" },
  "column.empty": { id: "kosong", en: "empty" },
  // row kinds
  "row.total": { id: "total", en: "total" },
  "row.subtotal": { id: "subtotal", en: "subtotal" },
  "row.average": { id: "rata-rata", en: "average" },
  "row.item": { id: "rincian", en: "item" },
  "row.memo": { id: "keterangan (di antaranya)", en: "memo (of which)" },
  // the lines of the explanation
  "line.copy": { id: "Lembar '{copy}' sama persis dengan '{orig}': temuannya tidak diulang.", en: "Sheet '{copy}' is identical to '{orig}': its findings are not repeated." },
  "line.hidden": { id: " (lembar tersembunyi)", en: " (hidden sheet)" },
  "line.rows": { id: "  judul kolom {header}{skipped}; baris data {first}–{last}", en: "  header {header}{skipped}; data rows {first}–{last}" },
  "line.skipped": { id: "; baris nomor kolom dilewati: {rows}", en: "; column-number rows skipped: {rows}" },
  "line.columns": { id: "  kolom: {columns}", en: "  columns: {columns}" },
  "line.flat": { id: "  hierarki: datar; {totals}", en: "  hierarchy: flat; {totals}" },
  "line.hierarchy": { id: "  hierarki: dari {source}, {parents} baris induk; {totals}", en: "  hierarchy: from {source_en}, {parents} parent rows; {totals}" },
  "line.noTotals": { id: "tanpa baris total", en: "no total rows" },
  "source.code": { id: "kode", en: "codes" },
  "source.words": { id: "kata tingkat (Program/Kegiatan…)", en: "level words (Program/Kegiatan…)" },
  "source.indent": { id: "indentasi uraian", en: "indentation of the labels" },
  "source.outline": { id: "pengelompokan baris (outline) Excel", en: "Excel's row grouping (outline)" },
  "source.numbers": { id: "angka (baris = jumlah baris di bawahnya)", en: "numbers (row = sum of the rows under it)" },
  "source.numbering": { id: "penomoran (I, II … / a., b. …)", en: "numbering styles (I, II … / a., b. …)" },
  "line.accepted": { id: "  DITERIMA {name}: {holds}/{checked} cocok{certain}", en: "  ACCEPTED {name_en}: {holds}/{checked} hold{certain}" },
  "line.rejected": { id: "  ditolak  {name}: {holds}/{checked} cocok{certain}", en: "  rejected {name_en}: {holds}/{checked} hold{certain}" },
  "line.certain": { id: " (tata letak hanya punya satu bacaan)", en: " (the layout has one reading only)" },
} satisfies Record<string, Bilingual>;

export type ExplainKey = keyof typeof EXPLAIN_MESSAGES;

/** The entry `key` with its params filled in both languages (a family's name, a line's part). */
export function say(key: ExplainKey, params?: Params): Bilingual {
  const m = EXPLAIN_MESSAGES[key];
  return { id: fill(m.id, params), en: fill(m.en, params) };
}

/** Params for a translated part: `{name}` in Indonesian, `{name_en}` in English. */
export function part(name: string, text: Bilingual): Params {
  return { [name]: text.id, [`${name}_en`]: text.en };
}

/** The user's word for a column's role or kind, and for a row's kind. */
export function columnWord(kind: Role | ColumnKind): Bilingual {
  return EXPLAIN_MESSAGES[`column.${kind}`];
}
export function rowWord(kind: RowKind): Bilingual {
  return EXPLAIN_MESSAGES[`row.${kind}`];
}
