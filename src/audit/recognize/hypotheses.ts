// Stage 3: relation hypotheses of one table, each a family the evidence stage weighs:
// total = Σ top-level rows (or flat, or leaves — the numbers choose), parent = Σ direct children,
// subtotal = Σ its block, a total column = Σ the columns it totals in every row, % = X ÷ Y in every
// row (one column group or several), sisa = pagu − realisasi, capaian, averages, categories.
import type { Quantity } from "../../core/relations";
import { F_PERCENT, K, type Grid } from "./grid";
import { bestReading, expected, holds, weigh, type Cell, type Family, type Hyp } from "./evidence";
import { part, say, type ExplainKey } from "./messages";
import type { Bilingual } from "../../core/message";
import { type Hierarchy, type RowInfo } from "./hierarchy";
import { discovered, MONTH_NAMES_RE, norm, roleOf, type Column, type Role, type Table } from "./tables";

export interface KeyFigure {
  quantity: "pagu" | "realisasi";
  year?: number;
  cell: Cell;
  sheet: string;
  value: number;
  tableName: { id: string; en: string };
  authority: boolean;
  /** A pagu before revision ("Pagu Awal", "Semula", "Murni"): compared only with a summary naming it so. */
  initial?: boolean;
}

/** A pagu column headed as the amount before revision. */
export const INITIAL_PAGU = /\b(awal|semula|murni|induk|sebelum (revisi|perubahan))\b/i;

const QUANTITY: Partial<Record<Role, Quantity>> = { pagu: "pagu", realisasi: "realisasi", sd: "realisasi", lalu: "realisasi", ini: "realisasi", sisa: "sisa", target: "target", value: "count", num: "count", den: "count" };
/** Realisasi words that name progress in percent, not money or counts. */
const NOT_AMOUNT = /\bfisik\b|\bprogres\b|\bprogress\b/i;
const NON_ADDITIVE = /harga|satuan|tarif|rata|indeks|index|^nilai$|nilai (ikpa|kinerja|aspek|akhir|total)|persen|%|capaian|rasio|skor|bobot|^tahun$|tahun ke|kode|volume|koefisien|target|bulan ke|kategori|predikat/i;
const NAMES: Record<string, { id: string; en: string }> = {
  pagu: { id: "pagu", en: "pagu" },
  realisasi: { id: "realisasi", en: "realisasi" },
  sd: { id: "realisasi s.d. periode", en: "realisasi to date" },
  lalu: { id: "realisasi periode lalu", en: "realisasi previous period" },
  ini: { id: "realisasi periode ini", en: "realisasi this period" },
  sisa: { id: "sisa anggaran", en: "remaining budget" },
  target: { id: "target", en: "target" },
};
const BARE_TOTAL = /^(total|jumlah|jml\.?|grand total|jumlah seluruhnya|total keseluruhan|jumlah total|jumlah keseluruhan|jumlah akhir|total akhir)\s*(:|\(.*\)|(tahun )?\d{4})?\s*$/i;
const OVERALL_AVERAGE = /rata[- ]?rata.*(keseluruhan|seluruh|kinerja|total|instansi)/i;
/** A row entered as a positive amount that its total subtracts. */
const MINUS_LABEL = /^[\s\-–]*(dikurangi|dikurang|pengurang(an)?|potongan|dikurangkan)\b|\((-|−)\)\s*$/i;

/** A row label naming a rate, not an amount: never added across columns. */
const RATE_ROW = /%|\bpersen|\bcapaian\b|rata[- ]?rata|\brasio\b|\bindeks\b|\btarif\b|harga satuan|\bnilai (ikpa|ikm|sakip)\b/i;

/** A row label naming a period of the year: a month, a quarter, a semester. */
const PERIOD_ROW = new RegExp(`^((\\d{1,2}[.)]?\\s+)?(${MONTH_NAMES_RE})\\b|(tw|triwulan|trw|semester|smt)\\.?\\s*(i{1,3}|iv|[1-4])\\b)`, "i");
const MONTH_WORD = new RegExp(`\\b(${MONTH_NAMES_RE})\\b`, "i");

/** Columns a total row adds up: figures, not percentages, codes or unit prices. */
export function summedColumns(t: Table): Column[] {
  return t.columns.filter((c) => {
    if (c.kind !== "number") return false;
    // A figure in percent ("Realisasi (%)", "Realisasi Fisik") is a rate, never added into the Jumlah (which holds their mean).
    if (c.role && (c.parts.some((p) => /%/.test(p)) || NOT_AMOUNT.test(c.header))) return false;
    if (c.role) return !!QUANTITY[c.role] && c.role !== "target" ? true : c.role === "target";
    return !NON_ADDITIVE.test(c.header);
  });
}

export function tableName(t: Table): { id: string; en: string } {
  const h = norm([t.title, ...t.labelCols.map((c) => t.columns.find((x) => x.col === c)?.header ?? "")].join(" "));
  if (/sumber dana/.test(h)) return { id: "per sumber dana", en: "by source of funds" };
  if (/jenis kegiatan/.test(h)) return { id: "per jenis kegiatan", en: "by activity" };
  if (/jenis belanja|^belanja| belanja$/.test(h)) return { id: "per jenis belanja", en: "by type of expenditure" };
  if (/sasaran/.test(h)) return { id: "per sasaran", en: "by sasaran" };
  if (isLkd(t) || /ketersediaan dana|lkd|pagu revisi/.test(h)) return { id: "LKD", en: "LKD" };
  const name = t.title || t.sheet;
  return { id: `(${name})`, en: `(${name})` };
}

const EARLY_MONTH = MONTH_NAMES_RE.split("|").filter((m) => !/^des/.test(m)).join("|");
/**
 * A table of part of the year ("s.d. Triwulan III", "Semester I", "s.d. 30 Juni 2024"), by its
 * title or sheet name: its totals are not the year's pagu / realisasi.
 */
const PARTIAL_PERIOD = new RegExp(`\\b(triwulan|trw|tw)\\.?\\s*(i{1,3}|[1-3])\\b(?!\\s*(-|–|s\\.?\\s?d|sampai|hingga))|\\b(semester|smt)\\.?\\s*(i|1)\\b(?!\\s*(-|–|s\\.?\\s?d|sampai|hingga))|\\b(s\\.?\\s?d\\.?|sampai dengan|hingga|per|posisi|bulan)\\s+(\\d{1,2}\\s+)?(${EARLY_MONTH})\\b`, "i");
export function partialPeriod(t: Table): boolean {
  return PARTIAL_PERIOD.test(t.title) || PARTIAL_PERIOD.test(t.sheet);
}

function isLkd(t: Table): boolean {
  return t.columns.some((c) => /pagu revisi|lock pagu/i.test(c.header)) || t.columns.some((c) => c.role === "sd");
}

/** A PNBP (revenue) table: its target/realisasi are never the budget's. */
function isRevenue(t: Table): boolean {
  return /pnbp|penerimaan|pendapatan/i.test(t.title + " " + t.columns.map((c) => c.header).join(" ")) || t.rows.slice(0, 20).some((r) => /^42\d{4}/.test(t.grid.text(r, t.labelCols[0] ?? -1)));
}

/**
 * The rows strictly between rows a and b (a < r < b), in order. Rows must be ascending (table rows are),
 * so this is two binary searches rather than a scan per total (totals × rows on long tables).
 */
function between<T extends { r: number }>(rows: T[], a: number, b: number): T[] {
  const first = (v: number) => {
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid].r <= v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let end = rows.length;
  if (b !== Infinity) {
    let lo = 0;
    while (lo < end) {
      const mid = (lo + end) >> 1;
      if (rows[mid].r < b) lo = mid + 1;
      else end = mid;
    }
  }
  const start = first(a);
  return start < end ? rows.slice(start, end) : [];
}

const rowLabelOf = (h: Hierarchy, r: number) => h.byRow.get(r)?.label ?? "";

/** Every family of one table; keys collects grand totals for the comparison across tables. */
export function tableFamilies(t: Table, h: Hierarchy, keys: KeyFigure[]): Family[] {
  const g = t.grid;
  const out: Family[] = [];
  const summed = summedColumns(t);
  const name = tableName(t);
  const fam = (nm: Bilingual, hyps: Hyp[], opts: { certain?: boolean; threshold?: number } = {}): Family => ({ sheet: t.sheet, name: nm, hyps: unifyScale(g, hyps), certain: opts.certain ?? false, threshold: opts.threshold ?? 0.5, holds: 0, checked: 0, accepted: false });
  const rounded = roundedColumns(t);
  const accept = (f: Family | undefined) => {
    if (!f || !f.hyps.length) return;
    // Sums over amounts typed rounded ("dalam juta", 2 decimals): rounding of the parts is no error.
    if (rounded.size)
      for (const h of f.hyps) {
        const step = h.kind === "sum" ? rounded.get(h.target[1]) : undefined;
        if (step) h.params = { ...h.params, tolerance: step * Math.sqrt(h.operands.length + 1) };
      }
    out.push(weigh(g, f));
  };
  const items = h.rows.filter((x) => x.kind === "item");
  const hasNum = (r: number, c: number) => g.isNum(r, c);
  const totalName = (c: Column) => {
    const n = (c.role && NAMES[c.role]) || { id: c.header || "kolom", en: c.header || "column" };
    return { id: `Total ${n.id} ${name.id}`, en: `Total ${n.en} ${name.en}` };
  };

  // Effective parts of a row in one column: the row when it holds a figure, else its children.
  const effective = (x: RowInfo, c: number, acc: number[]) => {
    if (g.kind(x.r, c) !== K.Blank || !x.children.length) acc.push(x.r);
    else for (const k of x.children) effective(h.byRow.get(k)!, c, acc);
  };

  // --- rows that are periods (Januari…Desember, TW I…IV, Semester I/II): running columns ---
  const timeSeries = items.length >= 2 && items.filter((x) => PERIOD_ROW.test(x.label.trim())).length > items.length / 2;
  const running = new Set(timeSeries ? t.columns.filter((c) => c.role === "sd" || c.role === "lalu" || c.role === "sisa").map((c) => c.col) : []);
  if (timeSeries) {
    const periods = items.map((x) => x.r);
    const last = periods[periods.length - 1];
    const lastTotal = h.rows.filter((x) => x.kind === "total" && x.r > last).map((x) => x.r)[0];
    for (const gr of new Set(t.columns.map((c) => c.group))) {
      const inGroup = t.columns.filter((c) => c.group === gr);
      const sd = inGroup.find((c) => c.role === "sd");
      const ini = inGroup.find((c) => c.role === "ini") ?? inGroup.find((c) => c.role === "realisasi");
      const sisa = inGroup.find((c) => c.role === "sisa");
      const name = (c: Column, r: number) => ({ id: `${c.header} ${rowLabelOf(h, r)}`.trim(), en: `${c.header} ${rowLabelOf(h, r)}`.trim() });
      const hyps: Hyp[] = [];
      // s.d. this period = s.d. the previous one + this period; the Jumlah row's = the last period's.
      if (sd && ini)
        periods.forEach((r, i) => {
          if (hasNum(r, sd.col)) hyps.push({ kind: "sum", target: [r, sd.col], operands: i ? [[periods[i - 1], sd.col], [r, ini.col]] : [[r, ini.col]], label: name(sd, r), quantity: "realisasi" });
        });
      // Sisa falls by each period's realisasi.
      if (sisa && ini)
        periods.forEach((r, i) => {
          if (i && hasNum(r, sisa.col)) hyps.push({ kind: "difference", target: [r, sisa.col], operands: [[periods[i - 1], sisa.col], [r, ini.col]], label: name(sisa, r), quantity: "sisa" });
        });
      for (const c of [sd, sisa])
        if (c && lastTotal !== undefined && hasNum(lastTotal, c.col)) hyps.push({ kind: "sum", target: [lastTotal, c.col], operands: [[last, c.col]], label: name(c, lastTotal), quantity: c === sisa ? "sisa" : "realisasi" });
      accept(fam(say("family.cumulative"), hyps));
    }
  }

  // --- totals and subtotals ---
  const totals = h.rows.filter((x) => x.kind === "total");
  const multiUnit = t.columns.some((c) => /satker|satuan kerja|unit kerja|kppn/i.test(c.header) && !c.role);
  const revenue = isRevenue(t);
  const lastItemRow = items.length ? items[items.length - 1].r : -1;
  const subtotals = h.rows.filter((x) => x.kind === "subtotal");
  // Index of the last total that added earlier totals: a later one adds only the totals after it.
  let lastCombined = -1;
  const sectionTotals: Family[] = [];
  /** Rows each accepted total adds (by its chosen reading). */
  const covered = new Map<number, number[]>();
  totals.forEach((T, ti) => {
    const prevTotal = ti > 0 ? totals[ti - 1].r : t.headerRow;
    let region = between(items, prevTotal, T.r);
    let subs = between(subtotals, prevTotal, T.r);
    const underTotals = !region.length && !subs.length && ti > 0;
    if (!region.length && !subs.length && !underTotals) {
      const next = totals[ti + 1]?.r ?? Infinity;
      region = between(items, T.r, next);
      subs = between(subtotals, T.r, next);
    }
    // Over months or quarters a running figure (s.d., sisa) is not added: its Jumlah holds the last one.
    const cols = summed.filter((c) => hasNum(T.r, c.col) && !(timeSeries && running.has(c.col)));
    if (!cols.length) return;
    if (underTotals) {
      // A total right under other totals adds them: the ones it names ("Jumlah Kewajiban dan
      // Ekuitas" = Jumlah Kewajiban + Jumlah Ekuitas), else those since the last such total.
      const named = /^(?:jumlah|total)\s+(.+?)\s+dan\s+(.+)$/i.exec(T.label.trim());
      const byName = named
        ? named.slice(1, 3).map((part) =>
            totals
              .slice(0, ti)
              .reverse()
              .find((p) => norm(p.label).replace(/^(jumlah|total)\s+/, "") === norm(part)),
          )
        : [];
      const prev = byName.length && byName.every(Boolean) ? (byName as RowInfo[]) : totals.slice(lastCombined + 1, ti);
      lastCombined = ti;
      const f = weigh(g, fam(say("family.sumOfTotals", { total: T.label || "Total" }), cols.map((c) => sumHyp(T.r, c, prev.map((p) => p.r), totalName(c)))));
      // Asserted by its place, unless no column agrees (then the reading is wrong, not the figures).
      f.certain = f.holds > 0 || f.checked <= 1;
      accept(f);
      return;
    }
    if (!region.length) return;
    const inRegion = new Set(region.map((x) => x.r));
    const mk = (reading: ExplainKey, pick: (c: number) => number[]) =>
      fam(say("family.sum", { total: T.label || "Total", ...part("reading", say(reading)), columns: cols.map((c) => c.header || c.col).join(", ") }), cols.map((c) => sumHyp(T.r, c, pick(c.col), totalName(c))));
    const top = (c: number) => {
      const acc: number[] = [];
      for (const x of region) if (x.parent === -1 || !inRegion.has(x.parent)) effective(x, c, acc);
      return acc;
    };
    const flat = () => region.map((x) => x.r);
    const leaves = () => region.filter((x) => !x.children.length).map((x) => x.r);
    const readings = h.source === "flat" ? [mk("reading.all", flat)] : [mk("reading.top", top), mk("reading.all", flat), mk("reading.leaves", leaves)];
    // "Dikurangi: Pengembalian (-)" typed as a positive amount: the total may subtract it.
    const minus = new Set(region.filter((x) => MINUS_LABEL.test(x.label)).map((x) => x.r));
    if (minus.size)
      for (const f of [...readings]) {
        const signed = { ...f, hyps: f.hyps.map((x) => (x.kind !== "sum" ? x : { ...x, kind: "difference" as const, operands: [...x.operands.filter(([r]) => !minus.has(r)), ...x.operands.filter(([r]) => minus.has(r))], params: { ...x.params, split: x.operands.filter(([r]) => !minus.has(r)).length } })) };
        readings.push(signed);
      }
    // Under subtotal blocks the total may add the subtotals (same figure when they are right).
    if (subs.length) readings.push(mk("reading.subtotals", () => subs.map((x) => x.r)));
    // A "Jumlah X" inside a list covers the rows just above it, not the whole list so far …
    if (!BARE_TOTAL.test(T.label) && region.length >= 3) for (let k = 2; k < region.length; k++) readings.push(mk("reading.block", () => region.slice(region.length - k).map((x) => x.r)));
    // … and a later total adds the rows outside such blocks and those earlier totals.
    if (ti > 0 && covered.size) {
      const earlier = totals.slice(0, ti).filter((p) => covered.has(p.r));
      const inBlocks = new Set(earlier.flatMap((p) => covered.get(p.r)!));
      readings.push(mk("reading.withTotals", () => [...items.filter((x) => x.r < T.r && !inBlocks.has(x.r)).map((x) => x.r), ...earlier.map((p) => p.r)].sort((a, b) => a - b)));
    }
    let chosen = bestReading(g, readings)!;
    const certain = BARE_TOTAL.test(T.label) || /^(total|grand total)\b/i.test(T.label) || T.r === t.rows[t.rows.length - 1] || (ti === totals.length - 1 && lastItemRow < T.r);
    if (chosen.holds === 0) chosen = readings[0];
    // A total row is asserted by its label, but where no column agrees with any reading of a tree
    // the tree itself was misread (levels guessed from the numbers, several columns all "wrong"):
    // say nothing rather than blame every column.
    const misread = chosen.holds === 0 && h.source !== "flat" && (h.source === "numbers" || chosen.checked > 1);
    chosen.certain = certain && !misread;
    accept(chosen);
    sectionTotals.push(chosen);
    if (chosen.accepted && chosen.holds > 0) covered.set(T.r, [...new Set(chosen.hyps.flatMap((x) => x.operands.map(([r]) => r)))]);
    // Subtotals: Σ of the block since the previous subtotal (or the start of the region).
    let start = region[0].r - 1;
    for (const S of subs) {
      const block = between(region, start, S.r);
      start = S.r;
      const scols = summed.filter((c) => hasNum(S.r, c.col));
      if (!block.length || !scols.length) continue;
      const blockFamily = (rows: RowInfo[]) => {
        const inBlock = new Set(rows.map((x) => x.r));
        return fam(
          say("family.block", { total: S.label }),
          scols.map((c) => {
            const acc: number[] = [];
            for (const x of rows) if (x.parent === -1 || !inBlock.has(x.parent)) effective(x, c.col, acc);
            return sumHyp(S.r, c, acc, { id: `${S.label} ${c.header}`.trim(), en: `${S.label} ${c.header}`.trim() });
          }),
          { certain: true },
        );
      };
      // The block since the previous subtotal; when that fails in every column but the rows just
      // above it add up in every column (≥ 2), the subtotal covers those only (a list with one block).
      let f = weigh(g, blockFamily(block));
      if (f.holds === 0 && scols.length >= 2)
        for (let k = block.length - 1; k >= 2; k--) {
          const s2 = weigh(g, blockFamily(block.slice(block.length - k)));
          if (s2.holds === s2.checked && s2.checked >= 2) {
            f = s2;
            break;
          }
        }
      accept(f);
    }
    // Grand totals feed the comparison across tables (budget tables only, one satker).
    // A table "dalam ribuan/jutaan rupiah" holds the same money in another unit: not compared as is.
    const otherUnit = UNIT_WORDS.test(t.title) || t.columns.some((c) => UNIT_WORDS.test(c.header));
    const isGrand = !multiUnit && !revenue && !otherUnit && !partialPeriod(t) && (totals.length === 1 || ti === totals.length - 1 || ti === 0);
    if (isGrand) {
      const groups = [...new Set(t.columns.map((c) => c.group))];
      for (const gr of groups) {
        const p = t.columns.find((c) => c.group === gr && c.role === "pagu");
        if (!p) continue;
        const isAmount = (c: Column) => !c.parts.some((x) => /%/.test(x)) && !NOT_AMOUNT.test(c.header);
        const re = t.columns.find((c) => c.group === gr && c.role === "sd" && isAmount(c)) ?? t.columns.find((c) => c.group === gr && c.role === "realisasi" && isAmount(c));
        const year = p.year ?? t.year;
        if (hasNum(T.r, p.col)) keys.push({ quantity: "pagu", year, cell: [T.r, p.col], sheet: t.sheet, value: g.num(T.r, p.col), tableName: name, authority: isLkd(t), ...(INITIAL_PAGU.test(p.header) ? { initial: true } : {}) });
        if (re && hasNum(T.r, re.col)) keys.push({ quantity: "realisasi", year, cell: [T.r, re.col], sheet: t.sheet, value: g.num(T.r, re.col), tableName: name, authority: isLkd(t) });
      }
    }
  });
  // Several section totals ("Jumlah Aset Lancar", "Jumlah Aset Tetap" …) read the same way are
  // evidence for one another: where most of their cells hold, the one that does not is a finding.
  const pooled = sectionTotals.reduce((a, f) => [a[0] + f.holds, a[1] + f.checked], [0, 0]);
  if (sectionTotals.length >= 3 && pooled[0] >= 2 && pooled[0] * 2 > pooled[1]) for (const f of sectionTotals) if (f.holds > 0 || f.checked === 1) f.accepted = true;

  // --- parent = Σ direct children (levels from codes, level words, indentation, or the numbers
  // themselves when a parent matched its rows in all but one column) ---
  if (h.source !== "flat") {
    // One family per column: a column that does not add up the tree (targets) does not sink the others.
    for (const c of summed) {
      const hyps: Hyp[] = [];
      for (const x of items) {
        if (!x.children.length || !hasNum(x.r, c.col)) continue;
        const acc: number[] = [];
        for (const k of x.children) effective(h.byRow.get(k)!, c.col, acc);
        const n = (c.role && NAMES[c.role]) || { id: c.header, en: c.header };
        hyps.push(sumHyp(x.r, c, acc, { id: `${n.id} ${x.label}`.trim(), en: `${n.en} ${x.label}`.trim() }));
      }
      accept(fam(say("family.parent", { column: c.header || c.col }), hyps));
    }
  }

  // --- a total column = Σ the columns it totals, in every row ---
  for (const f of columnSumFamilies(t)) accept(f);
  // --- a "Rata-rata" column = the mean of the figure columns left of it, in every row ---
  for (const f of rowMeanFamilies(t)) accept(f);

  // --- per-row relations by role ---
  const groups = [...new Set(t.columns.map((c) => c.group))];
  const byRole = (gr: number, role: Role) => t.columns.find((c) => c.group === gr && c.role === role);
  const averages = new Set(h.rows.filter((x) => x.kind === "average").map((x) => x.r));
  const anggaranRows = new Set(h.rows.filter((x) => /^anggaran\b/i.test(x.label)).map((x) => x.r));
  const perRows = t.rows.filter((r) => !averages.has(r));
  const realOf = (gr: number) => byRole(gr, "sd") ?? byRole(gr, "realisasi");
  const pairsGroups = groups.filter((gr) => byRole(gr, "pagu") && realOf(gr));
  for (const gr of groups) {
    const pct = byRole(gr, "persen") ?? (byRole(gr, "target") ? undefined : byRole(gr, "capaian"));
    const sisa = byRole(gr, "sisa");
    // % = realisasi ÷ pagu: this group's pair, the nearest pair to its left, or all groups together.
    if (pct) {
      const readings: Family[] = [];
      const own = byRole(gr, "pagu") && realOf(gr) ? [realOf(gr)!, byRole(gr, "pagu")!] : null;
      const left = nearestLeftPair(t, pct.col);
      const candidates: [Column[], Column[]][] = [];
      if (own) candidates.push([[own[0]], [own[1]]]);
      if (left && !(own && left[0] === own[0] && left[1] === own[1])) candidates.push([[left[0]], [left[1]]]);
      if (pairsGroups.length >= 2)
        candidates.push([pairsGroups.map((x) => realOf(x)!), pairsGroups.map((x) => byRole(x, "pagu")!)]);
      if (!own && !byRole(gr, "pagu")) {
        const target = byRole(gr, "target");
        const real = byRole(gr, "realisasi");
        if (target && real && byRole(gr, "persen")) candidates.push([[real], [target]]);
      }
      // No named pair: the two columns the "%" is found to divide in most rows ("Target | Terlayani | %").
      const found = candidates.length ? null : ratioPair(t, pct);
      if (found) candidates.push([[found[0]], [found[1]]]);
      // "Sisa Anggaran | Rp | %": the group names the numerator — sisa ÷ pagu.
      const sisaHere = byRole(gr, "sisa");
      const paguFor = byRole(gr, "pagu") ?? left?.[1];
      if (sisaHere && paguFor && sisaHere.col < pct.col) candidates.push([[sisaHere], [paguFor]]);
      for (const [nums, dens] of candidates) readings.push(fam(say("family.ratio", { result: pct.header, num: nums.map((c) => c.header).join(" + "), den: dens.map((c) => c.header).join(" + ") }), perRows.filter((r) => !anggaranRows.has(r) || !byRole(gr, "target")).map((r) => ratioHyp(g, r, nums, dens, pct.col, rowLabelOf(h, r))).filter((x): x is Hyp => !!x)));
      accept(bestReading(g, readings));
    }
    if (sisa) {
      const own = byRole(gr, "pagu") && realOf(gr) ? [byRole(gr, "pagu")!, realOf(gr)!] : null;
      const readings: Family[] = [];
      const cand: [Column[], Column[]][] = [];
      if (own) cand.push([[own[0]], [own[1]]]);
      if (pairsGroups.length >= 2) cand.push([pairsGroups.map((x) => byRole(x, "pagu")!), pairsGroups.map((x) => realOf(x)!)]);
      if (!own) {
        const left = nearestLeftPair(t, sisa.col);
        if (left) cand.push([[left[1]], [left[0]]]);
      }
      for (const [a, b] of cand)
        readings.push(
          fam(
            say("family.difference", { result: sisa.header, a: a.map((c) => c.header).join(" + "), b: b.map((c) => c.header).join(" + ") }),
            perRows
              .filter((r) => hasNum(r, sisa.col) && hasNum(r, a[0].col))
              .map((r) => ({ kind: "difference" as const, target: [r, sisa.col] as Cell, operands: [...a, ...b].map((c) => [r, c.col] as Cell), params: a.length > 1 ? { split: a.length } : undefined, label: { id: `Sisa anggaran ${rowLabelOf(h, r)}`.trim(), en: `Remaining budget ${rowLabelOf(h, r)}`.trim() }, quantity: "sisa" as Quantity })),
          ),
        );
      accept(bestReading(g, readings));
    }
    // "Lebih/(Kurang)", "Selisih": realisasi − anggaran (SAP LRA) or the other way; the numbers say which.
    const over = t.columns.find((c) => c.group === gr && c.kind === "number" && !c.role && /^(lebih\s*\/?\s*\(?\s*kurang\s*\)?|\(?\s*kurang\s*\)?\s*\/?\s*lebih|selisih)\b/i.test(norm(c.header)));
    const overPagu = byRole(gr, "pagu");
    const overReal = realOf(gr);
    if (over && overPagu && overReal && !sisa) {
      const readings = [
        [overReal, overPagu],
        [overPagu, overReal],
      ].map(([a, b]) =>
        fam(
          say("family.difference", { result: over.header, a: a.header, b: b.header }),
          perRows
            .filter((r) => hasNum(r, over.col) && hasNum(r, a.col) && hasNum(r, b.col))
            .map((r) => ({ kind: "difference" as const, target: [r, over.col] as Cell, operands: [[r, a.col], [r, b.col]] as Cell[], label: { id: `${over.header} ${rowLabelOf(h, r)}`.trim(), en: `${over.header} ${rowLabelOf(h, r)}`.trim() }, quantity: "sisa" as Quantity })),
        ),
      );
      accept(bestReading(g, readings));
    }
    const lalu = byRole(gr, "lalu");
    const ini = byRole(gr, "ini");
    const sd = byRole(gr, "sd");
    if (lalu && ini && sd)
      accept(fam(say("family.toDate"), perRows.filter((r) => hasNum(r, sd.col)).map((r) => ({ kind: "sum" as const, target: [r, sd.col] as Cell, operands: [[r, lalu.col], [r, ini.col]] as Cell[], label: { id: `Realisasi s.d. periode ${rowLabelOf(h, r)}`.trim(), en: `Realisasi to date ${rowLabelOf(h, r)}`.trim() }, quantity: "realisasi" as Quantity }))));
    const den = byRole(gr, "den");
    const numc = byRole(gr, "num");
    const capaian = byRole(gr, "capaian");
    let capaianScale: number | undefined;
    const target = byRole(gr, "target");
    const real = byRole(gr, "realisasi");
    if (den && numc && (capaian || byRole(gr, "persen"))) {
      const out2 = (capaian ?? byRole(gr, "persen"))!;
      accept(fam(say("family.ratio", { result: out2.header, num: numc.header, den: den.header }), perRows.map((r) => ratioHyp(g, r, [numc], [den], out2.col, rowLabelOf(h, r))).filter((x): x is Hyp => !!x)));
    }
    if (target && capaian && real) {
      const hyps: Hyp[] = [];
      const polarityCol = t.columns.find((c) => /polaritas|polarisasi/i.test(c.header));
      const heldMetode = { selisih: 0, rasio: 0 };
      const unheldNegative: NonNullable<Hyp["params"]>[] = [];
      for (const r of perRows) {
        if (anggaranRows.has(r) || h.byRow.get(r)?.kind !== "item") continue;
        const rv = g.num(r, real.col);
        const tv = g.num(r, target.col);
        if (Number.isNaN(rv) || Number.isNaN(tv) || tv === 0 || !hasNum(r, capaian.col)) continue;
        const label = rowLabelOf(h, r);
        const reading = polarityOf(g, r, capaian.col, rv, tv, polarityCol ? g.text(r, polarityCol.col) : "", label);
        const params: Hyp["params"] = { scale: reading.scale, polarity: reading.polarity };
        if (reading.polarity === "negatif") {
          params.metodeNegatif = reading.metode;
          if (reading.held) heldMetode[reading.metode]++;
          else unheldNegative.push(params);
        }
        hyps.push({ kind: "capaian", target: [r, capaian.col], operands: [[r, real.col], [r, target.col]], params, label: { id: `Capaian ${label}`.trim(), en: `Capaian ${label}`.trim() }, quantity: "capaian" });
      }
      // A negative row its figures do not confirm is computed the way the table's other negative rows are.
      if (heldMetode.rasio > heldMetode.selisih) for (const p of unheldNegative) p.metodeNegatif = "rasio";
      const cap = capOf(g, hyps);
      if (cap) for (const x of hyps) x.params = { ...x.params, cap };
      accept(fam(cap ? say("family.capaianCapped", { cap: cap * 100 }) : say("family.capaian"), hyps));
      const scales = hyps.map((x) => x.params?.scale);
      capaianScale = scales.filter((x) => x === 100).length > scales.length / 2 ? 100 : scales.length ? 1 : undefined;
    }
    // "Anggaran" row of a capaian table: pagu under Target, realisasi under Realisasi, % under Capaian.
    if (target && real && capaian)
      for (const r of anggaranRows) {
        const hy = ratioHyp(g, r, [real], [target], capaian.col, "Anggaran");
        if (hy) accept(fam(say("family.anggaranCapaian"), [hy], { certain: true }));
        const from = { id: "pada baris Anggaran tabel capaian", en: "in the capaian table's Anggaran row" };
        if (hasNum(r, target.col)) keys.push({ quantity: "pagu", year: t.year, cell: [r, target.col], sheet: t.sheet, value: g.num(r, target.col), tableName: from, authority: false });
        if (hasNum(r, real.col)) keys.push({ quantity: "realisasi", year: t.year, cell: [r, real.col], sheet: t.sheet, value: g.num(r, real.col), tableName: from, authority: false });
      }
    // Kategori / Predikat: the label of the score to its left.
    const kategori = t.columns.find((c) => c.group === gr && /^(kategori|predikat)\b/i.test(c.header));
    if (kategori) {
      const scoreCol = t.columns.filter((c) => c.col < kategori.col && schemeOf(c.header) && t.rows.some((r) => hasNum(r, c.col))).pop();
      if (scoreCol) {
        const hyps: Hyp[] = [];
        for (const r of t.rows)
          if (g.kind(r, kategori.col) === K.Text && hasNum(r, scoreCol.col))
            hyps.push({ kind: "category", target: [r, kategori.col], operands: [[r, scoreCol.col]], params: { scheme: schemeOf(scoreCol.header)! }, label: { id: `Kategori ${scoreCol.header}`, en: `Category ${scoreCol.header}` }, quantity: "category" });
        accept(fam(say("family.category"), hyps, { certain: true }));
      }
    }
    const nkp = byRole(gr, "nkPerencanaan");
    const nkl = byRole(gr, "nkPelaksanaan");
    const nka = byRole(gr, "nka");
    if (nkp && nkl && nka)
      accept(fam(say("family.nka"), items.filter((x) => hasNum(x.r, nka.col)).map((x) => ({ kind: "mean" as const, target: [x.r, nka.col] as Cell, operands: [[x.r, nkp.col], [x.r, nkl.col]] as Cell[], label: { id: "Nilai Kinerja Anggaran", en: "Budget performance score (NKA)" }, quantity: "score" as Quantity })), { certain: true }));
    // Averages of capaian: a sasaran's average covers that sasaran's indicators only.
    if (capaian) {
      const indicator = items.filter((x) => hasNum(x.r, capaian.col) && !anggaranRows.has(x.r)).map((x) => x.r);
      const sasaranCol = t.labelCols.length >= 2 ? t.labelCols[0] : -1;
      let start = t.headerRow;
      let groupStart = t.headerRow;
      const hyps: Hyp[] = [];
      // Fewer average rows than sasaran blocks: not one per sasaran, so an average that neither
      // reading confirms (a wrong capaian above it) is read as the overall one.
      const sasaranRows = sasaranCol < 0 ? 0 : t.rows.filter((r) => g.kind(r, sasaranCol) === K.Text && h.byRow.get(r)?.kind === "item" && !anggaranRows.has(r)).length;
      const averageCount = t.rows.filter((r) => h.byRow.get(r)?.kind === "average" && hasNum(r, capaian.col)).length;
      const overallByDefault = sasaranRows >= 2 && averageCount < sasaranRows;
      for (const r of t.rows) {
        const x = h.byRow.get(r)!;
        if (x.kind !== "average") {
          if (sasaranCol >= 0 && g.kind(r, sasaranCol) === K.Text && !anggaranRows.has(r)) groupStart = r - 1;
          continue;
        }
        if (!hasNum(r, capaian.col)) continue;
        const from = Math.max(start, groupStart);
        start = r;
        // The mean of its sasaran's rows or of every indicator so far: the label says which when it
        // can ("keseluruhan"); otherwise the reading its own numbers confirm, the sasaran's by default.
        const reading = (overall: boolean): Hyp | null => {
          const ops = indicator.filter((i) => (overall ? i < r : i > from && i < r));
          return ops.length ? { kind: "mean", target: [r, capaian.col], operands: ops.map((i) => [i, capaian.col] as Cell), params: { scale: capaianScale ?? scaleOfValues(g, ops, capaian.col) }, label: overall ? { id: "Rata-rata capaian keseluruhan", en: "Overall average capaian" } : { id: "Rata-rata capaian sasaran", en: "Sasaran average capaian" }, quantity: "capaian" } : null;
        };
        const block = reading(false);
        const all = reading(true);
        const pick = OVERALL_AVERAGE.test(x.label) || !block ? all : holds(g, block) ? block : all && holds(g, all) ? all : overallByDefault && all ? all : block;
        if (pick) hyps.push(pick);
      }
      accept(fam(say("family.sasaranMean"), hyps, { certain: true }));
    }
  }
  // --- a "Rata-rata" row = the mean of the items above it (since the previous such row), in every
  // figure column; capaian averages are read per sasaran above. A % column whose average row holds
  // its own ratio (Σ realisasi ÷ Σ pagu rather than the mean of the %) is read that way. ---
  const averageRows = h.rows.filter((x) => x.kind === "average");
  if (averageRows.length) {
    const figureCols = t.columns.filter((c) => (c.kind === "number" || c.kind === "percent") && c.role !== "capaian" && !t.codeCols.includes(c.col));
    const readings: [ExplainKey, Hyp[]][] = [
      ["reading.top", []],
      ["reading.leaves", []],
    ];
    let prev = t.headerRow;
    for (const A of averageRows) {
      const region = between(items, prev, A.r).filter((x) => !anggaranRows.has(x.r));
      prev = A.r;
      if (region.length < 2) continue;
      const inRegion = new Set(region.map((x) => x.r));
      for (const c of figureCols) {
        if (!hasNum(A.r, c.col)) continue;
        const top: number[] = [];
        for (const x of region) if (x.parent === -1 || !inRegion.has(x.parent)) effective(x, c.col, top);
        const leaves = region.filter((x) => !x.children.length).map((x) => x.r);
        const label = { id: `${A.label} ${c.header}`.trim(), en: `${A.label} ${c.header}`.trim() };
        const mean = (rows: number[]): Hyp | null => {
          const ops = rows.filter((r) => hasNum(r, c.col));
          return ops.length >= 2 ? { kind: "mean", target: [A.r, c.col], operands: ops.map((r) => [r, c.col] as Cell), label, quantity: (c.role && QUANTITY[c.role]) || "count" } : null;
        };
        const pair = c.ratioOf ? ratioPair(t, c) : c.kind === "percent" ? nearestLeftPair(t, c.col) : null;
        const ratio = pair ? ratioHyp(g, A.r, [pair[0]], [pair[1]], c.col, A.label) : null;
        readings.forEach(([, hyps], i) => {
          const m = mean(i === 0 ? top : leaves);
          hyps.push(...[m && ratio && !holds(g, m) && holds(g, ratio) ? ratio : m].filter((x): x is Hyp => !!x));
        });
      }
    }
    const best = bestReading(g, readings.filter(([, hyps]) => hyps.length).map(([reading, hyps]) => fam(say("family.mean", part("reading", say(reading))), hyps)));
    if (best) accept(best);
  }

  // --- measures as rows (Pagu / Realisasi / % / Sisa down the side, jenis belanja or years across) ---
  const rowRole = new Map<Role, number>();
  for (const x of items) {
    const role = roleOf(x.label);
    if (role && !rowRole.has(role)) rowRole.set(role, x.r);
  }
  const pRow = rowRole.get("pagu");
  const rRow = rowRole.get("realisasi") ?? rowRole.get("sd");
  if (pRow !== undefined && rRow !== undefined) {
    const across = t.columns.filter((c) => (c.kind === "number" || c.kind === "percent") && !t.codeCols.includes(c.col) && hasNum(pRow, c.col) && hasNum(rRow, c.col));
    const pctRow = rowRole.get("persen");
    if (pctRow !== undefined) {
      const hyps: Hyp[] = [];
      for (const c of across) {
        if (!hasNum(pctRow, c.col) || g.num(pRow, c.col) === 0) continue;
        hyps.push({ kind: "ratio", target: [pctRow, c.col], operands: [[rRow, c.col], [pRow, c.col]], params: { scale: scaleFor(g, pctRow, c.col, g.num(rRow, c.col) / g.num(pRow, c.col)) }, label: { id: `${rowLabelOf(h, pctRow)} ${c.header}`.trim(), en: `${rowLabelOf(h, pctRow)} ${c.header}`.trim() }, quantity: "persen" });
      }
      accept(fam(say("family.rowRatio", { row: rowLabelOf(h, pctRow) }), hyps));
    }
    const sisaRow = rowRole.get("sisa");
    if (sisaRow !== undefined)
      accept(fam(say("family.rowDifference", { row: rowLabelOf(h, sisaRow) }), across.filter((c) => hasNum(sisaRow, c.col)).map((c) => ({ kind: "difference" as const, target: [sisaRow, c.col] as Cell, operands: [[pRow, c.col], [rRow, c.col]] as Cell[], label: { id: `${rowLabelOf(h, sisaRow)} ${c.header}`.trim(), en: `${rowLabelOf(h, sisaRow)} ${c.header}`.trim() }, quantity: "sisa" as Quantity }))));
  }

  // --- Jumlah = volume × harga satuan (RKA/DPA rincian), when the numbers say so ---
  const prod = productFamily(t);
  if (prod) accept(prod);

  // --- % columns found by their numbers alone (no % word in the header) ---
  for (const pc of t.columns) {
    const pair = pc.role ? null : ratioPair(t, pc);
    if (!pair) continue;
    const [num, den] = pair;
    accept(fam(say("family.ratio", { result: pc.header || pc.col, num: num.header, den: den.header }), perRows.map((r) => ratioHyp(g, r, [num], [den], pc.col, rowLabelOf(h, r))).filter((x): x is Hyp => !!x)));
  }
  return out;
}

const UNIT_WORDS = /\b(juta|jutaan|ribu|ribuan|miliar|milyar|triliun)\b/i;

/**
 * Figure columns whose amounts are rounded (the table says "dalam juta/ribu rupiah", or its
 * figures carry decimals at most 2): column → one unit of the last decimal shown. Parts typed
 * rounded add up to a total that may differ by a few such units (about √n for n parts).
 */
function roundedColumns(t: Table): Map<number, number> {
  const g = t.grid;
  const out = new Map<number, number>();
  const unitTable = UNIT_WORDS.test(t.title) || t.columns.some((c) => UNIT_WORDS.test(c.header));
  for (const c of t.columns) {
    if (c.kind !== "number") continue;
    let dec = -1;
    let fractional = false;
    let seen = 0;
    for (const r of t.rows) {
      if (!g.isNum(r, c.col) || g.flags(r, c.col) & F_PERCENT) continue;
      const v = g.num(r, c.col);
      const d = g.decimals(r, c.col) ?? (Number.isInteger(v) ? 0 : Math.min(4, String(v).split(".")[1]?.length ?? 0));
      if (d > dec) dec = d;
      if (!Number.isInteger(v)) fractional = true;
      if (++seen >= 200) break;
    }
    if (dec < 0) continue;
    if (unitTable || (fractional && dec >= 1 && dec <= 2)) out.set(c.col, Math.pow(10, -Math.max(0, dec)));
  }
  return out;
}

function sumHyp(r: number, c: Column, rows: number[], label: { id: string; en: string }): Hyp {
  return { kind: "sum", target: [r, c.col], operands: rows.map((x) => [x, c.col] as Cell), label, quantity: (c.role && QUANTITY[c.role]) || "count" };
}

/**
 * A capaian capped by policy (some pemda cap at 120%, some at 100%): every row whose realisasi ÷
 * target exceeds the cap shows exactly the cap, at least one does, and no row shows more. Returns
 * the cap as a fraction, or undefined when the table's numbers do not show one.
 */
function capOf(g: Grid, hyps: Hyp[]): number | undefined {
  for (const cap of [1.2, 1]) {
    let capped = 0;
    let broken = false;
    for (const h of hyps) {
      const scale = h.params?.scale ?? 1;
      const shown = g.num(h.target[0], h.target[1]) / scale;
      const raw = expected(g, { ...h, params: { ...h.params, scale: 1 } });
      if (raw === null || Number.isNaN(shown)) continue;
      const tol = 0.00005 + 1e-9;
      if (shown > cap + tol) broken = true;
      else if (raw > cap + tol) {
        if (Math.abs(shown - cap) <= tol) capped++;
        else broken = true;
      }
      if (broken) break;
    }
    if (!broken && capped > 0) return cap;
  }
  return undefined;
}

/**
 * Whether capaian figures are typed as fractions (1,0412 shown 104,12%) or in points (104,12):
 * percent-formatted cells are fractions; otherwise points when most values exceed 3 (300% as a
 * fraction is beyond any capaian). Returns the relation's scale, 1 or 100.
 */
function scaleOfValues(g: Grid, rows: number[], col: number): number {
  let points = 0;
  for (const r of rows) {
    if (g.flags(r, col) & F_PERCENT) return 1;
    if (Math.abs(g.num(r, col)) > 3) points++;
  }
  return points > rows.length / 2 ? 100 : 1;
}

/** The two columns a % column was found to divide by its numbers (tables.ts ratioColumns), or null. */
function ratioPair(t: Table, pc: Column): [Column, Column] | null {
  if (!pc.ratioOf) return null;
  const num = t.columns.find((c) => c.col === pc.ratioOf!.num);
  const den = t.columns.find((c) => c.col === pc.ratioOf!.den);
  return num && den ? [num, den] : null;
}

/** The nearest realisasi and pagu columns left of a column (any group). */
function nearestLeftPair(t: Table, col: number): [Column, Column] | null {
  const left = t.columns.filter((c) => c.col < col);
  const real = [...left].reverse().find((c) => c.role === "realisasi" || c.role === "sd");
  const pagu = [...left].reverse().find((c) => c.role === "pagu");
  return real && pagu ? [real, pagu] : null;
}

function ratioHyp(g: Grid, r: number, nums: Column[], dens: Column[], pctCol: number, label: string): Hyp | null {
  if (!g.isNum(r, pctCol)) return null;
  let a = 0;
  let b = 0;
  for (const c of nums) {
    const v = g.num(r, c.col);
    if (Number.isNaN(v)) return null;
    a += v;
  }
  for (const c of dens) {
    const v = g.num(r, c.col);
    if (Number.isNaN(v)) return null;
    b += v;
  }
  if (b === 0) return null;
  const ops = [...nums, ...dens].map((c) => [r, c.col] as Cell);
  return { kind: "ratio", target: [r, pctCol], operands: ops, params: { scale: scaleFor(g, r, pctCol, a / b), ...(nums.length > 1 || dens.length > 1 ? { split: nums.length } : {}) }, label: { id: `Persentase ${label}`.trim(), en: `Percentage ${label}`.trim() }, quantity: "persen" };
}

/**
 * The polarity a capaian row is computed with: a Polaritas column when the table has one;
 * otherwise the reading the row's own figures confirm (r ÷ t for positive; 2 − r ÷ t or t ÷ r
 * for negative), with decrease words in the label ("penurunan", "menurun") only breaking a tie —
 * "Persentase penurunan stunting" is a positive indicator whose capaian is r ÷ t.
 */
function polarityOf(g: Grid, r: number, c: number, rv: number, tv: number, stated: string, label: string): { polarity: "positif" | "negatif"; metode: "selisih" | "rasio"; scale: number; held: boolean } {
  const v = g.num(r, c);
  const dec = g.decimals(r, c);
  const readings = [
    { polarity: "positif" as const, metode: "selisih" as const, e: rv / tv },
    { polarity: "negatif" as const, metode: "selisih" as const, e: 2 - rv / tv },
    { polarity: "negatif" as const, metode: "rasio" as const, e: rv === 0 ? NaN : tv / rv },
  ].map((x) => ({ ...x, scale: scaleFor(g, r, c, x.e) }));
  const holds = (x: (typeof readings)[number]) => {
    const want = x.e * x.scale;
    if (!Number.isFinite(want)) return false;
    const tol = (dec !== null ? 0.5 * 10 ** -dec : 0) + 5e-4 * Math.max(1e-9, Math.abs(want));
    return Math.abs(v - want) <= tol;
  };
  // "(-)", "[+]", "−" (minus sign), "–" (dash): the sign alone, bracketed or not.
  const s = norm(stated).replace(/^[([]\s*/, "").replace(/[−–]/g, "-");
  const says = /^(negatif|negative|minimize|-|↓)/.test(s) ? "negatif" : /^(positif|positive|maximize|\+|↑)/.test(s) ? "positif" : null;
  const decrease = /menurun|turun|berkurang|penurunan/i.test(label);
  const pick = (pol: "positif" | "negatif") => {
    const h = readings.find((x) => x.polarity === pol && holds(x));
    return h ? { ...h, held: true } : { ...readings.find((x) => x.polarity === pol)!, held: false };
  };
  if (says) return pick(says);
  const held = readings.filter(holds);
  if (held.length) return { ...(held.find((x) => x.polarity === (decrease ? "negatif" : "positif")) ?? held[0]), held: true };
  return pick(decrease ? "negatif" : "positif");
}

/**
 * One percent scale per column: a column holds fractions or percent points, not both. A typo
 * (36,75 M typed 367,5 M) must not flip its own row's scale and shift the suggested value by ×100.
 * Cells formatted as % keep scale 1.
 */
function unifyScale(g: Grid, hyps: Hyp[]): Hyp[] {
  const votes = new Map<number, { one: number; hundred: number }>();
  const plain = (h: Hyp) => (h.kind === "ratio" || h.kind === "capaian") && h.params?.scale !== undefined && !(g.flags(h.target[0], h.target[1]) & F_PERCENT);
  for (const h of hyps) {
    if (!plain(h)) continue;
    const v = votes.get(h.target[1]) ?? { one: 0, hundred: 0 };
    if (h.params!.scale === 100) v.hundred++;
    else v.one++;
    votes.set(h.target[1], v);
  }
  for (const h of hyps) {
    if (!plain(h)) continue;
    const v = votes.get(h.target[1])!;
    const scale = v.hundred > v.one ? 100 : v.one > v.hundred ? 1 : h.params!.scale;
    if (scale !== h.params!.scale) h.params = { ...h.params, scale };
  }
  return hyps;
}

/** 1 when the cell holds a fraction shown as %, 100 when it holds percent points. */
function scaleFor(g: Grid, r: number, c: number, ratio: number | null): number {
  const v = g.num(r, c);
  if (Number.isNaN(v)) return 1;
  if (g.flags(r, c) & F_PERCENT) return 1;
  if (ratio === null) return v > 2 ? 100 : 1;
  return Math.abs(v - ratio) <= Math.abs(v - ratio * 100) ? 1 : 100;
}

function schemeOf(header: string): "ikpa" | "nka" | "ikm" | "sakip" | null {
  const h = norm(header);
  if (/\bikpa\b|pelaksanaan anggaran/.test(h)) return "ikpa";
  if (/\bnka\b|nilai kinerja anggaran/.test(h)) return "nka";
  if (/\bikm\b|kepuasan masyarakat/.test(h)) return "ikm";
  if (/sakip|akip/.test(h)) return "sakip";
  return null;
}

/**
 * A total column equals the columns it totals in every row: months (Januari … Desember), the same
 * sub-column under other group labels ("Jumlah / Rp" = "Operasi / Rp" + "Modal / Rp"), or the run
 * of figure columns right before (or after) it. The reading most rows satisfy is kept.
 */
function columnSumFamilies(t: Table): Family[] {
  const g = t.grid;
  const out: Family[] = [];
  const figures = t.columns.filter((c) => c.kind === "number" && c.role !== "persen" && c.role !== "capaian");
  const months = figures.filter((c) => MONTH_WORD.test(c.header));
  const rows = t.rows;
  const fam = (name: Bilingual, hyps: Hyp[], threshold: number): Family => ({ sheet: t.sheet, name, hyps, certain: false, threshold, holds: 0, checked: 0, accepted: false });
  for (const C of figures) {
    const head = norm(C.parts[C.parts.length - 1] ?? "");
    const top = norm(C.parts[0] ?? "");
    const totalWord = /^(total|jumlah|nilai rincian)\b/.test(head) || /^(total|jumlah)\b/.test(top);
    if (!totalWord) continue;
    const cands: { cols: Column[]; named: boolean }[] = [];
    const prefix = norm(C.header.replace(/^(total|jumlah)\s*/i, "").replace(MONTH_WORD, ""));
    const ms = months.filter((m) => m.col !== C.col && (!prefix || norm(m.header.replace(MONTH_WORD, "")) === prefix || norm(m.header.replace(MONTH_WORD, "")) === ""));
    if (ms.length >= 2) cands.push({ cols: ms, named: true });
    if (C.parts.length >= 2 && /^(total|jumlah)\b/.test(top)) {
      const same = figures.filter((c) => c !== C && c.parts.length >= 2 && norm(c.parts[c.parts.length - 1]) === head && !/^(total|jumlah)\b/.test(norm(c.parts[0])));
      if (same.length >= 2) cands.push({ cols: same, named: true });
    }
    // "Jumlah SPJ s.d. Bulan Ini" = the "s.d. Bulan Ini" column of every group: the same role.
    if (C.role) {
      const same = figures.filter((c) => c !== C && c.role === C.role && !/^(total|jumlah)\b/.test(norm(c.parts[0] ?? "")) && !/^(total|jumlah)\b/.test(norm(c.parts[c.parts.length - 1] ?? "")));
      if (same.length >= 2) cands.push({ cols: same, named: true });
    }
    for (const dir of [-1, 1]) {
      const run: Column[] = [];
      const idx = t.columns.indexOf(C);
      for (let k = idx + dir; k >= 0 && k < t.columns.length; k += dir) {
        const c = t.columns[k];
        if (c.kind !== "number" || c.role === "persen" || /^(total|jumlah)\b/.test(norm(c.parts[c.parts.length - 1] ?? ""))) break;
        run.push(c);
      }
      if (run.length >= 2) cands.push({ cols: run, named: false });
      // Parallel breakdowns of one population (by waiting time, then by workplace): each
      // contiguous part of the run may be the one the total adds up.
      if (run.length >= 4 && run.length <= 16)
        for (let a = 0; a < run.length; a++) for (let b = a + 2; b <= run.length; b++) if (b - a < run.length) cands.push({ cols: run.slice(a, b), named: false });
    }
    // A row of rates ("%", "Capaian", "Rata-rata") across the columns is not added across them.
    const targetRows = rows.filter((r) => g.isNum(r, C.col) && !RATE_ROW.test(labelOfRow(t, r)));
    const hyp = (r: number, cols: Column[]): Hyp => ({ kind: "sum", target: [r, C.col], operands: cols.map((c) => [r, c.col] as Cell), label: { id: `${C.header} ${labelOfRow(t, r)}`.trim(), en: `${C.header} ${labelOfRow(t, r)}`.trim() }, quantity: (C.role && QUANTITY[C.role]) || "count" });
    // Choose the reading on a sample of rows (linear in cells however many readings there are),
    // then build the chosen one for every row.
    const sample = targetRows.slice(0, 64);
    let best: { cols: Column[]; named: boolean } | undefined;
    let bestScore = -1;
    for (const cd of cands) {
      let score = 0;
      // A row of zeros satisfies every reading: it is no evidence for one.
      for (const r of sample) if (g.num(r, C.col) !== 0 && holds(g, hyp(r, cd.cols)) === true) score++;
      if (score > bestScore) {
        best = cd;
        bestScore = score;
      }
    }
    if (best) {
      const cols = best.cols;
      out.push(fam(say("family.rowSum", { result: C.header, columns: cols.map((c) => c.header || c.col).join(", ") }), targetRows.map((r) => hyp(r, cols)), 0.5));
    }
  }
  return out;
}

/**
 * A "Rata-rata" / "Rerata" column = the mean of the run of figure columns just left of it (the
 * months of an index table), like a "Jumlah" column is their sum. Accepted where the numbers
 * say so in at least half the rows; without it a wrong row mean is back-solved through the
 * rounded column mean instead (red team 37).
 */
function rowMeanFamilies(t: Table): Family[] {
  const g = t.grid;
  const out: Family[] = [];
  const isAvg = (c: Column) => c.parts.some((p) => /^(rata[- ]?rata|rerata|average|mean)\b/.test(norm(p)));
  const rows = t.rows;
  for (const C of t.columns) {
    if (C.kind !== "number" || C.role === "persen" || C.role === "capaian" || !isAvg(C)) continue;
    const run: Column[] = [];
    for (let k = t.columns.indexOf(C) - 1; k >= 0; k--) {
      const c = t.columns[k];
      if (c.kind !== "number" || c.role === "persen" || t.codeCols.includes(c.col) || isAvg(c) || /^(total|jumlah)\b/.test(norm(c.parts[c.parts.length - 1] ?? ""))) break;
      run.unshift(c);
    }
    if (run.length < 2) continue;
    const hyps: Hyp[] = [];
    for (const r of rows) {
      if (!g.isNum(r, C.col) || !run.every((c) => g.isNum(r, c.col))) continue;
      const label = labelOfRow(t, r);
      hyps.push({ kind: "mean", target: [r, C.col], operands: run.map((c) => [r, c.col] as Cell), label: { id: `${C.header} ${label}`.trim(), en: `${C.header} ${label}`.trim() }, quantity: "count" });
    }
    if (hyps.length < 2) continue;
    out.push({ sheet: t.sheet, name: say("family.rowMean", { result: C.header, columns: run.map((c) => c.header || c.col).join(", ") }), hyps, certain: false, threshold: 0.5, holds: 0, checked: 0, accepted: false });
  }
  return out;
}

/**
 * A figure column equal to the product of two figure columns to its left (koefisien × harga =
 * jumlah) in at least 80 % of a sample of rows. Bounded like the % search: a sample of rows and
 * the nearest few columns. A factor that is 1 in every sampled row proves nothing and is skipped.
 */
function productFamily(t: Table): Family | undefined {
  const g = t.grid;
  const figures = t.columns.filter((c) => c.kind === "number");
  for (let ci = figures.length - 1; ci >= 2; ci--) {
    const C = figures[ci];
    const left = figures.slice(Math.max(0, ci - 6), ci);
    const sample: number[] = [];
    for (const r of t.rows) {
      if (!g.isNum(r, C.col)) continue;
      let factors = 0;
      for (const c of left) if (g.isNum(r, c.col)) factors++;
      if (factors < 2) continue;
      sample.push(r);
      if (sample.length >= 40) break;
    }
    if (sample.length < 3) continue;
    for (let a = 0; a < left.length; a++)
      for (let b = a + 1; b < left.length; b++) {
        const A = left[a];
        const B = left[b];
        let ok = 0;
        let n = 0;
        let onesA = 0;
        let onesB = 0;
        for (const r of sample) {
          const x = g.num(r, A.col);
          const y = g.num(r, B.col);
          const v = g.num(r, C.col);
          if (Number.isNaN(x) || Number.isNaN(y)) continue;
          n++;
          if (x === 1) onesA++;
          if (y === 1) onesB++;
          if (v !== 0 && Math.abs(v - x * y) <= Math.pow(10, -(g.decimals(r, C.col) ?? 0)) + 1e-9 * Math.abs(v)) ok++;
        }
        if (n < 3 || ok < discovered(n) || onesA === n || onesB === n) continue;
        const hyps: Hyp[] = [];
        for (const r of t.rows)
          if (g.isNum(r, C.col) && g.isNum(r, A.col) && g.isNum(r, B.col))
            hyps.push({ kind: "product", target: [r, C.col], operands: [[r, A.col], [r, B.col]], label: { id: `${C.header} ${labelOfRow(t, r)}`.trim(), en: `${C.header} ${labelOfRow(t, r)}`.trim() }, quantity: (C.role && QUANTITY[C.role]) || "count" });
        return { sheet: t.sheet, name: say("family.rowProduct", { result: C.header, a: A.header, b: B.header }), hyps, certain: false, threshold: 0.5, holds: 0, checked: 0, accepted: false };
      }
  }
  return undefined;
}

function labelOfRow(t: Table, r: number): string {
  for (const c of t.labelCols) {
    const s = t.grid.text(r, c);
    if (s) return `(${s})`;
  }
  return `(baris ${r + 1})`;
}

export { holds };
