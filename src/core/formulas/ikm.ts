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
