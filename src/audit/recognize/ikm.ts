// IKM (Indeks Kepuasan Masyarakat, PermenPANRB 14/2017) worksheets in the layouts satker keep:
//  - horizontal: respondents × unsur (U1…U9) with rows "Jumlah nilai per unsur", "NRR per unsur",
//    "NRR tertimbang", then "Jumlah NRR tertimbang" and "IKM" as single figures;
//  - vertical: one row per unsur with columns NRR, NRR tertimbang (NRR × 1/n or × 0,111), nilai
//    konversi (NRR × 25) and mutu, then rows "Jumlah NRR tertimbang" and "IKM".
// Relations: Σ per unsur = Σ of the respondents; NRR = mean of the respondents; NRR tertimbang =
// NRR × the weight the numbers confirm; Jumlah = Σ NRR tertimbang; IKM = Jumlah × 25; mutu (A–D)
// and kinerja (Sangat Baik…) = the band of the converted value. Each family is asserted only where
// most of its cells hold, or where its row is named and holds the one figure it names.
import type { Bilingual } from "../../core/message";
import { K, type Grid } from "./grid";
import { weigh, type Cell, type Family, type Hyp } from "./evidence";
import { say, type ExplainKey } from "./messages";
import { norm, type Table } from "./tables";

/** The row label: the first text cell, stripped of footnote marks ("*)", "**)"). */
function rowLabel(g: Grid, r: number): { text: string; col: number } {
  for (const c of g.colsOf(r))
    if (g.kind(r, c) === K.Text) {
      const t = norm(g.text(r, c)).replace(/^[\s*)(.:\-–]+/, "");
      if (t) return { text: t, col: c };
    }
  return { text: "", col: -1 };
}

const TT = /tertimbang/;
const SUM_WORD = /^(σ|∑|jumlah\b|jml\b|total\b)/;
const NRR_ROW = /^(nrr|nilai rata[- ]?rata)\b/;
const IKM_ROW = /^(nilai )?(ikm|indeks kepuasan)\b|^ikm\b|\bikm (unit|satker|pelayanan)/;
const NRR_HEAD = /^(nrr|nilai rata[- ]?rata)\b/;
const KONVERSI_HEAD = /konversi|[x×*]\s*25\b/;
const MUTU_HEAD = /^mutu( pelayanan)?$/;
const KINERJA_HEAD = /^kinerja (unit )?(pelayanan|layanan)/;
const SCORE_HEAD = /\bikm\b|konversi|indeks kepuasan|[x×*]\s*25\b/;

/** A weight named in a header: "NRR x 0,111", "× 1/9". */
function namedFactor(header: string): number | undefined {
  const h = norm(header);
  const frac = /[x×*]\s*1\s*\/\s*(\d{1,2})\b/.exec(h);
  if (frac) return 1 / Number(frac[1]);
  const m = /[x×*]\s*(\d+(?:[.,]\d+)?)/.exec(h);
  return m ? Number(m[1].replace(",", ".")) : undefined;
}

const inIndex = (v: number) => v >= 1 && v <= 4;

function fam(sheet: string, key: ExplainKey, hyps: Hyp[], certain = false): Family {
  return { sheet, name: say(key), hyps, certain, threshold: 0.5, holds: 0, checked: 0, accepted: false };
}

function label(id: string, en: string): Bilingual {
  return { id, en };
}

/** A product hypothesis whose single operand is shown rounded: the factor times half its last unit is rounding. */
function scaled(g: Grid, target: Cell, op: Cell, factor: number, lbl: Bilingual, quantity: Hyp["quantity"]): Hyp {
  const dec = g.decimals(op[0], op[1]) ?? Math.min(4, (String(g.num(op[0], op[1])).split(".")[1] ?? "").length);
  return { kind: "product", target, operands: [op], params: { factor, tolerance: factor * 0.5 * Math.pow(10, -dec) + 1e-9 }, label: lbl, quantity };
}

/** Of several weights, the one most hypotheses hold with (first wins ties); undefined when none holds. */
function bestFactor(g: Grid, sheet: string, key: ExplainKey, factors: number[], build: (f: number) => Hyp[]): Family | undefined {
  let best: Family | undefined;
  for (const f of factors) {
    const fm = weigh(g, fam(sheet, key, build(f)));
    if (fm.holds > 0 && (!best || fm.holds > best.holds)) best = fm;
  }
  return best;
}

/** The only figure a row holds, or undefined. */
function onlyFigure(g: Grid, r: number): Cell | undefined {
  const nums = g.colsOf(r).filter((c) => g.isNum(r, c));
  return nums.length === 1 ? [r, nums[0]] : undefined;
}

/** Families of the IKM worksheets of one sheet (none when the sheet has no NRR row or column). */
export function ikmFamilies(g: Grid, tables: Table[]): Family[] {
  return [...horizontal(g), ...tables.flatMap((t) => vertical(g, t))];
}

function horizontal(g: Grid): Family[] {
  const out: Family[] = [];
  let sumRow = -1;
  let nrrRow = -1;
  let ttRow = -1;
  let sumTtRow = -1;
  let ikmRow = -1;
  for (const r of g.rowList) {
    const { text } = rowLabel(g, r);
    if (!text) continue;
    if (TT.test(text)) {
      if (SUM_WORD.test(text)) sumTtRow = sumTtRow < 0 ? r : sumTtRow;
      else if (ttRow < 0) ttRow = r;
    } else if (NRR_ROW.test(text)) nrrRow = nrrRow < 0 ? r : nrrRow;
    else if (IKM_ROW.test(text)) ikmRow = ikmRow < 0 ? r : ikmRow;
    else if (SUM_WORD.test(text) && /nilai|unsur|skor|^(σ|∑)/.test(text) && nrrRow < 0) sumRow = r;
  }
  if (nrrRow < 0) return out;
  // Unsur columns: where the NRR row holds an index 1–4 (at least three unsur).
  const labelCol = rowLabel(g, nrrRow).col;
  const unsur = g.colsOf(nrrRow).filter((c) => c > labelCol && g.isNum(nrrRow, c) && inIndex(g.num(nrrRow, c)));
  if (unsur.length < 3) return out;
  const sheet = g.name;
  // Respondents: the rows right above the Σ / NRR row whose unsur cells are whole scores 1–4.
  const first = sumRow >= 0 && sumRow < nrrRow ? sumRow : nrrRow;
  const respondents: number[] = [];
  const idx = g.rowList.indexOf(first);
  for (let k = idx - 1; k >= 0; k--) {
    const r = g.rowList[k];
    if (r !== (respondents.length ? respondents[respondents.length - 1] : first) - 1) break;
    let scores = 0;
    let other = 0;
    for (const c of unsur) {
      if (!g.isNum(r, c)) continue;
      const v = g.num(r, c);
      if (Number.isInteger(v) && inIndex(v)) scores++;
      else other++;
    }
    if (other || scores * 2 < unsur.length) break;
    respondents.push(r);
  }
  respondents.reverse();
  const U = (c: number) => `U${unsur.indexOf(c) + 1}`;
  if (respondents.length >= 2) {
    if (sumRow >= 0 && sumRow < nrrRow) {
      const hyps = unsur.filter((c) => g.isNum(sumRow, c)).map((c): Hyp => ({ kind: "sum", target: [sumRow, c], operands: respondents.map((r) => [r, c] as Cell), label: label(`Jumlah nilai ${U(c)}`, `Total score ${U(c)}`), quantity: "count" }));
      out.push(weigh(g, fam(sheet, "family.ikmSum", hyps)));
    }
    const hyps = unsur.map((c): Hyp => ({ kind: "mean", target: [nrrRow, c], operands: respondents.map((r) => [r, c] as Cell), label: label(`NRR ${U(c)}`, `NRR (mean score) ${U(c)}`), quantity: "index" }));
    out.push(weigh(g, fam(sheet, "family.ikmNrr", hyps)));
  }
  if (ttRow >= 0) {
    const f = bestFactor(g, sheet, "family.ikmWeighted", [1 / unsur.length, 0.111], (f) =>
      unsur.filter((c) => g.isNum(ttRow, c)).map((c) => scaled(g, [ttRow, c], [nrrRow, c], f, label(`NRR tertimbang ${U(c)}`, `Weighted NRR ${U(c)}`), "score")),
    );
    if (f) out.push(f);
    const sumCell = sumTtRow >= 0 ? onlyFigure(g, sumTtRow) : undefined;
    if (sumCell) {
      const ops = unsur.filter((c) => g.isNum(ttRow, c)).map((c) => [ttRow, c] as Cell);
      out.push(weigh(g, fam(sheet, "family.ikmTotal", [{ kind: "sum", target: sumCell, operands: ops, label: label("Jumlah NRR tertimbang", "Total weighted NRR"), quantity: "score" }], true)));
      const ikmCell = ikmRow >= 0 && ikmRow > sumTtRow ? onlyFigure(g, ikmRow) : undefined;
      if (ikmCell) out.push(ikmIndex(g, sheet, ikmCell, sumCell));
    }
  }
  return out;
}

/** IKM = Jumlah NRR tertimbang × 25, named by its row: asserted when its figure is on the 25–100 scale. */
function ikmIndex(g: Grid, sheet: string, cell: Cell, sumCell: Cell): Family {
  const v = g.num(cell[0], cell[1]);
  const f = weigh(g, fam(sheet, "family.ikmIndex", [scaled(g, cell, sumCell, 25, label("IKM (Jumlah NRR tertimbang × 25)", "IKM (total weighted NRR × 25)"), "score")]));
  f.certain = v >= 25 && v <= 100;
  f.accepted ||= f.certain;
  return f;
}

function vertical(g: Grid, t: Table): Family[] {
  const out: Family[] = [];
  const head = (c: { header: string; parts: string[] }) => norm(c.parts[c.parts.length - 1] ?? c.header);
  const nrr = t.columns.find((c) => NRR_HEAD.test(head(c)) && !TT.test(head(c)) && !KONVERSI_HEAD.test(head(c)));
  const tt = t.columns.find((c) => TT.test(head(c)));
  const konv = t.columns.find((c) => c !== nrr && c !== tt && KONVERSI_HEAD.test(head(c)));
  const sheet = t.sheet;
  const lbl = (r: number) => {
    for (const c of t.labelCols) if (g.text(r, c)) return g.text(r, c);
    return `baris ${r + 1}`;
  };
  if (nrr) {
    const unsurRows = t.rows.filter((r) => g.isNum(r, nrr.col) && inIndex(g.num(r, nrr.col)));
    if (unsurRows.length >= 3) {
      if (tt) {
        const named = namedFactor(tt.header);
        const f = bestFactor(g, sheet, "family.ikmWeighted", named ? [named] : [1 / unsurRows.length, 0.111], (f) =>
          unsurRows.filter((r) => g.isNum(r, tt.col)).map((r) => scaled(g, [r, tt.col], [r, nrr.col], f, label(`NRR tertimbang ${lbl(r)}`, `Weighted NRR ${lbl(r)}`), "score")),
        );
        if (f) out.push(f);
      }
      if (konv) {
        const f = weigh(g, fam(sheet, "family.ikmKonversi", unsurRows.filter((r) => g.isNum(r, konv.col)).map((r) => scaled(g, [r, konv.col], [r, nrr.col], 25, label(`Nilai konversi ${lbl(r)}`, `Converted score ${lbl(r)}`), "score"))));
        if (f.checked >= 2) out.push(f);
      }
      // Jumlah NRR tertimbang and IKM rows under the unsur.
      const last = unsurRows[unsurRows.length - 1];
      let sumCell: Cell | undefined;
      for (const r of t.rows) {
        if (r <= last) continue;
        const text = rowLabel(g, r).text;
        if (tt && !sumCell && SUM_WORD.test(text) && TT.test(text) && g.isNum(r, tt.col)) {
          sumCell = [r, tt.col];
          const ops = unsurRows.filter((x) => g.isNum(x, tt.col)).map((x) => [x, tt.col] as Cell);
          out.push(weigh(g, fam(sheet, "family.ikmTotal", [{ kind: "sum", target: sumCell, operands: ops, label: label("Jumlah NRR tertimbang", "Total weighted NRR"), quantity: "score" }], true)));
        } else if (sumCell && IKM_ROW.test(text)) {
          const cell = (konv && g.isNum(r, konv.col) ? [r, konv.col] : onlyFigure(g, r)) as Cell | undefined;
          if (cell) out.push(ikmIndex(g, sheet, cell, sumCell));
        }
      }
    }
  }
  out.push(...mutu(g, t));
  return out;
}

/** Mutu (A–D) and kinerja (Sangat Baik … Tidak Baik) columns beside an IKM score column. */
function mutu(g: Grid, t: Table): Family[] {
  const out: Family[] = [];
  for (const m of t.columns) {
    const h = norm(m.header);
    const scheme = MUTU_HEAD.test(h) ? "ikmMutu" : KINERJA_HEAD.test(h) ? "ikm" : null;
    if (!scheme) continue;
    // The measured NRR when the table has one (a typo in the konversi beside it is its own finding), else the score column to its left.
    const nrr = t.columns.find((c) => c.col < m.col && NRR_HEAD.test(norm(c.parts[c.parts.length - 1] ?? c.header)) && !TT.test(norm(c.header)) && !KONVERSI_HEAD.test(norm(c.header)));
    const score = nrr ?? t.columns.filter((c) => c.col < m.col && SCORE_HEAD.test(norm(c.header)) && !TT.test(norm(c.header)) && t.rows.some((r) => g.isNum(r, c.col))).pop();
    if (!score) continue;
    const hyps: Hyp[] = [];
    for (const r of t.rows) {
      if (g.kind(r, m.col) !== K.Text || !g.isNum(r, score.col)) continue;
      const v = g.num(r, score.col);
      if (!(v >= 25 && v <= 100) && !inIndex(v)) continue;
      hyps.push({ kind: "category", target: [r, m.col], operands: [[r, score.col]], params: { scheme }, label: label(`${m.header} (${score.header})`, `${m.header} (${score.header})`), quantity: "category" });
    }
    if (hyps.length) out.push(weigh(g, fam(t.sheet, scheme === "ikmMutu" ? "family.ikmMutu" : "family.ikmKinerja", hyps, true)));
  }
  return out;
}
