// The structure of a satker's own LKjIP: its sasaran kegiatan, their indicators, and how many
// kegiatan its budget has. The blank workbook is built from it (neutral names "Sasaran
// Kegiatan 1", "Indikator 1.1" by default, or the rows of the user's Perjanjian Kinerja), so
// nothing of one office's report lands in another's. The kerinci sample keeps its own layout.

import type { Polarity } from "../core/relations";
import { TemplateError } from "./errors";

export interface IndikatorSpec {
  name: string;
  /** "%" (target and realisasi as fractions), "Indeks", or a count unit. */
  satuan: string;
  polaritas: Polarity;
  /** Target as typed in the PK: a fraction for "%", the figure otherwise; null when not known. */
  target: number | null;
}

export interface SasaranSpec {
  name: string;
  indikator: IndikatorSpec[];
}

export interface Structure {
  sasaran: SasaranSpec[];
  /** Rows for kegiatan (codes to fill in) in the budget tables. */
  kegiatan: number;
}

export const STRUCTURE_LIMITS = { sasaran: 20, indikator: 20, kegiatan: 30 } as const;

/** Neutral structure: `sasaran` goals with `indikator` indicators each, `kegiatan` budget activities. */
export function neutralStructure(sasaran = 3, indikator = 2, kegiatan = 2): Structure {
  for (const [k, v] of Object.entries({ sasaran, indikator, kegiatan }) as [keyof typeof STRUCTURE_LIMITS, number][]) {
    if (!Number.isInteger(v) || v < 1 || v > STRUCTURE_LIMITS[k]) throw new TemplateError("structureBounds", { what: k, what_en: k === "sasaran" ? "goals (sasaran)" : k === "indikator" ? "indicators (indikator)" : "activities (kegiatan)", max: STRUCTURE_LIMITS[k], value: String(v) });
  }
  return {
    sasaran: Array.from({ length: sasaran }, (_, s) => ({
      name: `Sasaran Kegiatan ${s + 1}`,
      indikator: Array.from({ length: indikator }, (_, i) => ({ name: `Indikator ${s + 1}.${i + 1}`, satuan: "%", polaritas: "positif" as const, target: null })),
    })),
    kegiatan,
  };
}

/** An indicator with its place: row key "I<s>_<i>", its number ("1.2") and code ("IK 1.2", text that cannot read as a number). */
export interface PlacedIndikator extends IndikatorSpec {
  key: string;
  no: string;
  code: string;
  sasaranNo: number;
  sasaran: string;
  first: boolean;
}

export function indicators(structure: Structure): PlacedIndikator[] {
  return structure.sasaran.flatMap((s, si) =>
    s.indikator.map((ind, ii) => ({ ...ind, key: `I${si + 1}_${ii + 1}`, no: `${si + 1}.${ii + 1}`, code: `IK ${si + 1}.${ii + 1}`, sasaranNo: si + 1, sasaran: s.name, first: ii === 0 })),
  );
}
