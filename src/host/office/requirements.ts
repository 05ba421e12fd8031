// Requirement sets: the adapter needs ExcelApi 1.9 (RangeFill.pattern to tell "No Fill" from
// white, Range.getSpecialCellsOrNullObject; 1.4 for settings and getUsedRangeOrNullObject, 1.5
// for getFirst/getNextOrNullObject, 1.6 for suspendApiCalculationUntilNextSync). The one check;
// the pane words the warning (UI string app.excelTooOld).

export const MIN_EXCEL_API = "1.9";

/** The API sets the adapter relies on, as [name, minimum version]. */
export const REQUIRED_SETS: ReadonlyArray<readonly [string, string]> = [["ExcelApi", MIN_EXCEL_API]];

interface OfficeLike {
  context?: { requirements?: { isSetSupported(name: string, minVersion?: string): boolean } };
}

/**
 * The first required set this Excel lacks ("ExcelApi 1.9"), or undefined when all are there.
 * Without Office (a page opened outside Excel) every set is missing.
 */
export function missingRequirement(office: OfficeLike | undefined = (globalThis as { Office?: OfficeLike }).Office): string | undefined {
  const req = office?.context?.requirements;
  const miss = REQUIRED_SETS.find(([name, version]) => {
    try {
      return !req?.isSetSupported(name, version);
    } catch {
      return true;
    }
  });
  return miss ? `${miss[0]} ${miss[1]}` : undefined;
}
