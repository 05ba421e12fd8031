// Narrative findings in the audit's Finding shape: sheet "Laporan", cell = the paragraph's place
// ("hlm. 4, par. 12"), the sentence as quote, workbook cells as related.
import { fill } from "../core/message";
import type { Finding, Severity } from "../audit/types";
import { locate, type Paragraph } from "./document";
import type { Figure } from "./extract";
import { NARRATIVE_MESSAGES, type NarrativeCode } from "./messages";
import { formatEn, formatId } from "./numbers";

export const LAPORAN = "Laporan";

export const NARRATIVE_RULES = [
  {
    id: "narrative-arithmetic",
    name: { id: "Hitungan dalam naskah", en: "Arithmetic in the report text" },
    severity: "error" as Severity,
    description: { id: "Hitungan di dalam naskah laporan (x dari y atau z%, capaian, selisih, perubahan, jumlah rincian)", en: "Arithmetic inside the report text (x of y or z%, capaian, differences, changes, list totals)" },
    docs: "docs/narrative.md",
  },
  {
    id: "narrative-workbook",
    name: { id: "Angka naskah dan tabel", en: "Report figures and tables" },
    severity: "warning" as Severity,
    description: { id: "Angka naskah laporan dibandingkan dengan tabel buku kerja", en: "Report text figures compared with the workbook tables" },
    docs: "docs/narrative.md",
  },
];

export interface Num {
  value: number;
  decimals: number;
  unit: Figure["unit"];
}

/** A figure as the text would print it, in each language ("Rp9.933.860.000" / "Rp9,933,860,000", "103,54%" / "103.54%"). */
export function show(n: Num, lang: "id" | "en"): string {
  const d = n.unit === "rupiah" ? 0 : n.decimals;
  const body = lang === "id" ? formatId(n.value, d) : formatEn(n.value, d);
  if (n.unit === "rupiah") return `Rp${body}`;
  if (n.unit === "percent") return `${body}%`;
  return body;
}

export function showParams(name: string, n: Num): Record<string, string> {
  return { [name]: show(n, "id"), [`${name}_en`]: show(n, "en") };
}

export function makeFinding(
  rule: "narrative-arithmetic" | "narrative-workbook",
  code: NarrativeCode,
  severity: Severity,
  paragraph: Paragraph,
  quote: string,
  params: Record<string, string | number>,
  extra: Partial<Finding> = {},
): Finding {
  const t = NARRATIVE_MESSAGES[code];
  const p = { cell: locate(paragraph, "id"), ...params };
  const q = quote.length > 400 ? quote.slice(0, 397) + "…" : quote;
  return {
    rule,
    code,
    severity,
    sheet: LAPORAN,
    cell: locate(paragraph, "id"),
    related: [],
    message: fill(t.id, p),
    message_en: fill(t.en, p),
    fix: fill(t.fix.id, p),
    fix_en: fill(t.fix.en, p),
    quote: q,
    location: { page: paragraph.page, paragraph: paragraph.index },
    ...extra,
  };
}
