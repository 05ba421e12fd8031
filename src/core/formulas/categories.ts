// Category bands of the scores (docs/domain.md §4–§7). Boundaries are inclusive exactly as the
// regulations write them: IKPA 95 is "Sangat Baik"; NKA 90 is "Baik" and 90,01 "Sangat Baik".

import { roundTo } from "../numbers";

export type CategoryScheme = "ikpa" | "nka" | "ikm" | "ikmMutu" | "sakip";

/** IKPA (PER-5/PB/2022, PER-5/PB/2024): ≥ 95 Sangat Baik; 89 to < 95 Baik; 70 to < 89 Cukup; < 70 Kurang. */
export function ikpaKategori(nilai: number): string {
  if (nilai >= 95) return "Sangat Baik";
  if (nilai >= 89) return "Baik";
  if (nilai >= 70) return "Cukup";
  return "Kurang";
}

/** NKA (PMK 62/2023): > 90 Sangat Baik; > 80–90 Baik; > 60–80 Cukup; > 50–60 Kurang; ≤ 50 Sangat Kurang. */
export function nkaKategori(nilai: number): string {
  if (nilai > 90) return "Sangat Baik";
  if (nilai > 80) return "Baik";
  if (nilai > 60) return "Cukup";
  if (nilai > 50) return "Kurang";
  return "Sangat Kurang";
}

/** IKM conversion (PermenPANRB 14/2017): index 1–4 × 25, rounded to 2 decimals as the bands are written. */
export function ikmKonversi(indeks: number): number {
  return roundTo(indeks * 25, 2);
}

/**
 * IKM mutu on the converted value: 88,31–100 A; 76,61–88,30 B; 65,00–76,60 C; 25,00–64,99 D.
 * (Index bands 3,5324 / 3,0644 / 2,60 are the same boundaries ÷ 25.)
 */
export function ikmMutu(indeks: number): "A" | "B" | "C" | "D" {
  return ikmMutuKonversi(ikmKonversi(indeks));
}

/** IKM mutu from the converted value 25–100 (rounded to 2 decimals as the bands are written). */
export function ikmMutuKonversi(konversi: number): "A" | "B" | "C" | "D" {
  const k = roundTo(konversi, 2);
  if (k >= 88.31) return "A";
  if (k >= 76.61) return "B";
  if (k >= 65) return "C";
  return "D";
}

const IKM_KINERJA = { A: "Sangat Baik", B: "Baik", C: "Kurang Baik", D: "Tidak Baik" } as const;

/** IKM kinerja unit pelayanan: A Sangat Baik, B Baik, C Kurang Baik, D Tidak Baik. */
export function ikmKinerja(indeks: number): string {
  return IKM_KINERJA[ikmMutu(indeks)];
}

/** IKM kinerja from the converted value 25–100. */
export function ikmKinerjaKonversi(konversi: number): string {
  return IKM_KINERJA[ikmMutuKonversi(konversi)];
}

const SAKIP: [number, string, string][] = [
  [90, "AA", "Sangat Memuaskan"],
  [80, "A", "Memuaskan"],
  [70, "BB", "Sangat Baik"],
  [60, "B", "Baik"],
  [50, "CC", "Cukup"],
  [30, "C", "Kurang"],
];

/** SAKIP predicate (PermenPANRB 88/2021): AA > 90; A > 80; BB > 70; B > 60; CC > 50; C > 30; D ≤ 30. */
export function predikatSakip(nilai: number): string {
  return (SAKIP.find(([floor]) => nilai > floor) ?? [0, "D"])[1];
}

/** The predicate's meaning: "AA" → "Sangat Memuaskan" … "D" → "Sangat Kurang". */
export function predikatSakipArti(predikat: string): string {
  return SAKIP.find(([, p]) => p === predikat)?.[2] ?? "Sangat Kurang";
}

/**
 * The category of a value under a scheme: "ikpa" and "nka" take points 0–100, "ikm" the index
 * 1–4 (returns the kinerja text), "sakip" points 0–100 (returns the predicate, "AA" … "D").
 * Throws RangeError for NaN/Infinity; callers validate ranges first.
 */
export function categoryFor(scheme: CategoryScheme, value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`nilai bukan angka: ${value}`);
  switch (scheme) {
    case "ikpa":
      return ikpaKategori(value);
    case "nka":
      return nkaKategori(value);
    case "ikm":
      return ikmKinerja(value);
    case "ikmMutu":
      return ikmMutu(value);
    case "sakip":
      return predikatSakip(value);
  }
}
