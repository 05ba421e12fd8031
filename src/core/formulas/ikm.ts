// Survey indices on the 1–4 scale: IKM (PermenPANRB 14/2017) and ILK (Indeks Layanan
// Kesekretariatan). ILK's aggregation is unverified: a respondent-weighted mean is used.

import { FormulaError } from "../result";

/**
 * Mean of index values (each 1–4); respondent-weighted when `responden` is given
 * (Σ nilai·responden / Σ responden). Not rounded: the sheet shows it to its own precision.
 */
export function ikm(nilai: number[], responden?: number[]): number | FormulaError {
  if (responden && responden.length !== nilai.length) {
    return new FormulaError("#VALUE!", `jumlah responden (${responden.length}) tidak sama dengan jumlah nilai (${nilai.length})`);
  }
  if (nilai.length === 0) return new FormulaError("#N/A", "tidak ada nilai indeks");
  let sum = 0;
  let weight = 0;
  for (let i = 0; i < nilai.length; i++) {
    const n = nilai[i];
    if (!Number.isFinite(n) || n < 1 || n > 4) return new FormulaError("#VALUE!", `nilai indeks harus antara 1 dan 4, bukan ${n}`);
    const w = responden ? responden[i] : 1;
    if (!Number.isFinite(w) || w < 0) return new FormulaError("#VALUE!", `jumlah responden harus angka ≥ 0, bukan ${w}`);
    sum += n * w;
    weight += w;
  }
  if (weight === 0) return new FormulaError("#DIV/0!", "jumlah responden 0");
  return sum / weight;
}

/**
 * IKM with a weight per unsur (PermenPANRB 14/2017): Σ NRR_i × bobot_i, where NRR_i is the
 * unsur's mean answer (1–4). The regulation's weight is 1 / number of unsur; many published SKM
 * reports write it 0,111 (or 0,11) for 9 unsur, which gives a slightly lower index than the exact
 * mean. `bobot` is one weight for every unsur or one per unsur. Σ bobot must be within 0,9–1,1
 * (a weight meant for another number of unsur is #VALUE!, not a silent index).
 */
export function ikmBerbobot(nilai: number[], bobot: number | number[]): number | FormulaError {
  if (nilai.length === 0) return new FormulaError("#N/A", "tidak ada nilai indeks");
  const weights = Array.isArray(bobot) ? bobot : nilai.map(() => bobot);
  if (weights.length !== nilai.length) {
    return new FormulaError("#VALUE!", `jumlah bobot (${weights.length}) tidak sama dengan jumlah unsur (${nilai.length})`);
  }
  let sum = 0;
  let total = 0;
  for (let i = 0; i < nilai.length; i++) {
    const n = nilai[i];
    const w = weights[i];
    if (!Number.isFinite(n) || n < 1 || n > 4) return new FormulaError("#VALUE!", `nilai indeks harus antara 1 dan 4, bukan ${n}`);
    if (!Number.isFinite(w) || w <= 0 || w >= 1) return new FormulaError("#VALUE!", `bobot unsur harus pecahan antara 0 dan 1 (mis. 0,111), bukan ${w}`);
    sum += n * w;
    total += w;
  }
  if (total < 0.9 || total > 1.1) {
    return new FormulaError("#VALUE!", `jumlah bobot ${Number(total.toPrecision(12))} untuk ${nilai.length} unsur, bukan ≈ 1 (bobot = 1 / jumlah unsur, mis. 0,111 untuk 9 unsur)`);
  }
  return sum;
}
