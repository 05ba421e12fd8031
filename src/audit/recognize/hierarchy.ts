// Stage 2: the row hierarchy of a table. Levels come from codes (one code column or several, as
// in SIPD exports: 1 → 1.02 → 1.02.01 …, or a code leading the label: "BF.5254 …"), from level
// words (Urusan, Bidang, Program, Kegiatan, Sub Kegiatan), else from the numbers themselves (a
// row that equals the rows under it). Total, subtotal and average rows are marked, never parts.
import { parseRange } from "../../core/address";
import { K, type Grid } from "./grid";
import { MONTH_NAMES_RE, type Table } from "./tables";

export type RowKind = "item" | "total" | "subtotal" | "average" | "memo";

export interface RowInfo {
  r: number;
  kind: RowKind;
  label: string;
  code: string;
  /** 0 when unknown. */
  depth: number;
  /** Parent row, or -1 at the top level. */
  parent: number;
  children: number[];
}

export interface Hierarchy {
  rows: RowInfo[];
  byRow: Map<number, RowInfo>;
  /** Where the levels came from. */
  source: "code" | "words" | "numbering" | "outline" | "indent" | "numbers" | "flat";
}

export const TOTAL_LABEL = /^(total|jumlah|jml\.?(?=\s|$)|grand total|jumlah seluruhnya|total keseluruhan|jumlah total|jumlah keseluruhan)\b/i;
export const SUBTOTAL_LABEL = /^(sub\s*-?\s*total|sub\s*jumlah|jumlah\s+sub\b|subtotal)/i;
export const AVERAGE_LABEL = /^rata[- ]?rata/i;
/** "- di antaranya: …", "(termasuk …)", "dari jumlah tersebut …": a part of the row above, shown again, never added. */
export const MEMO_LABEL = /^[\s\-–•*(]*(di ?antaranya|termasuk|dari jumlah (tersebut|tsb|itu)|antara lain|yang di ?antaranya)\b/i;
const LEVEL_WORDS: [RegExp, number][] = [
  [/^urusan\b/i, 1],
  [/^bidang\b/i, 2],
  [/^(organisasi|skpd|opd|unit organisasi|perangkat daerah)\b/i, 3],
  [/^program\b/i, 4],
  [/^kegiatan\b/i, 5],
  [/^sub\s*-?\s*kegiatan\b/i, 6],
];
const LEADING_CODE = /^((?:[A-Z]{1,4}|\d+)(?:\.[0-9A-Z]+)+|[A-Z]{2,3})\s+\S/;

/** "J U M L A H", "T O T A L": a word typed letter by letter (for a wide cell) is that word. */
function unspaced(s: string): string {
  return s.length < 5 || !/[A-Za-z] [A-Za-z] [A-Za-z]/.test(s) ? s : s.replace(/(?<![A-Za-z])[A-Za-z](?: [A-Za-z]){2,}(?![A-Za-z])/g, (m) => m.replace(/ /g, ""));
}

/** The words a row shows in its label (and code) columns. */
export function rowLabel(t: Table, r: number): string {
  const parts: string[] = [];
  for (const c of t.labelCols) {
    const s = t.grid.text(r, c);
    if (s) parts.push(unspaced(s));
  }
  return parts.join(" ");
}

/** Words anywhere left of the figures: "JUMLAH" is often typed in the No or Kode column. */
function leadText(t: Table, r: number): string {
  for (const col of t.columns) {
    if (col.kind === "number" || col.kind === "percent") continue;
    const k = t.grid.kind(r, col.col);
    if (k === K.Text) return unspaced(t.grid.text(r, col.col));
  }
  return "";
}

function rowCode(t: Table, r: number, label: string): string {
  let code = "";
  for (const c of t.codeCols) {
    const k = t.grid.kind(r, c);
    if (k !== K.Code && k !== K.Text && k !== K.Num && k !== K.TextNum) continue;
    const s = t.grid.text(r, c) || (k === K.Num ? String(t.grid.num(r, c)) : "");
    if (!s || !/^[0-9A-Za-z]+([.,][0-9A-Za-z]+)*$/.test(s)) continue;
    const col = t.columns.find((x) => x.col === c);
    if (col && /^(no\.?|nomor|no\.? urut|urut)$/i.test(col.parts[col.parts.length - 1] ?? "")) continue;
    code = code && !s.startsWith(code + ".") ? `${code}.${s}` : s;
  }
  if (code) return code;
  const m = LEADING_CODE.exec(label);
  return m ? m[1] : "";
}

/** "Jumlah" alone (or with a year / colon): a total whatever else the row holds. */
const BARE_TOTAL_LABEL = /^(total|jumlah|jml\.?|grand total|jumlah seluruhnya|total keseluruhan|jumlah total|jumlah keseluruhan)\s*(:|(tahun )?\d{4})?\s*$/i;

/**
 * Rows under the top of a vertical merge in a label or code column: the same item's further lines
 * (a kegiatan merged over its indicators).
 */
function mergedContinuations(t: Table): Set<number> {
  const out = new Set<number>();
  const merged = t.grid.sheet.merged;
  if (!merged?.length || !t.rows.length) return out;
  const cols = new Set([...t.labelCols, ...t.codeCols]);
  const first = t.rows[0];
  const last = t.rows[t.rows.length - 1];
  for (const m of merged) {
    let p;
    try {
      p = parseRange(m);
    } catch {
      continue;
    }
    if (p.end.row <= p.start.row || p.start.row < first || p.start.row >= last) continue;
    let hit = false;
    for (let c = p.start.col; c <= p.end.col && !hit; c++) hit = cols.has(c);
    if (!hit) continue;
    // Clipped to the table: a merge's declared extent never drives the work.
    for (let r = p.start.row + 1; r <= Math.min(p.end.row, last); r++) out.add(r);
  }
  return out;
}

export function buildHierarchy(t: Table, summed: number[]): Hierarchy {
  const rows: RowInfo[] = [];
  const continued = mergedContinuations(t);
  const byRow = new Map<number, RowInfo>();
  // A numbered row ("2 | Jumlah wisatawan …") is an item, even when its name starts like a total.
  const numberCol = t.columns.find((c) => /^(no\.?|nomor|no\.? urut|urut)$/i.test(c.parts[c.parts.length - 1] ?? ""));
  for (const r of t.rows) {
    const label = rowLabel(t, r);
    const lead = leadText(t, r) || label;
    const bare = BARE_TOTAL_LABEL.test(label.trim());
    // Under a merged kegiatan, "Jumlah operasi TIMPORA" is one of its indicators (a "Rata-rata" there is still its average).
    const numbered = (!!numberCol && t.grid.isNum(r, numberCol.col) && !bare) || (continued.has(r) && !bare && TOTAL_LABEL.test(label) && !SUBTOTAL_LABEL.test(label) && !AVERAGE_LABEL.test(label));
    // Most rows' lead text is their label: each pattern is tried once on it.
    const either = (re: RegExp) => re.test(lead) || (label !== lead && re.test(label));
    const kind: RowKind = numbered ? "item" : either(MEMO_LABEL) ? "memo" : either(SUBTOTAL_LABEL) ? "subtotal" : either(TOTAL_LABEL) ? "total" : either(AVERAGE_LABEL) ? "average" : "item";
    const info: RowInfo = { r, kind, label: label || (kind === "item" ? "" : lead), code: kind === "item" ? rowCode(t, r, label) : "", depth: 0, parent: -1, children: [] };
    rows.push(info);
    byRow.set(r, info);
  }
  // Rows named "Jumlah pengaduan ditangani", "Jumlah UMKM dibina" … outnumbering the items are
  // indicators counted by a Jumlah, not total rows.
  const named = rows.filter((x) => x.kind === "total" && !BARE_TOTAL_LABEL.test(x.label.trim()));
  if (named.length >= 2 && named.length > rows.filter((x) => x.kind === "item").length)
    for (const x of named) {
      x.kind = "item";
      x.code = rowCode(t, x.r, x.label);
    }
  const items = rows.filter((x) => x.kind === "item");
  let source: Hierarchy["source"] = "flat";
  const coded = items.filter((x) => x.code);
  let headingsClose = false;
  if (coded.length >= Math.max(2, items.length * 0.5)) {
    for (const x of coded) x.depth = x.code.split(".").length;
    if (new Set(coded.map((x) => x.depth)).size >= 2) source = "code";
    // A coded report (Permendagri 77 LRA): an uncoded row in capitals (SURPLUS/(DEFISIT),
    // PEMBIAYAAN NETTO, SILPA) is a section result of its own, not a line under the last account.
    headingsClose = true;
  } else if (coded.length >= 2 && items[0]?.code && codedOverLines(items)) {
    // RKA/DPA rincian: account rows carry a code, the lines under them (volume × harga) none.
    for (const x of coded) x.depth = x.code.split(".").length;
    source = "code";
  }
  if (source === "flat") {
    for (const x of items) {
      x.depth = 0;
      for (const [re, d] of LEVEL_WORDS) if (re.test(x.label)) x.depth = d;
    }
    const worded = items.filter((x) => x.depth);
    if (worded.length >= 2 && new Set(worded.map((x) => x.depth)).size >= 2) source = "words";
    else for (const x of items) x.depth = 0;
  }
  if (source === "flat" && numberCol && numberingLevels(t, items, numberCol.col)) source = "numbering";
  if (source === "flat" && outlineLevels(t, items)) source = "outline";
  if (source === "flat" && indentLevels(t, items)) source = "indent";
  if (source !== "flat") {
    // A stack of open ancestors; rows without a level are leaves under the nearest open row.
    const stack: RowInfo[] = [];
    // Excel groups detail rows under a summary row BELOW them by default: read those bottom-up.
    const bottomUp = source === "outline" && !t.grid.outlineSummaryAbove;
    for (const x of bottomUp ? [...rows].reverse() : rows) {
      if (x.kind !== "item") {
        if (x.kind === "total") stack.length = 0;
        continue;
      }
      if (x.depth) {
        while (stack.length && stack[stack.length - 1].depth >= x.depth) stack.pop();
        if (stack.length) link(stack[stack.length - 1], x);
        stack.push(x);
      } else if (headingsClose && isCapitalHeading(x.label)) stack.length = 0;
      else if (stack.length) link(stack[stack.length - 1], x);
    }
    if (bottomUp) for (const x of rows) x.children.reverse();
  } else if (summed.length) {
    if (numbersHierarchy(t, items, summed)) source = "numbers";
  }
  return { rows, byRow, source };
}

/** A label written in capitals ("PEMBIAYAAN NETTO", "SURPLUS/(DEFISIT)"): at least five letters, none lower-case. */
function isCapitalHeading(label: string): boolean {
  const letters = label.replace(/[^A-Za-z]/g, "");
  return letters.length >= 5 && letters === letters.toUpperCase();
}

/** Coded rows each followed by uncoded lines (most of them), and at least as many lines as coded rows. */
function codedOverLines(items: RowInfo[]): boolean {
  let coded = 0;
  let followed = 0;
  for (let i = 0; i < items.length; i++) {
    if (!items[i].code) continue;
    coded++;
    if (i + 1 < items.length && !items[i + 1].code) followed++;
  }
  return items.length - coded >= coded && followed >= coded * 0.5;
}

/**
 * Levels from the numbering styles of a "No" column, in the order they first appear: "I, II,
 * III" over "a., b., c." (or "A." over "1." over "a)"), the way sasaran and kegiatan lists are
 * numbered. Two or more styles, the first row in the first style, two or more deeper rows.
 * The sums are still checked by evidence: the numbering only says which rows are parents, so one
 * wrong parent figure is a finding instead of dropping the parent (red team 29).
 */
function numberingLevels(t: Table, items: RowInfo[], col: number): boolean {
  const tokens = items.map((x) => {
    const s = t.grid.text(x.r, col).trim();
    return s || (t.grid.isNum(x.r, col) ? String(t.grid.num(x.r, col)) : "");
  });
  // Dotted numbers in the No column ("B", "B.1", "B.2"; "2", "2.1"): the depth is the count of parts.
  if (tokens.some((s) => /^[0-9A-Za-z]+(\.[0-9A-Za-z]+)+\.?$/.test(s))) {
    const depths = tokens.map((s) => (!s ? 0 : /^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*\.?$/.test(s) ? s.replace(/\.$/, "").split(".").length : -1));
    if (depths.includes(-1)) return false;
    const min = Math.min(...depths.filter((d) => d > 0));
    if (depths[0] !== min || depths.filter((d) => d > min).length < 2) return false;
    items.forEach((x, i) => (x.depth = depths[i]));
    return true;
  }
  const upper = tokens.filter((s) => /^[A-Z][.)]?$/.test(s) && !/^[IVXLC][.)]?$/.test(s)).length > 0;
  const styleOf = (s: string): string => {
    if (!s) return "";
    const close = s.endsWith(")") ? ")" : "";
    const core = s.replace(/^\(/, "").replace(/[.)]$/, "");
    if (/^\d{1,3}$/.test(core)) return "1" + close;
    if (/^(X{0,3})(IX|IV|V?I{0,3})$/.test(core) && (core.length > 1 || !upper)) return "I" + close;
    if (/^[A-Z]$/.test(core)) return "A" + close;
    if (/^[a-z]$/.test(core)) return "a" + close;
    return "?";
  };
  const styles = tokens.map(styleOf);
  if (styles.includes("?")) return false;
  const order: string[] = [];
  for (const st of styles) if (st && !order.includes(st)) order.push(st);
  if (order.length < 2 || styles[0] !== order[0]) return false;
  if (styles.filter((st) => st && st !== order[0]).length < 2) return false;
  items.forEach((x, i) => (x.depth = styles[i] ? order.indexOf(styles[i]) + 1 : 0));
  return true;
}

/** Levels from Excel's row grouping (outline level 0 = depth 1): two or more levels, two or more grouped rows. */
function outlineLevels(t: Table, items: RowInfo[]): boolean {
  const g = t.grid;
  if (!g.hasOutline) return false;
  const levels = items.map((x) => g.outlineLevel(x.r));
  const distinct = new Set(levels);
  if (distinct.size < 2 || levels.filter((l) => l > Math.min(...distinct)).length < 2) return false;
  items.forEach((x, i) => (x.depth = levels[i] + 1));
  return true;
}

/**
 * Levels from the indentation of the label (leading spaces): "Belanja Pegawai" over
 * "    Belanja Gaji …". Two or more indent widths, deeper rows under a shallower one.
 */
function indentLevels(t: Table, items: RowInfo[]): boolean {
  const widths: number[] = [];
  for (const x of items) {
    let w = -1;
    for (const c of t.labelCols)
      if (t.grid.text(x.r, c)) {
        w = t.grid.indent(x.r, c);
        break;
      }
    widths.push(w);
  }
  const distinct = [...new Set(widths.filter((w) => w >= 0))].sort((a, b) => a - b);
  if (distinct.length < 2 || distinct.length > 8) return false;
  const deeper = widths.filter((w) => w > distinct[0]).length;
  if (deeper < 2) return false;
  // The first item must be at the shallowest level (an indented first row has no parent).
  if (widths[0] !== distinct[0]) return false;
  items.forEach((x, i) => (x.depth = widths[i] >= 0 ? distinct.indexOf(widths[i]) + 1 : 0));
  return true;
}

function link(parent: RowInfo, child: RowInfo): void {
  child.parent = parent.r;
  parent.children.push(child.r);
}

const MONTH = new RegExp(`^(${MONTH_NAMES_RE})\\b`, "i");

/**
 * Parents from the figures alone: a row equal (in every summed column) to the rows right under
 * it, up to the next sibling. Accepted only with a sign of nesting — two or more children, or
 * children whose label extends the parent's code — and never in tables of months or years.
 */
function numbersHierarchy(t: Table, items: RowInfo[], cols: number[]): boolean {
  const g = t.grid;
  if (items.some((x) => MONTH.test(x.label) || /^(19|20)\d{2}$/.test(x.label.trim()))) return false;
  const byRow = new Map(items.map((i) => [i.r, i]));
  const segments: RowInfo[][] = [[]];
  for (const r of t.rows) {
    const info = byRow.get(r);
    if (info) segments[segments.length - 1].push(info);
    else segments.push([]);
  }
  const links: [RowInfo, RowInfo[]][] = [];
  let nested = false;
  for (const seg of segments) {
    const taken = new Set<number>();
    for (let i = 0; i < seg.length; i++) {
      const p = seg[i];
      if (taken.has(p.r)) continue;
      const pv = cols.map((c) => g.part(p.r, c));
      if (pv.some((v) => Number.isNaN(v)) || pv.every((v) => v === 0)) continue;
      const acc = cols.map(() => 0);
      // With several figure columns, one typo in a child (or the parent) must not hide the nesting:
      // the sums must meet in all but one column (all when there are one or two).
      const need = cols.length >= 3 ? cols.length - 1 : cols.length;
      for (let j = i + 1; j < seg.length && j <= i + 500; j++) {
        for (let k = 0; k < cols.length; k++) acc[k] += g.part(seg[j].r, cols[k]) || 0;
        let met = 0;
        let over = 0;
        for (let k = 0; k < cols.length; k++) {
          if (Math.abs(acc[k] - pv[k]) < 0.005) met++;
          else if (acc[k] > pv[k] + 0.005 && pv[k] >= 0) over++;
        }
        if (met >= need) {
          const kids = seg.slice(i + 1, j + 1);
          const code = p.label.split(/\s+/)[0];
          if (kids.length >= 2 || (code && kids.every((k) => k.label.startsWith(code + ".")))) nested = true;
          for (const k of kids) taken.add(k.r);
          links.push([p, kids]);
          break;
        }
        if (over > cols.length - need) break;
      }
    }
  }
  if (!nested) return groupsBelow(g, segments, cols);
  for (const [p, kids] of links) for (const k of kids) link(p, k);
  return true;
}

/**
 * Group rows BELOW their items (Excel's default for subtotals, a recap typed the same way) with no
 * word marking them: a row equal, in all but one of several figure columns, to the two or more
 * rows right above it back to the previous such row.
 */
function groupsBelow(g: Grid, segments: RowInfo[][], cols: number[]): boolean {
  const need = cols.length >= 3 ? cols.length - 1 : cols.length;
  const links: [RowInfo, RowInfo[]][] = [];
  for (const seg of segments) {
    let floor = 0;
    for (let i = 1; i < seg.length; i++) {
      const p = seg[i];
      const pv = cols.map((c) => g.part(p.r, c));
      if (pv.some((v) => Number.isNaN(v)) || pv.every((v) => v === 0)) continue;
      const acc = cols.map(() => 0);
      for (let j = i - 1; j >= floor && i - j <= 500; j--) {
        let met = 0;
        let over = 0;
        for (let k = 0; k < cols.length; k++) {
          acc[k] += g.part(seg[j].r, cols[k]) || 0;
          if (Math.abs(acc[k] - pv[k]) < 0.005) met++;
          else if (acc[k] > pv[k] + 0.005 && pv[k] >= 0) over++;
        }
        if (met >= need && i - j >= 2) {
          links.push([p, seg.slice(j, i)]);
          floor = i + 1;
          break;
        }
        if (over > cols.length - need) break;
      }
    }
  }
  if (!links.length) return false;
  for (const [p, kids] of links) for (const k of kids) link(p, k);
  return true;
}
