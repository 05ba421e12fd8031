// Nilai Kinerja Anggaran (PMK 62/2023 as amended by PMK 107/2024): NKA = 50% NK Perencanaan
// + 50% NK Pelaksanaan (= IKPA). All values are points 0–100.

import { roundTo } from "../numbers";

/**
 * Weights of NK Perencanaan (satker level). The 75/10/15 split is the seed report's; the 10/15
 * split between Penggunaan SBK and Efisiensi SBK is unverified elsewhere, hence configurable.
 */
export interface NkPerencanaanBobot {
  capaianRo: number;
  penggunaanSbk: number;
  efisiensiSbk: number;
}

export const NK_PERENCANAAN_BOBOT: NkPerencanaanBobot = { capaianRo: 0.75, penggunaanSbk: 0.1, efisiensiSbk: 0.15 };

/** NK Perencanaan = 0,75·Capaian RO + 0,10·Penggunaan SBK + 0,15·Efisiensi SBK, rounded to 2 decimals. Seed: 83. */
export function nkPerencanaan(capaianRo: number, penggunaanSbk: number, efisiensiSbk: number, bobot: NkPerencanaanBobot = NK_PERENCANAAN_BOBOT): number {
  return roundTo(capaianRo * bobot.capaianRo + penggunaanSbk * bobot.penggunaanSbk + efisiensiSbk * bobot.efisiensiSbk, 2);
}

/** NKA = (NK Perencanaan + NK Pelaksanaan) / 2, rounded to 2 decimals. Seed: (83 + 96,12) / 2 = 89,56. */
export function nka(nkPerencanaanValue: number, nkPelaksanaan: number): number {
  return roundTo((nkPerencanaanValue + nkPelaksanaan) / 2, 2);
}

/** Budget years whose NKA the 2024 formula computes (PMK 62/2023 as amended by PMK 107/2024). */
export const NKA_YEARS = { from: 2024, to: 2026 };

/**
 * Why a year's NKA cannot be computed here, or null when the 2024 formula applies. Before 2024
 * the score came from SMART DJA under PMK 22/PMK.02/2021 (2021–2023) and PMK 214/PMK.02/2017
 * (earlier), with a different formula whose weights we could not confirm from the regulation's
 * text: the figure must be copied from SMART, never recomputed with the 2024 formula.
 */
export function nkaYearProblem(year: number): string | null {
  if (year >= NKA_YEARS.from && year <= NKA_YEARS.to) return null;
  if (year < NKA_YEARS.from) {
    const pmk = year >= 2021 ? "PMK 22/PMK.02/2021" : "PMK 214/PMK.02/2017";
    return `NKA tahun ${year} dihitung aplikasi SMART DJA menurut ${pmk} dengan rumus lain (bukan rumus PMK 62/2023 sejak 2024); salin nilainya dari SMART`;
  }
  return `tidak ada aturan NKA untuk tahun ${year} (dikenal ${NKA_YEARS.from}–${NKA_YEARS.to})`;
}
