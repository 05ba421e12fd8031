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
