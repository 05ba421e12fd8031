// A relation says how one cell's figure follows from others. Template schemas produce them
// (where recognition is certain), the free-layout recogniser produces them for users' own
// workbooks, and the audit rules check them. The installer writes the formula kinds as Excel
// formulas from the same schema declarations.

export interface CellRef {
  sheet: string;
  /** Single-cell A1 address, e.g. "C8". */
  address: string;
}

export type RelationKind =
  /** target = Σ operands */
  | "sum"
  /** target = operands[0] / operands[1] × scale (with params.split: Σ operands[0..split) ÷ Σ the rest) */
  | "ratio"
  /** target = operands[0] − operands[1] (with params.split: Σ operands[0..split) − Σ the rest) */
  | "difference"
  /** target = operands[0] (the same quantity shown twice, often on another sheet) */
  | "same"
  /** target = CAPAIAN(realisasi = operands[0], target = operands[1], polarity) × scale */
  | "capaian"
  /** target = mean of the numeric operands (blank, "Nihil", "-" left out) */
  | "mean"
  /** target = Π operands × factor (e.g. IKPA nilai akhir = nilai × bobot / 100) */
  | "product"
  /** target = params.expected (e.g. a regulation weight) */
  | "constant"
  /** target text = category(operands[0]) under params.scheme */
  | "category"
  /** target = number of non-empty operands (e.g. count of rencana aksi rows) */
  | "count";

export type Polarity = "positif" | "negatif";
/** "ikm" names the kinerja words (Sangat Baik … Tidak Baik), "ikmMutu" the letter A–D. */
export type CategoryScheme = "ikpa" | "nka" | "ikm" | "ikmMutu" | "sakip";

/** What kind of figure the target is; used for messages, severity and the summary. */
export type Quantity =
  | "pagu"
  | "realisasi"
  | "sisa"
  | "persen"
  | "capaian"
  | "target"
  | "count"
  | "index"
  | "score"
  | "weight"
  | "category"
  | "other";

export interface Relation {
  /** Stable id, e.g. "Anggaran_JenisBelanja.JUMLAH.pagu" or "recognized:Sheet1!C8". */
  id: string;
  kind: RelationKind;
  target: CellRef;
  operands: CellRef[];
  params?: {
    /** ratio/capaian: 1 when the cell holds a fraction shown as %, 100 when it holds percent points. */
    scale?: number;
    polarity?: Polarity;
    metodeNegatif?: "selisih" | "rasio";
    /** capaian: the highest value the table allows (a fraction: 1,2 for a policy capping capaian at 120%). */
    cap?: number;
    factor?: number;
    expected?: number | string;
    scheme?: CategoryScheme;
    /**
     * ratio/difference over column groups: the first `split` operands are added into the
     * numerator (minuend), the rest into the denominator (subtrahend). Absent: 1.
     */
    split?: number;
    /**
     * sum: a difference up to this much (in the target's unit) is what rounded parts explain
     * (amounts typed rounded, "dalam juta rupiah"): reported as rounding (info), not as an error.
     */
    tolerance?: number;
  };
  /** Human names for messages: what the target is, in Indonesian and English. */
  label: { id: string; en: string };
  /** Optional names of the operands side ("pagu LKD"), for cross-sheet messages. */
  sourceLabel?: { id: string; en: string };
  quantity?: Quantity;
  origin: "template" | "recognized";
  /** For "same": which side is the authoritative figure (e.g. OM-SPAN's LKD). Default: operand. */
  authority?: "target" | "operand";
}
