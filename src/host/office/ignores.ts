// The audit's ignore list lives in the workbook settings under "lkjip.ignores" (JSON), the key
// the audit reads from snapshot.settings. These read and replace it directly in Excel.

import { IGNORES_KEY, readIgnores } from "../../audit/ignores";
import type { Ignore } from "../../audit/types";

export { IGNORES_KEY };

export async function loadIgnores(context: Excel.RequestContext): Promise<Ignore[]> {
  const item = context.workbook.settings.getItemOrNullObject(IGNORES_KEY);
  item.load("value");
  await context.sync();
  if (item.isNullObject) return [];
  return readIgnores({ [IGNORES_KEY]: typeof item.value === "string" ? item.value : JSON.stringify(item.value) });
}

export async function saveIgnores(context: Excel.RequestContext, ignores: Ignore[]): Promise<void> {
  context.workbook.settings.add(IGNORES_KEY, JSON.stringify(ignores.map((i) => ({ rule: i.rule, sheet: i.sheet, cell: i.cell, reason: i.reason }))));
  await context.sync();
}
