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

export function matchIgnore(f: Pick<Finding, "rule" | "sheet" | "cell">, ignores: Ignore[]): Ignore | undefined {
  return ignores.find(
    (i) => (i.rule === f.rule || i.rule === "*") && i.sheet.toLowerCase() === f.sheet.toLowerCase() && i.cell.replace(/\$/g, "").toUpperCase() === f.cell.toUpperCase(),
  );
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
