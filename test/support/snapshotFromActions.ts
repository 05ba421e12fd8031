// snapshotFromActions: the WorkbookSnapshot a host would read back after applying a plan to an
// empty workbook. Pure; lets tests (and the auditor's tests) work without files.

import type { Action } from "../../src/core/actions";
import { parseA1, parseRange } from "../../src/core/address";
import type { CellValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from "../../src/core/snapshot";

interface Grid {
  name: string;
  values: Map<string, CellValue>;
  formulas: Map<string, string>;
  formats: Map<string, string>;
  merged: string[];
  maxRow: number;
  maxCol: number;
}

export function snapshotFromActions(actions: Action[], base?: WorkbookSnapshot): WorkbookSnapshot {
  const grids = new Map<string, Grid>();
  const order: string[] = [];
  const tables: TableSnapshot[] = [...(base?.tables ?? [])];
  const settings: Record<string, string> = { ...(base?.settings ?? {}) };
  const grid = (sheet: string): Grid => {
    const g = grids.get(sheet);
    if (!g) throw new Error(`no sheet '${sheet}'`);
    return g;
  };
  for (const a of actions) {
    switch (a.kind) {
      case "addSheet":
        if (grids.has(a.sheet) || base?.sheets.some((s) => s.name === a.sheet)) throw new Error(`sheet '${a.sheet}' exists`);
        grids.set(a.sheet, { name: a.sheet, values: new Map(), formulas: new Map(), formats: new Map(), merged: [], maxRow: -1, maxCol: -1 });
        order.push(a.sheet);
        break;
      case "write": {
        const g = grid(a.sheet);
        const o = parseA1(a.address);
        const rows = Math.max(a.values?.length ?? 0, a.formulas?.length ?? 0, a.numberFormats?.length ?? 0);
        for (let r = 0; r < rows; r++) {
          const cols = Math.max(a.values?.[r]?.length ?? 0, a.formulas?.[r]?.length ?? 0, a.numberFormats?.[r]?.length ?? 0);
          for (let c = 0; c < cols; c++) {
            const k = `${o.row + r},${o.col + c}`;
            const v = a.values?.[r]?.[c];
            const f = a.formulas?.[r]?.[c];
            const nf = a.numberFormats?.[r]?.[c];
            if (v !== undefined) g.values.set(k, v);
            if (f) g.formulas.set(k, f);
            else if (v !== undefined) g.formulas.delete(k);
            if (nf) g.formats.set(k, nf);
            if (v !== undefined && v !== null) {
              g.maxRow = Math.max(g.maxRow, o.row + r);
              g.maxCol = Math.max(g.maxCol, o.col + c);
            }
          }
        }
        break;
      }
      case "merge":
        grid(a.sheet).merged.push(a.address);
        break;
      case "addTable":
      case "addName": {
        const r = parseRange(a.address);
        const g = grid(a.sheet);
        g.maxRow = Math.max(g.maxRow, r.end.row);
        g.maxCol = Math.max(g.maxCol, r.end.col);
        tables.push({ name: a.name, sheet: a.sheet, range: a.address, kind: a.kind === "addTable" ? "table" : "name" });
        break;
      }
      case "setSetting":
        settings[a.key] = a.value;
        break;
      default:
        break;
    }
  }
  const sheets: SheetSnapshot[] = [...(base?.sheets ?? [])];
  for (const name of order) {
    const g = grids.get(name)!;
    const rows = g.maxRow + 1, cols = g.maxCol + 1;
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    const numberFormats: string[][] = [];
    for (let r = 0; r < rows; r++) {
      const vr: CellValue[] = [], fr: (string | null)[] = [], nr: string[] = [];
      for (let c = 0; c < cols; c++) {
        const k = `${r},${c}`;
        vr.push(g.values.get(k) ?? null);
        fr.push(g.formulas.get(k) ?? null);
        nr.push(g.formats.get(k) ?? "General");
      }
      values.push(vr);
      formulas.push(fr);
      numberFormats.push(nr);
    }
    sheets.push({ name, origin: { row: 0, col: 0 }, values, formulas, numberFormats, merged: g.merged, visible: true });
  }
  return { sheets, tables, settings, source: base?.source ?? "plan" };
}
