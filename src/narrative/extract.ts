// Figures in prose: every number with a unit (Rp, %, indeks, a counted noun) or a decimal value
// right after a value word, with its role (target, realisasi, capaian, pagu, penyerapan…), the
// year the sentence speaks of, and its position, so checks can quote and match it.
import type { NarrativeDoc, Paragraph } from "./document";
import { multiplier, parseIdNumber } from "./numbers";

export type Unit = "percent" | "rupiah" | "index" | "count" | "number";
export type Role = "target" | "realisasi" | "capaian" | "pagu" | "penyerapan" | "rata" | "nilai";

export interface Figure {
  raw: string;
  value: number;
  decimals: number;
  unit: Unit;
  /** The counted noun for unit "count" ("layanan", "orang"…). */
  noun?: string;
  role?: Role;
  /** Year named in the sentence before the figure ("tahun 2023"), if any. */
  year?: number;
  /** Offsets in the sentence text. */
  start: number;
  end: number;
}

export interface Sentence {
  text: string;
  paragraph: Paragraph;
  figures: Figure[];
}

export const COUNT_NOUNS = [
  "layanan", "orang", "kegiatan", "kasus", "permohonan", "aksi", "indikator", "responden", "arsip", "unit", "satker",
  "satuan kerja", "wna", "wni", "paspor", "pegawai", "dokumen", "berkas", "laporan", "rencana aksi", "sasaran", "program",
  "kali", "perkara", "pelanggaran", "tindakan", "pemohon", "peserta", "buah", "lembar", "ro", "output", "jam", "hari",
];

const ROLE_WORDS: [RegExp, Role][] = [
  [/\b(target|ditargetkan|sasaran angka)\b/gi, "target"],
  [/\b(realisasi\w*|terealisasi|direalisasikan|merealisasikan)\b/gi, "realisasi"],
  [/\b(capaian\w*|mencapai|tercapai|dicapai)\b/gi, "capaian"],
  [/\b(pagu|anggaran|alokasi|dipa)\b/gi, "pagu"],
  [/\b(penyerapan\w*|penyerapannya|serapan|diserap|terserap)\b/gi, "penyerapan"],
  [/\b(rata-rata|rerata)\b/gi, "rata"],
];

/** A word right before a role word that makes the figure a different quantity (the remainder, a difference, a saving). */
const DERIVED_BEFORE = /\b(sisa|selisih|saldo|efisiensi|penghematan|kekurangan|kelebihan|pengembalian|tunggakan|kenaikan|penurunan|peningkatan|pergeseran|blokir|pemotongan|pengurangan|penambahan)\s+(?:\w+\s+)?$/i;

const VALUE_WORDS = /\b(capaian|nilai|realisasi|target|indeks|sebesar|yaitu|sejumlah|skor|rata-rata|angka|hasil|atau|menjadi|dari|adalah|ilk|ikpa|nka|diperoleh|memperoleh|mencapai|dicapai|meraih|mendapat|mendapatkan|sebanyak)\s*[:=]?\s*$/i;

/** Splits a paragraph into sentences at ". ", "! ", "? " before a capital, not after "Rp", "No" and similar. */
export function splitSentences(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let start = 0;
  const re = /[.!?](?=\s+["“(]?[A-Z])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    if (/(\bRp|\bNo|\bNo\.\s?\w+|\bJl|\bdll|\bdsb|\bs\.d|\bKep|\bPer|\bHal|\bhlm|\bTbk|\bst|\b[A-Z])$/i.test(before) && !/\d$/.test(before)) continue;
    out.push({ text: text.slice(start, m.index + 1), offset: start });
    start = m.index + 1;
    while (start < text.length && /\s/.test(text[start])) start++;
  }
  if (start < text.length) out.push({ text: text.slice(start), offset: start });
  return out.filter((s) => s.text.trim());
}

const NUM = /(?<![\w./-])(Rp\.?\s*|RP\.?\s*|rp\.?\s*)?(\d[\d.,]*\d|\d)(,-|\.-)?(?:\s*(miliar|milyar|juta|triliun|ribu)\b)?(\s*(?:%|persen\b))?/g;

/** Figures of one sentence, in order. */
export function extractFigures(sentence: string): Figure[] {
  const figures: Figure[] = [];
  let m: RegExpExecArray | null;
  NUM.lastIndex = 0;
  while ((m = NUM.exec(sentence))) {
    const [whole, rp, digits, , mult, pct] = m;
    const start = m.index;
    const end = start + whole.length;
    const before = sentence.slice(0, start);
    const after = sentence.slice(end);
    // Regulation numbers, codes and dates are not figures.
    if (/\b(nomor|no\.?|tahun|th\.?|pasal|ayat|per-?|ke|nawacita|perpres|permen|pp|uu|tanggal|tgl)\s*$/i.test(before) && !rp && !pct) continue;
    if (/^[-/.]\w/.test(after) || /^\s*(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\b/i.test(after)) continue;
    const rupiah = !!rp || /^\s*rupiah\b/i.test(after);
    const percent = !!pct;
    const parsed = parseIdNumber(digits, { rupiah, percent });
    if (!parsed) continue;
    let unit: Unit | null = null;
    let noun: string | undefined;
    if (rupiah) unit = "rupiah";
    else if (percent) unit = "percent";
    else {
      const tail = after.replace(/^\s*\([^)]{1,20}\)/, "").toLowerCase();
      if (/^\s*\(?\s*indeks\b/.test(tail)) unit = "index";
      else {
        noun = COUNT_NOUNS.find((n) => new RegExp(`^\\s+${n}\\b`).test(tail));
        if (noun) unit = "count";
        else if (parsed.decimals > 0 && VALUE_WORDS.test(before.slice(-40))) unit = "number";
        else if (/\b(sebanyak|sejumlah|berjumlah|total)\s*$/i.test(before) && parsed.decimals === 0) unit = "count";
      }
    }
    if (!unit) continue;
    if (unit !== "rupiah" && unit !== "percent" && parsed.decimals === 0 && parsed.value >= 1900 && parsed.value <= 2100 && !noun) continue;
    figures.push({ raw: whole.trim(), value: parsed.value * multiplier(mult), decimals: parsed.decimals, unit, noun, start, end });
  }
  assignRoles(sentence, figures);
  return figures;
}

function assignRoles(sentence: string, figures: Figure[]): void {
  const marks: { at: number; role: Role }[] = [];
  // "realisasi dibanding target" names a capaian; its words are not separate roles
  const spans: [number, number][] = [];
  for (const m of sentence.matchAll(/\b(realisasi|capaian)\s+dibanding(kan)?\s+(dengan\s+)?target\b/gi)) {
    spans.push([m.index!, m.index! + m[0].length]);
    marks.push({ at: m.index! + m[0].length - 1, role: "capaian" });
  }
  for (const [re, role] of ROLE_WORDS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence))) if (!spans.some(([a, b]) => m!.index >= a && m!.index < b)) marks.push({ at: m.index, role });
  }
  const years: { at: number; year: number }[] = [];
  const yre = /\b(?:tahun|TA|T\.A\.?|periode)\s+(?:anggaran\s+)?((?:19|20)\d\d)\b/gi;
  let y: RegExpExecArray | null;
  while ((y = yre.exec(sentence))) {
    // "Nomor 53 Tahun 2014 tentang …" and "Tahun 2020-2024" name a regulation or a period, not the figure's year
    if (/(nomor|no\.?)\s*\S+\s*$/i.test(sentence.slice(Math.max(0, y.index - 40), y.index)) || /^\s*(-|–|s\.?d\.?)\s*\d{4}|^\s*tentang\b/i.test(sentence.slice(y.index + y[0].length))) continue;
    years.push({ at: y.index, year: Number(y[1]) });
  }
  marks.sort((a, b) => a.at - b.at);
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    const prevEnd = i > 0 ? figures[i - 1].end : 0;
    const between = sentence.slice(prevEnd, f.start);
    // "realisasi dibanding target yaitu 111,11%" names a capaian
    // "X atau Y%": the second form restates the first quantity; it keeps the role of the words before X.
    const own = marks.filter((mk) => mk.at >= prevEnd && mk.at < f.start);
    let role = own.length ? own[own.length - 1].role : undefined;
    if (role === "capaian" && /target\s+$/i.test(sentence.slice(0, own[own.length - 1].at))) role = "target";
    // "diperoleh realisasi indikator … dengan capaian 98,76%": "dengan capaian" is filler; the subject role wins
    if (role === "capaian" && own.length > 1 && /dengan\s+$/i.test(sentence.slice(0, own[own.length - 1].at))) {
      const subject = own.slice(0, -1).reverse().find((mk) => mk.role === "realisasi" || mk.role === "target");
      if (subject) role = subject.role;
    }
    // no role word of its own: "x atau z%" restates x; otherwise the figure's role is unknown
    if (!role && i > 0 && /^\s*(,-)?\s*(\(?[a-z]+\)?\s*){0,2},?\s*(atau|\()\s*(sebesar\s*)?$/i.test(between)) role = figures[i - 1].role;
    if (role === "pagu" && /realisasi|terealisasi|direalisasikan/i.test(between)) role = "realisasi";
    // "Sisa anggaran", "selisih realisasi", "efisiensi anggaran": another quantity derived from the role's, never equal to it.
    if (role && own.length && DERIVED_BEFORE.test(sentence.slice(Math.max(0, own[own.length - 1].at - 30), own[own.length - 1].at))) role = undefined;
    f.role = role;
    const yr = years.filter((yy) => yy.at < f.start);
    if (yr.length) f.year = yr[yr.length - 1].year;
  }
}

/** All sentences of the document's paragraphs with their figures. */
export function sentencesOf(doc: NarrativeDoc): Sentence[] {
  const out: Sentence[] = [];
  for (const b of doc.blocks) {
    if (b.kind !== "paragraph") continue;
    for (const s of splitSentences(b.text)) out.push({ text: s.text, paragraph: b, figures: extractFigures(s.text) });
  }
  return out;
}
