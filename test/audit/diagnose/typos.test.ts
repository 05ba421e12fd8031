// Twenty random single-cell typos planted in the corrected kerinci-2024 sample (a fixed-seed
// PRNG chooses the cells and the typos): diagnosis must name the typed cell with its original
// value, blame no correct cell, and applying every root cause's fix must give back the
// corrected figures with no error left.
//
// All twenty are planted in ONE workbook (the "a workbook with 20 random typos"), in
// cells whose footprints are disjoint: the relations touching the typed cell or any formula
// that recomputes from it share no relation with another typo's. Typos that share a relation
// are a different problem (two wrong parts of one sum have no single-cell explanation); keeping
// them apart makes the twenty independent trials while the search still sees them all at once
// (it must not merge or mix them up).
import { evaluate } from "../../../src/audit/diagnose";
import { audit, cellViewer } from "../../../src/audit/engine";
import { analyze } from "../../../src/audit/recognize";
import type { Finding } from "../../../src/audit/types";
import { toA1 } from "../../../src/core/address";
import type { Relation } from "../../../src/core/relations";
import { forEachCell, type WorkbookSnapshot } from "../../../src/core/snapshot";
import { applyFix, FIXES_KEY, installTemplates, readSnapshot } from "../../../src/host/office";
import { resolveTemplateRelations, templateYear } from "../../../src/templates/resolve";
import { FakeWorkbook, runFake } from "../../support/fake";
import { prng } from "../../support/random";

/** Where the sample's own contradictions have equally good fixes, the one its sources support. */
const CHOSEN = new Set(["Realisasi Anggaran!N18", "Realisasi Anggaran!O18", "Realisasi Anggaran!B33"]);
const SEED = 20241231;
const TYPOS = 20;

/** Decimals the format shows, and whether it is a percent ("0.00%" → {2, true}). */
function shownPrecision(format: string): { decimals: number; percent: boolean } {
  const m = /\.(0+)/.exec(format);
  return { decimals: m ? m[1].length : 0, percent: format.includes("%") };
}

/**
 * One unit of the format's last digit: the relations accept a figure rounded or truncated to
 * what the cell shows, so the value that makes them hold may be the rounded 103,55% where the
 * original was the truncated 103,54%.
 */
function tolerance(format: string): number {
  const { decimals, percent } = shownPrecision(format);
  return 10 ** -decimals / (percent ? 100 : 1) + 1e-9;
}

/**
 * A typo as a person makes it: one of the first two digits, as the cell shows the number,
 * becomes another digit (the first never becomes 0). Returns the typed value.
 */
function typo(value: number, format: string, rnd: () => number): number {
  const { decimals, percent } = shownPrecision(format);
  const scale = 10 ** decimals * (percent ? 100 : 1);
  const digits = String(Math.round(Math.abs(value) * scale)).split("");
  const at = digits.length > 1 && rnd() < 0.5 ? 1 : 0;
  const old = Number(digits[at]);
  const choices = [...Array(10).keys()].filter((d) => d !== old && !(at === 0 && d === 0));
  digits[at] = String(choices[Math.floor(rnd() * choices.length)]);
  return (Math.sign(value) * Number(digits.join(""))) / scale;
}

const key = (sheet: string, cell: string) => `${sheet}!${cell}`;

/** Every cell's value, to see which cells a write changed (the typed cell and the formulas that follow it). */
function values(snap: WorkbookSnapshot): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const s of snap.sheets) forEachCell(s, (r, c, v) => out.set(key(s.name, toA1(r, c)), v.value));
  return out;
}

async function write(wb: FakeWorkbook, sheet: string, cell: string, value: number): Promise<void> {
  await runFake(wb, async (c) => {
    c.workbook.worksheets.getItem(sheet).getRange(cell).values = [[value]];
    await c.sync();
  });
}

interface Planted {
  sheet: string;
  cell: string;
  original: number;
  typed: number;
  format: string;
  /** The cells of the relations this typo's footprint covers (where a wrong blame for it could land). */
  reach: Set<string>;
  /**
   * The relations pin the original down: a value two display units away from it breaks one of
   * them. When they do not (a rupiah behind a percentage shown to 0,01%, one of 49 scores behind
   * a rounded average), no audit can name the original value; such a typo is planted all the
   * same but is not one of the twenty trials.
   */
  pinned: boolean;
}

let planted: Planted[];
let corrected: Map<string, unknown>;
let formats: Map<string, string>;
let wb: FakeWorkbook;
let result: ReturnType<typeof audit>;

beforeAll(async () => {
  // The corrected copy of the sample: its own root causes fixed (test/host/fixes.test.ts shows this converges).
  wb = new FakeWorkbook();
  wb.addSheet("Sheet1");
  await runFake(wb, (c) => installTemplates(c, { year: 2024, sample: "kerinci-2024" }));
  const first = audit(await runFake(wb, (c) => readSnapshot(c)));
  for (const f of first.findings.filter((x) => x.cause && !x.ignored)) {
    const fx = f.cause!.candidates.find((c) => CHOSEN.has(key(c.sheet, c.cell))) ?? f.cause!.candidates[0];
    await runFake(wb, (c) => applyFix(c, { sheet: fx.sheet, address: fx.cell, value: fx.value }));
  }
  wb.settings.delete(FIXES_KEY);
  const clean = await runFake(wb, (c) => readSnapshot(c));
  corrected = values(clean);

  // Relations of the clean workbook (as the audit builds them) and the typed number cells they cover.
  const template = resolveTemplateRelations(clean);
  const relations: Relation[] = [...template, ...analyze(clean, template, { year: templateYear(clean) ?? undefined }).relations];
  const relationsOf = new Map<string, number[]>();
  relations.forEach((r, i) => {
    for (const c of [r.target, ...r.operands]) {
      const k = key(c.sheet, c.address);
      relationsOf.set(k, [...(relationsOf.get(k) ?? []), i]);
    }
  });
  formats = new Map();
  const inputs: string[] = [];
  for (const s of clean.sheets)
    forEachCell(s, (r, c, v) => {
      const k = key(s.name, toA1(r, c));
      formats.set(k, v.numberFormat);
      if (v.formula === null && typeof v.value === "number" && v.value !== 0 && relationsOf.has(k)) inputs.push(k);
    });
  inputs.sort();

  const rnd = prng(SEED);
  const used = new Set<number>();
  planted = [];
  const tried = new Set<string>();
  let current = corrected;
  while (planted.filter((p) => p.pinned).length < TYPOS && tried.size < inputs.length) {
    const k = inputs[Math.floor(rnd() * inputs.length)];
    if (tried.has(k)) continue;
    tried.add(k);
    const [sheet, cell] = [k.slice(0, k.lastIndexOf("!")), k.slice(k.lastIndexOf("!") + 1)];
    const original = corrected.get(k) as number;
    const typed = typo(original, formats.get(k)!, rnd);
    // Footprint: the relations over the typed cell and every cell that recomputes from it.
    await write(wb, sheet, cell, typed);
    const snap = await runFake(wb, (c) => readSnapshot(c));
    const after = values(snap);
    const footprint = new Set<number>();
    for (const [at, v] of after) if (v !== current.get(at)) for (const i of relationsOf.get(at) ?? []) footprint.add(i);
    // A typo no relation sees (a formula beside it recomputes and agrees) is beyond any audit: not a trial.
    const view = cellViewer(snap);
    const seen = [...footprint].some((i) => evaluate(relations[i], view)?.holds === false);
    if (!seen || [...footprint].some((i) => used.has(i))) {
      await write(wb, sheet, cell, original);
      continue;
    }
    const unit = tolerance(formats.get(k)!) - 1e-9;
    let pinned = true;
    for (const near of [original + 2 * unit, original - 2 * unit]) {
      await write(wb, sheet, cell, near);
      const v = cellViewer(await runFake(wb, (c) => readSnapshot(c)));
      if ([...footprint].every((i) => evaluate(relations[i], v)?.holds !== false)) pinned = false;
    }
    await write(wb, sheet, cell, typed);
    for (const i of footprint) used.add(i);
    current = after;
    const reach = new Set<string>();
    for (const i of footprint) for (const c of [relations[i].target, ...relations[i].operands]) reach.add(key(c.sheet, c.address));
    for (const [at, v] of after) if (v !== corrected.get(at)) reach.add(at);
    planted.push({ sheet, cell, original, typed, format: formats.get(k)!, reach, pinned });
  }
  result = audit(await runFake(wb, (c) => readSnapshot(c)));
}, 300000);

const roots = (): Finding[] => result.findings.filter((f) => f.cause && !f.ignored);
const isPlanted = (sheet: string, cell: string) => planted.some((p) => p.sheet === sheet && p.cell === cell);
const isNamed = (p: Planted) =>
  roots().some((f) => f.cause!.candidates.some((c) => c.sheet === p.sheet && c.cell === p.cell && typeof c.value === "number" && Math.abs(c.value - p.original) <= tolerance(p.format)));

// The bar: at least 19 of the 20 trials named with their original value, and no root
// cause that names only correct cells (over every planted typo, trials or not). Measured with
// this seed: 20 of 20 named (see BENCHMARKS.md "Diagnosis accuracy").
const NAMED_AT_LEAST = 19;
const WRONG_AT_MOST = 0;
const trials = (): Planted[] => planted.filter((p) => p.pinned);

describe(`${TYPOS} random single-cell typos in the corrected kerinci-2024 sample (seed ${SEED})`, () => {
  it("plants twenty typos whose original value the relations pin down, with disjoint footprints", () => {
    expect(trials()).toHaveLength(TYPOS);
    expect(new Set(planted.map((p) => p.sheet)).size).toBeGreaterThan(3);
  });

  it(`names at least ${NAMED_AT_LEAST} of 20 typed cells as a root cause with the original value`, () => {
    const named = trials().filter(isNamed);
    expect(named.length).toBeGreaterThanOrEqual(NAMED_AT_LEAST);
    // Named alone (one candidate), not as one of several equally good cells.
    const alone = named.filter((p) => roots().some((f) => f.cause!.candidates.length === 1 && f.cause!.candidates[0].sheet === p.sheet && f.cause!.candidates[0].cell === p.cell));
    expect(alone.length).toBeGreaterThanOrEqual(12);
  });

  it("a typo whose original value is not pinned down is offered as one of the cells to check", () => {
    const loose = planted.filter((x) => !x.pinned);
    expect(loose.filter((p) => !roots().some((f) => f.cause!.candidates.some((c) => c.sheet === p.sheet && c.cell === p.cell))).map((p) => `${p.sheet}!${p.cell}`)).toEqual([]);
  });

  it("blames no correct cell", () => {
    const wrong = roots().filter((f) => !f.cause!.candidates.some((c) => isPlanted(c.sheet, c.cell)));
    expect(wrong.length).toBeLessThanOrEqual(WRONG_AT_MOST);
    const unaccounted = wrong.filter((f) => !f.cause!.candidates.some((c) => planted.some((p) => p.reach.has(key(c.sheet, c.cell)))));
    expect(unaccounted.map((f) => `${f.sheet}!${f.cell}: ${f.fix_en}`)).toEqual([]);
  });

  it("applying the root causes' fixes (the typed cell where the user has a choice), re-auditing and applying what is left ends with no error; the figures are the corrected ones outside the missed typos' reach", async () => {
    const apply = async (list: Finding[]) => {
      for (const f of list) {
        const fx = f.cause!.candidates.find((c) => isPlanted(c.sheet, c.cell)) ?? f.cause!.candidates[0];
        await runFake(wb, (c) => applyFix(c, { sheet: fx.sheet, address: fx.cell, value: fx.value }));
      }
    };
    const right = roots().filter((f) => f.cause!.candidates.some((c) => isPlanted(c.sheet, c.cell)));
    await apply(right);
    // After the right fixes, only the cells a missed typo changed differ from the corrected copy.
    const missed = planted.filter((p) => !isNamed(p));
    const now = values(await runFake(wb, (c) => readSnapshot(c)));
    const off: string[] = [];
    for (const [k, v] of corrected) {
      const w = now.get(k);
      const same = typeof v === "number" && typeof w === "number" ? Math.abs(v - w) <= tolerance(formats.get(k) ?? "General") : v === w;
      if (!same) off.push(k);
    }
    expect(off.filter((k) => !missed.some((p) => p.reach.has(k)))).toEqual([]);
    // Then what the pane lists after re-auditing (the wrong blames too, as a user following every
    // suggestion would): no error is left.
    const second = audit(await runFake(wb, (c) => readSnapshot(c)));
    await apply(second.findings.filter((f) => f.cause && !f.ignored));
    const after = audit(await runFake(wb, (c) => readSnapshot(c)));
    expect(after.findings.filter((f) => f.severity === "error" && !f.ignored).map((f) => `${f.sheet}!${f.cell}: ${f.message_en}`)).toEqual([]);
  }, 120000);
});
