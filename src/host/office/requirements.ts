// Requirement sets: the adapter needs ExcelApi 1.9 (RangeFill.pattern to tell "No Fill" from
// white, Range.getSpecialCellsOrNullObject; 1.4 for settings and getUsedRangeOrNullObject, 1.5
// for getFirst/getNextOrNullObject, 1.6 for suspendApiCalculationUntilNextSync).

export const MIN_EXCEL_API = "1.9";

export interface RequirementCheck {
  ok: boolean;
  messageId?: string;
  messageEn?: string;
}

interface OfficeLike {
  context: { requirements: { isSetSupported(name: string, minVersion?: string): boolean } };
}

export function checkRequirements(office: OfficeLike | undefined = (globalThis as { Office?: OfficeLike }).Office): RequirementCheck {
  const supported = !!office?.context?.requirements?.isSetSupported("ExcelApi", MIN_EXCEL_API);
  if (supported) return { ok: true };
  return {
    ok: false,
    messageId: `Versi Excel ini terlalu lama untuk add-in LKjIP (perlu ExcelApi ${MIN_EXCEL_API}: Excel 2021 atau lebih baru, Microsoft 365, atau Excel di web). Perbarui Excel lalu buka lagi.`,
    messageEn: `This version of Excel is too old for the LKjIP add-in (it needs ExcelApi ${MIN_EXCEL_API}: Excel 2021 or later, Microsoft 365, or Excel on the web). Update Excel and open it again.`,
  };
}
