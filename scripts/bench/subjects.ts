// What the bench measures, behind one seam: the audit engine, the audit's read from the
// in-memory Excel and the installer. Filled in from the modules as they land.
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { audit } from "../../src/audit";

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
  readFromFakeExcel?: (snapshot: WorkbookSnapshot) => Promise<Traffic>;
  installIntoFakeExcel?: () => Promise<Traffic & { actions: number }>;
}

export const subjects: Subjects = {
  // As `lkjip audit` does on a file without template tables: recognition finds the relations.
  audit: (snapshot) => audit(snapshot).findings,
};
