// What the bench measures, behind one seam: the audit engine, the audit's read from the
// in-memory Excel (round trips and payloads, as Excel on the web would see them) and the
// template installer.
import type { CellValue, WorkbookSnapshot } from "../../src/core/snapshot";
import { forEachCell, isCellError } from "../../src/core/snapshot";
import { audit } from "../../src/audit";
import { FakeWorkbook, runFake, type Scalar } from "../../test/support/fake";
import { installTemplates, readSnapshot } from "../../src/host/office";

export interface FindingLike {
  sheet: string;
  cell: string;
  severity: string;
  related?: { sheet: string; cell: string }[];
}

export interface Traffic {
  syncs: number;
  maxPayloadBytes: number;
}

export interface Subjects {
  audit(snapshot: WorkbookSnapshot): FindingLike[];
  /** The same audit without root-cause diagnosis (issue 12), to report the diagnosis' own time. */
  auditWithoutDiagnosis?: (snapshot: WorkbookSnapshot) => FindingLike[];
  readFromFakeExcel?: (snapshot: WorkbookSnapshot) => Promise<Traffic>;
  installIntoFakeExcel?: () => Promise<Traffic & { actions: number }>;
}

function scalar(v: CellValue): Scalar | null {
  if (v === null) return null;
  if (isCellError(v)) return v.error;
  return v;
}

function filled(wb: WorkbookSnapshot): number {
  let n = 0;
  for (const s of wb.sheets) forEachCell(s, () => n++);
  return n;
}

export const subjects: Subjects = {
  // As `lkjip audit` does on a file without template tables: recognition finds the relations.
  audit: (snapshot) => audit(snapshot).findings,
  auditWithoutDiagnosis: (snapshot) => audit(snapshot, { diagnose: false }).findings,

  readFromFakeExcel: async (snapshot) => {
    const sheets: Record<string, (Scalar | null)[][]> = {};
    for (const s of snapshot.sheets) sheets[s.name] = s.values.map((row) => row.map(scalar));
    const wb = FakeWorkbook.from(sheets);
    wb.syncLog = [];
    const read = await runFake(wb, (c) => readSnapshot(c));
    if (filled(read) !== filled(snapshot)) throw new Error(`readSnapshot returned ${filled(read)} filled cells; the workbook holds ${filled(snapshot)}`);
    return { syncs: wb.syncLog.length, maxPayloadBytes: wb.maxPayloadBytes() };
  },

  installIntoFakeExcel: async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Sheet1");
    wb.syncLog = [];
    const result = await runFake(wb, (c) => installTemplates(c, { year: 2024, sample: "kerinci-2024" }));
    return { syncs: wb.syncLog.length, maxPayloadBytes: wb.maxPayloadBytes(), actions: result.plan.actions.length };
  },
};
