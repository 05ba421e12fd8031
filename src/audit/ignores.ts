// Suppression: ignores travel inside the workbook as a setting (JSON list). Ignored findings
// are still reported, marked as ignored, never dropped.
import type { Action } from "../core/actions";
import type { WorkbookSnapshot } from "../core/snapshot";
import type { Finding, Ignore } from "./types";

export const IGNORES_KEY = "lkjip.ignores";

export function readIgnores(settings: Record<string, string> | undefined): Ignore[] {
  const raw = settings?.[IGNORES_KEY];
  if (!raw) return [];
  try {
    const list: unknown = JSON.parse(raw);
    if (!Array.isArray(list)) return [];
    return list.filter(
      (x): x is Ignore => typeof x === "object" && x !== null && typeof x.rule === "string" && typeof x.sheet === "string" && typeof x.cell === "string",
    ).map((x) => ({ rule: x.rule, sheet: x.sheet, cell: x.cell, reason: typeof x.reason === "string" ? x.reason : "" }));
  } catch {
    return [];
  }
}

/** Ignores keyed by rule|sheet|cell (sheet case-insensitive, cell without $): one lookup per finding. */
export class IgnoreIndex {
  private readonly byKey = new Map<string, Ignore>();
  constructor(ignores: Ignore[]) {
    // The first ignore of a key wins, as a scan of the list would find it.
    for (const i of ignores) {
      const k = IgnoreIndex.key(i.rule, i.sheet, i.cell.replace(/\$/g, ""));
      if (!this.byKey.has(k)) this.byKey.set(k, i);
    }
  }
  static key(rule: string, sheet: string, cell: string): string {
    return `${rule}\u0000${sheet.toLowerCase()}\u0000${cell.toUpperCase()}`;
  }
  match(f: Pick<Finding, "rule" | "sheet" | "cell">): Ignore | undefined {
    return this.byKey.get(IgnoreIndex.key(f.rule, f.sheet, f.cell)) ?? this.byKey.get(IgnoreIndex.key("*", f.sheet, f.cell));
  }
}

export function matchIgnore(f: Pick<Finding, "rule" | "sheet" | "cell">, ignores: Ignore[] | IgnoreIndex): Ignore | undefined {
  return (ignores instanceof IgnoreIndex ? ignores : new IgnoreIndex(ignores)).match(f);
}

/** The setSetting action that adds (or replaces the reason of) an ignore. Pure. */
export function addIgnoreAction(snapshot: Pick<WorkbookSnapshot, "settings">, ignore: Ignore): Action {
  const list = readIgnores(snapshot.settings).filter((i) => !(i.rule === ignore.rule && i.sheet === ignore.sheet && i.cell === ignore.cell));
  list.push({ rule: ignore.rule, sheet: ignore.sheet, cell: ignore.cell, reason: ignore.reason });
  return { kind: "setSetting", key: IGNORES_KEY, value: JSON.stringify(list) };
}

/** The setSetting action that removes an ignore. */
export function removeIgnoreAction(snapshot: Pick<WorkbookSnapshot, "settings">, ignore: Pick<Ignore, "rule" | "sheet" | "cell">): Action {
  const list = readIgnores(snapshot.settings).filter((i) => !(i.rule === ignore.rule && i.sheet === ignore.sheet && i.cell === ignore.cell));
  return { kind: "setSetting", key: IGNORES_KEY, value: JSON.stringify(list) };
}
