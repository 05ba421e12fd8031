// Cells holding Excel error values (#DIV/0!, #REF!, #N/A, ...).
import { forEachCellRaw, isCellError, isExcelErrorText } from "../../core/snapshot";
import { toA1 } from "../../core/address";
import type { Rule, RuleMeta } from "../types";

export const meta = {
  id: "error-value",
  name: { id: "Galat Excel", en: "Excel error values" },
  severity: "error" as const,
  codes: ["cell.error"],
  description: {
    id: "Sel tidak boleh berisi galat Excel (#DIV/0!, #REF!, #N/A, #VALUE!).",
    en: "Cells must not hold Excel errors (#DIV/0!, #REF!, #N/A, #VALUE!).",
  },
  docs: "docs/rules/error-value.md",
} satisfies RuleMeta;

export const rule: Rule = {
  meta,
  check(ctx) {
    for (const sheet of ctx.snapshot.sheets) {
      forEachCellRaw(sheet, (row, col, v) => {
        const err = isCellError(v) ? v.error : typeof v === "string" && isExcelErrorText(v.trim()) ? v.trim() : null;
        if (!err) return;
        ctx.report({ code: "cell.error", sheet: sheet.name, cell: toA1(row, col), related: [], actual: err, origin: "cell", params: { error: err } });
      });
    }
  },
};
