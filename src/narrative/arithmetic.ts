// Arithmetic the text does by itself, checked without a workbook:
//   "x dari y atau z%", "x atau z% dari y", "terealisasi … atau z%" (y = the pagu/target named before),
//   realisasi/target/capaian in one sentence, "lebih tinggi z% dari …", "meningkat/menurun z% dibanding
//   tahun …" (and the direction word alone), and lead sentences whose stated total disagrees with the
//   list or table that details it. A wrong result is an error; a rounding-only difference is info.
import type { Finding } from "../audit/types";
import type { Block, NarrativeDoc, Paragraph, Table } from "./document";
import { extractFigures, splitSentences, type Figure, type Sentence, type Unit } from "./extract";
import { makeFinding, show, showParams, type Num } from "./findings";
import { compareStated, parseIdNumber } from "./numbers";

const compatible = (a: Unit, b: Unit): boolean => a === b || ((a === "number" || a === "index") && (b === "number" || b === "index"));
const between = (s: string, a: Figure, b: Figure): string => s.slice(a.end, b.start);
const num = (f: Figure): Num => ({ value: f.value, decimals: f.decimals, unit: f.unit });

function outcome(stated: Figure, computed: number): "equal" | "rounding" | "mismatch" {
  return compareStated(stated.value, computed, stated.decimals);
}

function report(out: Finding[], code: "narrative.ratio" | "narrative.capaian" | "narrative.difference" | "narrative.change", res: "equal" | "rounding" | "mismatch", s: Sentence, params: Record<string, string | number>, expected: number, actual: number): void {
  if (res === "equal") return;
  out.push(makeFinding("narrative-arithmetic", res === "rounding" ? `${code}.rounding` : code, res === "rounding" ? "info" : "error", s.paragraph, s.text.trim(), params, { expected, actual }));
}

/** Checks the arithmetic of every sentence and every list/table total of the document. */
export function checkArithmetic(doc: NarrativeDoc, sentences: Sentence[]): Finding[] {
  const out: Finding[] = [];
  for (const s of sentences) checkSentence(s, out);
  checkLists(doc, out);
  return out;
}

function checkSentence(s: Sentence, out: Finding[]): void {
  const F = s.figures;
  const text = s.text;
  const used = new Set<Figure>();
  // 1. ratios stated with "atau z%"
  for (let i = 1; i < F.length; i++) {
    const z = F[i];
    if (z.unit !== "percent") continue;
    const gap = between(text, F[i - 1], z);
    if (!/^\s*(,-)?\s*(\(?[a-z]+\)?\s*){0,2},?\s*(atau|\()\s*(sebesar\s*)?$/i.test(gap)) continue;
    let x: Figure | undefined, y: Figure | undefined;
    const a = F[i - 1];
    if (i >= 2 && /\bdari\b/i.test(between(text, F[i - 2], a)) && between(text, F[i - 2], a).length < 60 && compatible(F[i - 2].unit, a.unit)) {
      x = F[i - 2];
      y = a; // "x dari y atau z%"
    } else if (F[i + 1] && /^\s*%?\)?\s*(,\s*)?dari\b[^\d]{0,60}$/i.test(between(text, z, F[i + 1])) && compatible(a.unit, F[i + 1].unit)) {
      x = a;
      y = F[i + 1]; // "x atau z% dari y"
    } else if (a.unit !== "percent" && (a.role === "realisasi" || /realisasi|terealisasi|direalisasikan|terserap|diserap/i.test(text.slice(0, a.start)))) {
      // "anggaran Rp Y … direalisasikan Rp X atau z%": y is the pagu/target named earlier
      const earlier = F.slice(0, i - 1).filter((f) => compatible(f.unit, a.unit) && (f.role === "pagu" || f.role === "target"));
      if (earlier.length) {
        x = a;
        y = earlier[earlier.length - 1];
      }
    }
    if (!x || !y || y.value === 0) continue;
    used.add(x).add(y).add(z);
    const expected = (x.value / y.value) * 100;
    const dec = Math.max(z.decimals, 2);
    report(out, "narrative.ratio", outcome(z, expected), s, { ...showParams("x", num(x)), ...showParams("y", num(y)), ...showParams("z", num(z)), ...showParams("expected", { value: expected, decimals: dec, unit: "percent" }) }, expected, z.value);
  }
  // 2. realisasi, target and capaian in one sentence
  const free = F.filter((f) => !used.has(f));
  const byRole = (r: string) => free.filter((f) => f.role === r);
  const [R, T, C] = [byRole("realisasi"), byRole("target"), byRole("capaian").filter((f) => f.unit === "percent")];
  if (R.length === 1 && T.length === 1 && C.length === 1 && compatible(R[0].unit, T[0].unit) && T[0].value !== 0) {
    const expected = (R[0].value / T[0].value) * 100;
    report(out, "narrative.capaian", outcome(C[0], expected), s, { ...showParams("x", num(R[0])), ...showParams("y", num(T[0])), ...showParams("z", num(C[0])), ...showParams("expected", { value: expected, decimals: Math.max(2, C[0].decimals), unit: "percent" }) }, expected, C[0].value);
  }
  // 3. "lebih tinggi/rendah z% dari … y"
  for (let i = 0; i < F.length; i++) {
    const z = F[i];
    if (z.unit !== "percent" || !/lebih\s+(tinggi|rendah|besar|kecil|banyak|sedikit)\s*(sebesar\s*)?$/i.test(text.slice(0, z.start))) continue;
    const y = F[i + 1];
    if (!y || !/^\s*%?\s*dari\b[^\d]{0,60}$/i.test(between(text, z, y))) continue;
    const candidates: number[] = [];
    for (const x of F) {
      if (x === z || x === y) continue;
      if (compatible(x.unit, y.unit) && y.value !== 0) {
        candidates.push((Math.abs(x.value - y.value) / y.value) * 100);
        if (x.unit === "percent") candidates.push(Math.abs(x.value - y.value));
      } else if (x.unit === "percent" && (x.role === "capaian" || /hasil|capaian/i.test(text.slice(Math.max(0, x.start - 30), x.start))) && y.role === "target") {
        candidates.push(Math.abs(x.value - 100));
      }
    }
    if (!candidates.length) continue;
    const results = candidates.map((c) => ({ c, r: outcome(z, c) }));
    if (results.some((r) => r.r === "equal")) continue;
    const best = results.find((r) => r.r === "rounding") ?? results.reduce((a, b) => (Math.abs(a.c - z.value) <= Math.abs(b.c - z.value) ? a : b));
    report(out, "narrative.difference", best.r, s, { ...showParams("y", num(y)), ...showParams("z", num(z)), ...showParams("expected", { value: best.c, decimals: Math.max(2, z.decimals), unit: "percent" }) }, best.c, z.value);
  }
  // 4. "meningkat/menurun z% dibanding tahun …" and the direction word alone
  const dirRe = /\b(meningkat|menurun|naik|turun|peningkatan|penurunan|kenaikan)\b/gi;
  let m: RegExpExecArray | null;
  while ((m = dirRe.exec(text))) {
    const word = m[1].toLowerCase();
    const up = /ningkat|naik|kenaikan/.test(word);
    const at = m.index;
    const z = F.find((f) => f.start > at && f.unit === "percent" && /^\s*(sebesar\s*)?$/i.test(text.slice(at + m![0].length, f.start)));
    const afterStart = z ? z.end : at + m[0].length;
    const tail = text.slice(afterStart);
    if (!/^[^\d]{0,80}\b(dibanding\w*|dari|daripada|terhadap)\b/i.test(tail) && !/^[^\d]{0,80}tahun\s+(sebelumnya|lalu)/i.test(tail)) continue;
    const ys = F.filter((f) => f.start >= afterStart && f !== z);
    const y = ys[0];
    if (!y) continue;
    const xs = F.filter((f) => f.end <= at && compatible(f.unit, y.unit) && f !== z);
    const x = xs[xs.length - 1];
    if (!x || y.value === 0) continue;
    if (z) {
      const cands = [(Math.abs(x.value - y.value) / y.value) * 100];
      if (x.unit === "percent") cands.push(Math.abs(x.value - y.value));
      const results = cands.map((c) => ({ c, r: outcome(z, c) }));
      if (!results.some((r) => r.r === "equal")) {
        const best = results.find((r) => r.r === "rounding") ?? results[results.length - 1];
        report(out, "narrative.change", best.r, s, { ...showParams("x", num(x)), ...showParams("y", num(y)), ...showParams("z", num(z)), ...showParams("expected", { value: best.c, decimals: Math.max(2, z.decimals), unit: "percent" }) }, best.c, z.value);
        continue;
      }
    }
    if (x.value !== y.value && (x.value > y.value) !== up) {
      out.push(
        makeFinding("narrative-arithmetic", "narrative.direction", "error", s.paragraph, text.trim(), {
          word,
          word_en: up ? `an increase ("${word}")` : `a decrease ("${word}")`,
          ...showParams("x", num(x)),
          ...showParams("y", num(y)),
          actual_dir: up ? "menurun" : "meningkat",
          actual_dir_en: up ? "decrease" : "increase",
        }),
      );
    }
  }
}

const LEAD = /(rincian|sebagai berikut|terdiri (atas|dari)|meliputi|yaitu)\s*:?\s*$/i;

/** Lead sentence with a total (Rp or a count), then the list items or the table that detail it. */
function checkLists(doc: NarrativeDoc, out: Finding[]): void {
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const lead = blocks[i];
    if (lead.kind !== "paragraph" || !LEAD.test(lead.text.replace(/[.\s]+$/, ""))) continue;
    const sents = splitSentences(lead.text);
    const last = sents[sents.length - 1];
    const figs = extractFigures(last.text).filter((f) => f.unit === "rupiah" || f.unit === "count");
    const total = figs[figs.length - 1];
    if (!total) continue;
    const sentence = { text: last.text, paragraph: lead, figures: figs };
    const next = blocks[i + 1];
    if (next?.kind === "table") {
      checkTableTotal(total, next, sentence, out);
      continue;
    }
    // runs of items; an item or line without a figure of the total's unit starts a new run (a sub-heading)
    const runs: { parts: Figure[]; paras: Paragraph[] }[] = [];
    let run: { parts: Figure[]; paras: Paragraph[] } | null = null;
    for (let j = i + 1; j < blocks.length; j++) {
      const b: Block = blocks[j];
      if (b.kind !== "paragraph") break;
      const fs = extractFigures(b.text).filter((f) => f.unit === total.unit);
      if (fs.length === 1 && b.item) {
        (run ??= { parts: [], paras: [] }).parts.push(fs[0]);
        run.paras.push(b);
        continue;
      }
      if (run) runs.push(run);
      run = null;
      if (fs.length || (!b.item && b.text.length > 80)) break; // prose resumes
    }
    if (run) runs.push(run);
    for (const r of runs) {
      if (r.parts.length < 2) continue;
      const sum = r.parts.reduce((a, f) => a + f.value, 0);
      const dec = Math.max(...r.parts.map((f) => f.decimals));
      const res = compareStated(total.value, sum, Math.max(total.decimals, dec));
      if (res === "equal") continue;
      const parts = r.parts.map((f) => show(num(f), "id")).join(" + ");
      const partsEn = r.parts.map((f) => show(num(f), "en")).join(" + ");
      out.push(
        makeFinding("narrative-arithmetic", res === "rounding" ? "narrative.list-total.rounding" : "narrative.list-total", res === "rounding" ? "info" : "error", lead, last.text.trim(), {
          ...showParams("total", num(total)),
          ...showParams("expected", { value: sum, decimals: dec, unit: total.unit }),
          parts,
          parts_en: partsEn,
        }, { expected: sum, actual: total.value }),
      );
    }
  }
}

function checkTableTotal(total: Figure, table: Table, s: Sentence, out: Finding[]): void {
  const rows = table.rows;
  const width = Math.max(...rows.map((r) => r.length));
  const sums: number[] = [];
  const totals: number[] = [];
  for (let c = 0; c < width; c++) {
    let sum = 0;
    let n = 0;
    for (const r of rows) {
      const cell = (r[c] ?? "").replace(/^Rp\.?\s*/i, "").replace(/,-$/, "").trim();
      const isTotal = /^(total|jumlah)\b/i.test((r[0] || r[1] || "").trim());
      const v = cell === "-" ? 0 : parseIdNumber(cell, { rupiah: total.unit === "rupiah" })?.value;
      if (v === undefined) continue;
      if (isTotal) totals.push(v);
      else {
        sum += v;
        n++;
      }
    }
    // a "No" column (1, 2, 3 …) is not a quantity
    const seq = rows.map((r) => Number((r[c] ?? "").trim())).filter((v) => Number.isInteger(v) && v > 0);
    if (n >= 2 && !(seq.length === n && seq.every((v, k) => v === k + 1))) sums.push(sum);
  }
  if (!sums.length) return;
  if ([...sums, ...totals].some((v) => compareStated(total.value, v, total.decimals) !== "mismatch")) return;
  const cand = [...new Set(sums)].map((v) => show({ value: v, decimals: 0, unit: total.unit }, "id")).join(", ");
  const candEn = [...new Set(sums)].map((v) => show({ value: v, decimals: 0, unit: total.unit }, "en")).join(", ");
  out.push(makeFinding("narrative-arithmetic", "narrative.table-total", "error", s.paragraph, s.text.trim(), { ...showParams("total", num(total)), expected: cand, expected_en: candEn }, { actual: total.value }));
}
