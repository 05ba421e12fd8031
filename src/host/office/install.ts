// installTemplates: installs the LKjIP sheets into the open workbook.
// Round trip 1 reads the sheet, table and defined names already there; the pure planner
// (src/templates planInstall) then picks free names, so nothing existing is ever overwritten;
// the plan is written with calculation suspended in at most 3 more round trips (≤ 4 in all),
// split so no request passes the 5 MB limit of Excel on the web.

import type { Action } from "../../core/actions";
import { parseA1, toA1 } from "../../core/address";
import { planInstall, type InstallPlan, type PlanOptions } from "../../templates";
import { explainOfficeError, precheckActions, queueActions, type SheetCache } from "./actions";
import { HostError } from "./errors";
import { queueNameLists } from "./stored";

export type InstallOptions = Omit<PlanOptions, "existingSheetNames" | "existingNames">;
export type Planner = (options: PlanOptions) => Pick<InstallPlan, "actions"> & Partial<InstallPlan>;

export interface InstallResult {
  plan: Pick<InstallPlan, "actions"> & Partial<InstallPlan>;
  /** context.sync() calls made by the install. */
  syncs: number;
  /** Estimated request bytes of each write round trip. */
  chunkBytes: number[];
}

export const INSTALL_MAX_REQUEST_BYTES = 4_500_000;
const MAX_WRITE_SYNCS = 3;
const OP_OVERHEAD = 120;

/** Request size of an action, estimated from its JSON (what Office.js sends is of the same order). */
export function estimateActionBytes(a: Action): number {
  return JSON.stringify(a).length + OP_OVERHEAD;
}

/** Splits a plan in order into chunks of at most `budget` estimated request bytes. An addSheet stays with its sheet's actions where it fits. */
/** Splits a write whose request would pass `budget` into row pieces that each fit. */
export function splitWrite(a: Action, budget: number): Action[] {
  if (a.kind !== "write" || estimateActionBytes(a) <= budget) return [a];
  const rows = Math.max(a.values?.length ?? 0, a.formulas?.length ?? 0, a.numberFormats?.length ?? 0);
  if (rows < 2) return [a];
  const half = Math.ceil(rows / 2);
  const start = parseA1(a.address);
  const piece = (from: number, to: number): Action => ({
    ...a,
    address: toA1(start.row + from, start.col),
    values: a.values?.slice(from, to),
    formulas: a.formulas?.slice(from, to),
    numberFormats: a.numberFormats?.slice(from, to),
  });
  return [...splitWrite(piece(0, half), budget), ...splitWrite(piece(half, rows), budget)];
}

export function chunkActions(actions: Action[], budget: number): Action[][] {
  const chunks: Action[][] = [];
  let current: Action[] = [];
  let size = 0;
  for (const a of actions.flatMap((x) => splitWrite(x, budget))) {
    const bytes = estimateActionBytes(a);
    if (bytes > budget) {
      throw new HostError("payloadTooLarge", "templateBlockTooLarge");
    }
    if (current.length && size + bytes > budget) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(a);
    size += bytes;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

export async function installTemplates(
  context: Excel.RequestContext,
  options: InstallOptions,
  planner: Planner = planInstall,
  maxRequestBytes = INSTALL_MAX_REQUEST_BYTES,
): Promise<InstallResult> {
  const wb = context.workbook;
  const { sheets, names, tables } = queueNameLists(wb);
  await context.sync();

  const existingSheetNames = sheets.items.map((s) => s.name);
  const existingNames = [...names.items.map((n) => n.name), ...tables.items.map((t) => t.name)];
  const plan = planner({ ...options, existingSheetNames, existingNames });
  precheckActions(plan.actions, { existingSheetNames });
  const chunks = chunkActions(plan.actions, maxRequestBytes);
  if (chunks.length > MAX_WRITE_SYNCS) {
    throw new HostError("payloadTooLarge", "templatesTooLarge");
  }

  const cache: SheetCache = new Map();
  const writeChunk = async (index: number): Promise<void> => {
    if (index >= chunks.length) return;
    // Suspension lasts until the next sync, so it is asked for again for every chunk.
    context.application.suspendApiCalculationUntilNextSync();
    queueActions(context, chunks[index], cache);
    try {
      await context.sync();
    } catch (e) {
      throw explainOfficeError(e, chunks[index]);
    }
    return writeChunk(index + 1);
  };
  await writeChunk(0);
  return { plan, syncs: 1 + chunks.length, chunkBytes: chunks.map((c) => c.reduce((n, a) => n + estimateActionBytes(a), 0)) };
}
