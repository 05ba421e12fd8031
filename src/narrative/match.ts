// Figures of the text matched to workbook cells by what the sentence says they are — indicator
// (named or abbreviated), role, year — never by the number alone. A figure no cell of its identity
// agrees with is a warning (with the closest cell); rounding-only is info; a figure with no
// counterpart is listed as unmatched (info).
import type { WorkbookSnapshot } from "../core/snapshot";
import type { Finding } from "../audit/types";
import { COUNT_NOUNS, type Figure, type Role, type Sentence } from "./extract";
import { makeFinding, show, type Num } from "./findings";
import { scoreMentions, workbookFacts, words, type CellFact, type Indicator, type Score } from "./identity";
import { compareStated } from "./numbers";

const ROLE_EN: Record<Role, string> = { target: "target", realisasi: "realisasi", capaian: "capaian", pagu: "pagu", penyerapan: "penyerapan", rata: "average", nilai: "value" };
const ROLE_ID: Record<Role, string> = { target: "target", realisasi: "realisasi", capaian: "capaian", pagu: "pagu", penyerapan: "penyerapan", rata: "rata-rata", nilai: "nilai" };

interface Mention {
  at: number;
  indicator?: Indicator;
  topic?: "pnbp" | "anggaran";
}

/** Indicator mentions: its code ("ILK"), or two of its own words within eight words. */
function mentions(text: string, indicators: Indicator[]): Mention[] {
  const out: Mention[] = [];
  const re = /[A-Za-zÀ-ž0-9]+/g;
  let m: RegExpExecArray | null;
  const seen: { i: number; ind: Indicator; w: string }[] = [];
  let i = 0;
  while ((m = re.exec(text))) {
    const w = m[0];
    const lw = w.toLowerCase();
    i++;
    for (const ind of indicators) {
      if (ind.codes.includes(w)) out.push({ at: m.index, indicator: ind });
      else if (ind.unique.includes(lw)) {
        if (seen.some((x) => x.ind === ind && x.w !== lw && i - x.i <= 8) || ind.unique.length === 1 || lw.length >= 12) out.push({ at: m.index, indicator: ind });
        seen.push({ i, ind, w: lw });
      }
    }
    if (/^(pnbp|pnbpn)$/i.test(w)) out.push({ at: m.index, topic: "pnbp" });
    else if (/^(anggaran|pagu|dipa|belanja|penyerapan|penyerapannya)$/i.test(w)) out.push({ at: m.index, topic: "anggaran" });
  }
  return out;
}

/** Role the workbook would give the figure the text states. */
function cellRole(f: Figure, topic: string | undefined): Role | undefined {
  if (!f.role) return undefined;
  if (f.role === "capaian" && (f.unit === "number" || f.unit === "index")) return "realisasi";
  if (topic && (f.role === "realisasi" || f.role === "pagu") && f.unit === "percent") return "penyerapan";
  return f.role;
}

function candidatesValues(f: Figure, c: CellFact): number[] {
  // a 0–100 score kept as a percent-formatted fraction (0,9612 shown 96,12%) is 96,12 in the text, with or without "%"
  if (c.score && (c.percentFormat || Math.abs(c.value) <= 1.5)) return [c.value * 100, c.value];
  if (f.unit === "percent") return c.percentFormat || Math.abs(c.value) <= 10 ? [c.value * 100, c.value] : [c.value];
  return [c.value];
}

function unitFits(f: Figure, c: CellFact): boolean {
  if (f.unit === "rupiah") return Math.abs(c.value) >= 1000 && !c.percentFormat;
  if (f.unit === "count") return Number.isInteger(c.value) && !c.percentFormat && Math.abs(c.value) < 1e7;
  if (f.unit === "percent") return Math.abs(c.value) < 1e4;
  return Math.abs(c.value) < 1e4 && !c.percentFormat;
}

const SCORE_LABEL: Record<Score, string> = { ikpa: "IKPA", nka: "NKA", nkPerencanaan: "NK Perencanaan Anggaran", smart: "SMART" };
/** Words that make a figure after a score's name a part of it (an aspect, a period, a weight, a target), not the score. */
const SCORE_PART = /revisi|deviasi|penyerapan|kontraktual|tagihan|\bT?UP\b|capaian\s+output|\bCRO\b|\bSBK\b|dispensasi|konversi|bobot|komponen|aspek|indikator\s+(?!kinerja\s+pelaksanaan)|triwulan|semester|bulan|periode|target|rata-rata|nasional|kanwil|eselon|peringkat|selisih|naik|turun|meningkat|menurun/i;

const TOTAL = /^(\S+\s+)?(total|jumlah|jumlah seluruhnya|grand total)\b/i;

/**
 * `countsOnly`: only counts, matched to the rows they name, and only contradictions are reported (used
 * with the report's own tables when there is no workbook: the other identities need a workbook's labels).
 */
export function matchWorkbook(sentences: Sentence[], wb: WorkbookSnapshot, opts: { year?: number; countsOnly?: boolean }): Finding[] {
  const { facts, indicators } = workbookFacts(wb);
  const source = facts.filter((f) => !f.summary);
  const out: Finding[] = [];
  let carry: { paragraph: number; indicator?: Indicator } = { paragraph: -1 };
  for (const s of sentences) {
    const ms = mentions(s.text, indicators);
    if (carry.paragraph !== s.paragraph.index) carry = { paragraph: s.paragraph.index };
    for (const f of s.figures) {
      if (opts.countsOnly && f.unit !== "count") continue;
      const before = ms.filter((m) => m.at < f.start);
      const last = before[before.length - 1];
      const lastInd = [...before].reverse().find((m) => m.indicator)?.indicator;
      const indicator = last?.indicator ?? (last?.topic ? undefined : (lastInd ?? carry.indicator));
      const topic = last?.topic;
      const year = f.year ?? opts.year;
      const clauseBefore = s.text.slice(f === s.figures[0] ? 0 : s.figures[s.figures.indexOf(f) - 1].end, f.start);
      const role = /rata-rata|rerata/i.test(clauseBefore) && !indicator ? "rata" : cellRole(f, topic);
      const fits = (c: CellFact) => unitFits(f, c) && (c.year ?? opts.year) === year && (!role || c.role === role);
      // A budget score named right before the figure (IKPA, NKA, NK Perencanaan, SMART) is its identity, with
      // the year; not when an aspect, a period or a weight comes between ("IKPA … indikator Penyerapan Anggaran …").
      const lastScore = scoreMentions(clauseBefore).pop();
      const score = lastScore && !SCORE_PART.test(clauseBefore.slice(lastScore.at)) && f.unit !== "rupiah" && f.unit !== "count" ? lastScore.score : undefined;
      let cands: CellFact[] = [];
      // weights, "label: value" lists and comparisons with the national average are not table figures of the indicator
      if (/\b(bobot|bobotnya)\b|:\s*$/i.test(clauseBefore) || /standar nasional|rata-rata (nasional|satuan kerja|satker)/i.test(s.text)) cands = []; // weights and "label: value" lists are not table figures
      else if (score) cands = source.filter((c) => c.score === score && (c.year ?? opts.year) === year);
      else if (indicator) cands = source.filter((c) => c.indicator === indicator.id && fits(c));
      else if (role === "rata") {
        const r = source.filter((c) => c.role === "rata" && !c.indicator && fits(c));
        const overall = r.filter((c) => /seluruh/i.test(c.rowLabel));
        cands = overall.length ? overall : r;
      } else {
        // a row named in the clause before the figure ("belanja pegawai sebesar …")
        const clause = new Set(words(s.text.slice(0, f.start)));
        // A count names a row of a breakdown table, also one under an indicator ("Permohonan Izin Tinggal
        // sebanyak 82 layanan"): by the words right before it (the sentence's subject, e.g. the satker's
        // name, is not the row), and not when it totals several things ("… maupun izin tinggal sebanyak
        // 6.098 layanan", "… sebanyak 6.098 layanan dengan rincian").
        const counted = f.unit === "count";
        const near = clauseBefore.replace(new RegExp(`^\\s*(${COUNT_NOUNS.join("|")})\\b`, "i"), ""); // the previous figure's noun is not this one's row
        const rowWords = counted ? new Set(words(near.split(/\s+/).filter(Boolean).slice(-6).join(" "))) : clause;
        const combined = counted && (/\b(maupun|serta|beserta|masing-masing)\b/i.test(s.text.slice(0, f.start)) || /^\s*[a-z]*\s*(dengan rincian|yang terdiri|terdiri|meliputi|antara lain)/i.test(s.text.slice(f.end)));
        if (counted && f.noun) for (const w of words(f.noun)) clause.add(w);
        let best = 0;
        for (const c of source) {
          if (combined) break;
          if (!fits(c) || (c.indicator && !counted)) continue;
          const toks = words(c.rowLabel.replace(/^[A-Z0-9._]+\s/, "")).filter((w) => !/^(belanja|pelayanan|layanan|pendapatan|\d+)$/.test(w));
          if (!toks.length) continue;
          const hit = toks.filter((w) => rowWords.has(w)).length;
          let score = hit === toks.length ? hit + 1 : hit >= 2 ? hit : 0;
          // a count's column must be about what it counts (its noun or a word of the clause: "Permohonan … 82
          // layanan" → "Jumlah Permohonan diterima"; a bare "Jumlah" column → the table's title), which also
          // ranks rows sharing words ("… Izin Tinggal"); a "Responden" column is not "layanan"
          if (score && counted) {
            const col = words(c.column).filter((w) => w !== "banyaknya");
            const about = new Set(words(col.length ? c.column : c.title).filter((w) => clause.has(w))).size;
            // and the row's name (without its parenthesis) named whole: "Kantor … Pematang Siantar" is not "Kantor … Kerinci"
            const main = words(c.rowLabel.replace(/^[A-Z0-9._]+\s/, "").replace(/\([^)]*\)/g, " ")).filter((w) => !/^(belanja|pelayanan|layanan|pendapatan|\d+)$/.test(w));
            score = about && main.length && main.every((w) => rowWords.has(w)) ? score + about / 10 : 0;
          }
          if (score > best) {
            best = score;
            cands = [c];
          } else if (score && score === best) cands.push(c);
        }
        // the budget or PNBP as a whole: a rupiah amount, or a percentage the clause calls penyerapan/realisasi
        const explicit = f.unit === "rupiah" || (f.unit === "percent" && (/penyerapan\w*|serapan|realisasi\w*|terealisasi|direalisasikan/i.test(clauseBefore) || ((f.role === "realisasi" || f.role === "penyerapan") && /^\s*(,-)?\s*,?\s*atau\s*$/i.test(clauseBefore))));
        if (!cands.length && topic && explicit) {
          cands = source.filter((c) => fits(c) && !c.indicator && TOTAL.test(c.rowLabel.replace(/^[A-Z0-9._]+\s(?=[A-Z])/i, "")) && (topic === "pnbp" ? /pnbp/i.test(`${c.table} ${c.title}`) : /anggaran|lkd|belanja|dipa/i.test(`${c.table} ${c.title}`) && !/pnbp/i.test(c.table)));
        }
      }
      if (indicator) carry.indicator = indicator;
      const what = score ? { id: `nilai ${SCORE_LABEL[score]}${year ? ` ${year}` : ""}`, en: `the ${SCORE_LABEL[score]} score${year ? ` of ${year}` : ""}` } : describe(f, role, indicator, topic);
      const stated: Num = { value: f.value, decimals: f.decimals, unit: f.unit };
      if (!cands.length) {
        if (!opts.countsOnly) out.push(makeFinding("narrative-workbook", "narrative.unmatched", "info", s.paragraph, s.text.trim(), { actual: show(stated, "id"), actual_en: show(stated, "en"), what: what.id, what_en: what.en }, { actual: f.value }));
        continue;
      }
      let bestEq: { c: CellFact; v: number; r: "equal" | "rounding" | "mismatch" } | undefined;
      for (const c of cands) {
        for (const v of candidatesValues(f, c)) {
          const r = compareStated(f.value, v, f.decimals);
          const rank = (x: string) => (x === "equal" ? 2 : x === "rounding" ? 1 : 0);
          if (!bestEq || rank(r) > rank(bestEq.r) || (rank(r) === rank(bestEq.r) && r === "mismatch" && Math.abs(v - f.value) < Math.abs(bestEq.v - f.value) && false)) bestEq = { c, v, r };
        }
      }
      if (!bestEq || bestEq.r === "equal" || (opts.countsOnly && bestEq.r === "rounding")) continue;
      if (bestEq.r === "mismatch") {
        // name the most specific cell: the first candidate (workbook order), in the text's unit
        const c = cands[0];
        bestEq = { c, v: candidatesValues(f, c)[0], r: "mismatch" };
        // a count needs no role: the row it names is its identity
        if (!role && !score && !(f.unit === "count" && !indicator && !topic)) {
          if (!opts.countsOnly) out.push(makeFinding("narrative-workbook", "narrative.unmatched", "info", s.paragraph, s.text.trim(), { actual: show(stated, "id"), actual_en: show(stated, "en"), what: what.id, what_en: what.en }, { actual: f.value }));
          continue;
        }
      }
      // the cell as the workbook shows it: a fraction formatted as percent in %, anything else as is
      const c = bestEq.c;
      // a count matched by its row is named by that row ("jumlah 'Pelayanan Izin Tinggal …'")
      if (!role && f.unit === "count" && c.rowLabel) Object.assign(what, { id: `jumlah '${c.rowLabel}'`, en: `the count of '${c.rowLabel}'` });
      const shown: Num = c.percentFormat ? { value: c.value * 100, decimals: 2, unit: "percent" } : { value: c.value, decimals: f.unit === "rupiah" || Number.isInteger(c.value) ? 0 : 2, unit: f.unit === "rupiah" ? "rupiah" : "number" };
      out.push(
        makeFinding("narrative-workbook", bestEq.r === "rounding" ? "narrative.rounding" : "narrative.mismatch", bestEq.r === "rounding" ? "info" : "warning", s.paragraph, s.text.trim(), {
          what: what.id,
          what_en: what.en,
          actual: show(stated, "id"),
          actual_en: show(stated, "en"),
          expected: show(shown, "id"),
          expected_en: show(shown, "en"),
          cellref: `${c.sheet}!${c.cell}`,
        }, { related: [{ sheet: c.sheet, cell: c.cell }], expected: c.value, actual: f.value }),
      );
    }
  }
  return out;
}

function describe(f: Figure, role: Role | undefined, ind: Indicator | undefined, topic?: string): { id: string; en: string } {
  const name = ind ? (ind.codes[0] ?? ind.label) : topic === "pnbp" ? "PNBP" : topic === "anggaran" ? "anggaran" : "";
  const r = role ?? f.role;
  const idr = r ? ROLE_ID[r] : "angka";
  const enr = r ? ROLE_EN[r] : "figure";
  const y = f.year ? ` ${f.year}` : "";
  return { id: `${idr}${name ? " " + name : ""}${y}`, en: `${enr}${name ? " of " + name : ""}${y}` };
}
