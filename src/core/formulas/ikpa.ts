// IKPA (Indikator Kinerja Pelaksanaan Anggaran, Ditjen Perbendaharaan): the weights per budget
// year and the arithmetic OM-SPAN uses, so recomputed scores equal the published ones.

import { FormulaError } from "../result";
import { roundTo } from "../numbers";

export interface IkpaComponent {
  /** Stable key, e.g. "revisi_dipa". */
  key: string;
  /** The indicator name as OM-SPAN prints it. */
  name: string;
  /** Weight in percent (Bobot). 0 for Dispensasi SPM from 2024, where it is a deduction instead. */
  weight: number;
  /** The aspect (Nilai Aspek group) the indicator belongs to. */
  aspect: string;
  /**
   * Highest value the regulation lets the indicator reach; 100 when omitted. Revisi DIPA under
   * PER-5/PB/2024 is scored per semester with up to 110 (see revisiDipaNilai).
   */
  max?: number;
}

export interface IkpaRegime {
  fromYear: number;
  toYear: number;
  regulation: string;
  /** Where the weights are published when the regulation's own text was not at hand. */
  weightSource?: string;
  /** In the column order OM-SPAN (and the seed report) prints them. */
  components: IkpaComponent[];
  /** "weighted": Dispensasi SPM is a weighted component; "deduction": subtracted from the final score. */
  dispensasi: "weighted" | "deduction";
}

const K2021 = {
  kesesuaian: "Kesesuaian Perencanaan dengan Pelaksanaan",
  kepatuhan: "Kepatuhan Terhadap Regulasi",
  efektivitas: "Efektivitas Pelaksanaan Kegiatan",
  efisiensi: "Efisiensi Pelaksanaan Kegiatan",
};
const K2022 = {
  perencanaan: "Kualitas Perencanaan Anggaran",
  pelaksanaan: "Kualitas Pelaksanaan Anggaran",
  hasil: "Kualitas Hasil Pelaksanaan Anggaran",
};

/** The 13 indicators of PER-4/PB/2020 and PER-4/PB/2021, in OM-SPAN's order; only the weights differ. */
const INDICATORS_2021: readonly (readonly [key: string, name: string, aspect: string])[] = [
  ["revisi_dipa", "Revisi DIPA", K2021.kesesuaian],
  ["deviasi_hal3", "Deviasi Halaman III DIPA", K2021.kesesuaian],
  ["pagu_minus", "Pagu Minus", K2021.kesesuaian],
  ["data_kontrak", "Data Kontrak", K2021.kepatuhan],
  ["up_tup", "Pengelolaan UP dan TUP", K2021.kepatuhan],
  ["lpj_bendahara", "LPJ Bendahara", K2021.kepatuhan],
  ["dispensasi_spm", "Dispensasi SPM", K2021.kepatuhan],
  ["penyerapan", "Penyerapan Anggaran", K2021.efektivitas],
  ["tagihan", "Penyelesaian Tagihan", K2021.efektivitas],
  ["capaian_output", "Capaian Output", K2021.efektivitas],
  ["retur_sp2d", "Retur SP2D", K2021.efektivitas],
  ["renkas", "Renkas", K2021.efisiensi],
  ["kesalahan_spm", "Kesalahan SPM", K2021.efisiensi],
];

/** INDICATORS_2021 with one weight each, in the same order. */
function weighted2021(weights: readonly number[]): IkpaComponent[] {
  return INDICATORS_2021.map(([key, name, aspect], i) => ({ key, name, weight: weights[i], aspect }));
}

export const IKPA_REGIMES: readonly IkpaRegime[] = [
  {
    // The 2020 weights as DJPb letter S-168/WPB.08/KP.03/2021 (KPPN Kotabumi, 31 March 2021)
    // tabulates them beside 2021's. The 13 indicators are 2021's; their OM-SPAN order and
    // aspect grouping for 2020 are not in that letter: 2021's are used (unverified).
    fromYear: 2020,
    toYear: 2020,
    regulation: "PER-4/PB/2020",
    weightSource: "S-168/WPB.08/KP.03/2021",
    dispensasi: "weighted",
    components: weighted2021([5, 5, 5, 15, 8, 5, 5, 15, 12, 10, 5, 5, 5]),
  },
  {
    fromYear: 2021,
    toYear: 2021,
    regulation: "PER-4/PB/2021",
    dispensasi: "weighted",
    components: weighted2021([5, 5, 5, 10, 8, 5, 5, 15, 10, 17, 5, 5, 5]),
  },
  {
    fromYear: 2022,
    toYear: 2023,
    regulation: "PER-5/PB/2022",
    dispensasi: "weighted",
    components: [
      { key: "revisi_dipa", name: "Revisi DIPA", weight: 10, aspect: K2022.perencanaan },
      { key: "deviasi_hal3", name: "Deviasi Halaman III DIPA", weight: 10, aspect: K2022.perencanaan },
      { key: "penyerapan", name: "Penyerapan Anggaran", weight: 20, aspect: K2022.pelaksanaan },
      { key: "kontraktual", name: "Belanja Kontraktual", weight: 10, aspect: K2022.pelaksanaan },
      { key: "tagihan", name: "Penyelesaian Tagihan", weight: 10, aspect: K2022.pelaksanaan },
      { key: "up_tup", name: "Pengelolaan UP dan TUP", weight: 10, aspect: K2022.pelaksanaan },
      { key: "dispensasi_spm", name: "Dispensasi SPM", weight: 5, aspect: K2022.pelaksanaan },
      { key: "capaian_output", name: "Capaian Output", weight: 25, aspect: K2022.hasil },
    ],
  },
  {
    fromYear: 2024,
    toYear: 2026,
    regulation: "PER-5/PB/2024",
    dispensasi: "deduction",
    components: [
      { key: "revisi_dipa", name: "Revisi DIPA", weight: 10, aspect: K2022.perencanaan, max: 110 },
      { key: "deviasi_hal3", name: "Deviasi Halaman III DIPA", weight: 15, aspect: K2022.perencanaan },
      { key: "penyerapan", name: "Penyerapan Anggaran", weight: 20, aspect: K2022.pelaksanaan },
      { key: "kontraktual", name: "Belanja Kontraktual", weight: 10, aspect: K2022.pelaksanaan },
      { key: "tagihan", name: "Penyelesaian Tagihan", weight: 10, aspect: K2022.pelaksanaan },
      { key: "up_tup", name: "Pengelolaan UP dan TUP", weight: 10, aspect: K2022.pelaksanaan },
      { key: "capaian_output", name: "Capaian Output", weight: 25, aspect: K2022.hasil },
    ],
  },
];

/** First and last budget year with known IKPA rules (for messages: "dikenal 2020–2026"). */
export const IKPA_YEARS = { from: Math.min(...IKPA_REGIMES.map((r) => r.fromYear)), to: Math.max(...IKPA_REGIMES.map((r) => r.toYear)) };

/** The IKPA rules of a budget year, or null when no rules are known (before 2020, after 2026). */
export function ikpaRegime(year: number): IkpaRegime | null {
  return IKPA_REGIMES.find((r) => year >= r.fromYear && year <= r.toYear) ?? null;
}

/** Nilai Akhir of one indicator: nilai × bobot / 100, rounded to 2 decimals as OM-SPAN shows it. */
export function nilaiAkhir(nilai: number, bobot: number): number {
  return roundTo((nilai * bobot) / 100, 2);
}

export interface IkpaBreakdown {
  /** Nilai Akhir per indicator; null where not assessed. */
  nilaiAkhir: (number | null)[];
  /** Nilai Total = Σ rounded Nilai Akhir. */
  total: number;
  /** Konversi Bobot in percent = Σ weights of the assessed indicators (95 for the seed's 2021). */
  konversiBobot: number;
  /** The Dispensasi SPM deduction applied (2024+). */
  dispensasi: number;
  /** IKPA = total / (konversi / 100) − dispensasi, rounded to 2 decimals like OM-SPAN. */
  score: number;
}

/**
 * IKPA with all intermediate figures. An indicator with nilai null, or with weight 0 (the seed's
 * 2021 Renkas), is not assessed and its weight leaves Konversi Bobot. Weights are in percent.
 * `maxima` gives each indicator's highest value (default 100; Revisi DIPA 110 from 2024).
 */
export function ikpaBreakdown(nilai: (number | null)[], bobot: number[], dispensasi = 0, maxima?: number[]): IkpaBreakdown | FormulaError {
  if (nilai.length !== bobot.length) {
    return new FormulaError("#VALUE!", `jumlah bobot (${bobot.length}) tidak sama dengan jumlah nilai (${nilai.length})`);
  }
  if (!Number.isFinite(dispensasi) || dispensasi < 0) return new FormulaError("#VALUE!", "dispensasi harus angka ≥ 0");
  const akhir: (number | null)[] = [];
  let total = 0;
  let konversi = 0;
  for (let i = 0; i < nilai.length; i++) {
    const n = nilai[i];
    const w = bobot[i];
    if (!Number.isFinite(w) || w < 0) return new FormulaError("#VALUE!", `bobot ke-${i + 1} harus angka ≥ 0`);
    if (n === null || w === 0) {
      akhir.push(null);
      continue;
    }
    const max = maxima?.[i] ?? 100;
    if (!Number.isFinite(n) || n < 0 || n > max) return new FormulaError("#VALUE!", `nilai ke-${i + 1} harus antara 0 dan ${max}, bukan ${n}`);
    const a = nilaiAkhir(n, w);
    akhir.push(a);
    total = roundTo(total + a, 2);
    konversi = roundTo(konversi + w, 10);
  }
  if (konversi === 0) return new FormulaError("#DIV/0!", "tidak ada indikator yang dinilai (konversi bobot 0)");
  const score = roundTo(roundTo((total * 100) / konversi, 2) - dispensasi, 2);
  return { nilaiAkhir: akhir, total, konversiBobot: konversi, dispensasi, score };
}

/** IKPA = Σ round2(nilai × bobot / 100) / konversi bobot − dispensasi, rounded to 2 decimals. */
export function ikpaScore(nilai: (number | null)[], bobot: number[], dispensasi = 0, maxima?: number[]): number | FormulaError {
  const b = ikpaBreakdown(nilai, bobot, dispensasi, maxima);
  return b instanceof FormulaError ? b : b.score;
}

/**
 * Nilai Aspek: the simple (unweighted) mean of the assessed indicators of each aspect, rounded to
 * 2 decimals, in the order the aspects first appear. Seed 2024: 86,84 / 98,12 / 100.
 */
export function nilaiAspek(regime: IkpaRegime, nilai: (number | null)[], bobot?: number[]): { aspect: string; value: number | null }[] {
  const sums = new Map<string, { sum: number; count: number }>();
  regime.components.forEach((c, i) => {
    if (!sums.has(c.aspect)) sums.set(c.aspect, { sum: 0, count: 0 });
    const n = nilai[i];
    const w = bobot ? bobot[i] : c.weight;
    // From 2024 Dispensasi SPM is a deduction (weight 0) and is not part of any aspect.
    if (n === null || n === undefined || w === 0 || (regime.dispensasi === "deduction" && c.key === "dispensasi_spm")) return;
    const s = sums.get(c.aspect)!;
    s.sum += n;
    s.count += 1;
  });
  return [...sums].map(([aspect, s]) => ({ aspect, value: s.count ? roundTo(s.sum / s.count, 2) : null }));
}

/**
 * Dispensasi SPM deduction from 2024: ratio = SPM with dispensasi / SPM in TW IV × 1000 (per mil);
 * 0 → 0; (0; 0,1) → 0,25; [0,1; 1) → 0,50; [1; 5) → 0,75; ≥ 5 → 1,00 (the published bands
 * 0,01–0,099 / 0,1–0,99 / 1–4,99 leave gaps; half-open bands close them).
 * Secondary source (not the regulation's own text): unverified bands.
 */
export function dispensasiDeduction(spmDispensasi: number, spmTw4: number): number | FormulaError {
  if (!Number.isFinite(spmDispensasi) || spmDispensasi < 0) return new FormulaError("#VALUE!", "jumlah SPM dispensasi harus angka ≥ 0");
  if (!Number.isFinite(spmTw4) || spmTw4 < 0) return new FormulaError("#VALUE!", "jumlah SPM triwulan IV harus angka ≥ 0");
  if (spmTw4 === 0) return new FormulaError("#DIV/0!", "jumlah SPM triwulan IV 0: rasio dispensasi tidak dapat dihitung");
  const perMil = roundTo((spmDispensasi / spmTw4) * 1000, 10);
  if (perMil === 0) return 0;
  if (perMil < 0.1) return 0.25;
  if (perMil < 1) return 0.5;
  if (perMil < 5) return 0.75;
  return 1;
}

/**
 * Revisi DIPA under PER-5/PB/2024 (budget years 2024 onward), scored per semester from the number
 * of revisions the indicator counts in that semester: 0 or 1 → 110; 2 → 100; 3 or more → 50. The
 * year's value is the mean of the two semesters. Seed 2024: 1 and 3 revisions → (110 + 50) / 2 = 80.
 */
export function revisiDipaSemester(revisi: number): number | FormulaError {
  if (!Number.isInteger(revisi) || revisi < 0) return new FormulaError("#VALUE!", `jumlah revisi harus bilangan bulat ≥ 0, bukan ${revisi}`);
  if (revisi <= 1) return 110;
  if (revisi === 2) return 100;
  return 50;
}

/** The year's Revisi DIPA value (PER-5/PB/2024): mean of the two semester values, 50–110. */
export function revisiDipaNilai(revisiS1: number, revisiS2: number): number | FormulaError {
  const a = revisiDipaSemester(revisiS1);
  if (a instanceof FormulaError) return a;
  const b = revisiDipaSemester(revisiS2);
  if (b instanceof FormulaError) return b;
  return (a + b) / 2;
}
