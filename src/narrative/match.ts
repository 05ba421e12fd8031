// Placeholder replaced by the workbook matcher.
import type { WorkbookSnapshot } from "../core/snapshot";
import type { Finding } from "../audit/types";
import type { Sentence } from "./extract";

export function matchWorkbook(_s: Sentence[], _w: WorkbookSnapshot, _o: { year?: number }): Finding[] {
  return [];
}
