// The Excel adapter: only the real Office.js API surface, so it runs identically on the
// in-memory fake (test/support/fake) in tests.
export { readSnapshot, splitSheetAddress, DEFAULT_MAX_BYTES_PER_SYNC, type ReadOptions } from "./snapshot";
export { applyActions, queueActions, precheckActions, charsToPoints, type ApplyOptions } from "./actions";
export { installTemplates, chunkActions, INSTALL_MAX_REQUEST_BYTES, type InstallOptions, type InstallResult, type Planner } from "./install";
export { highlightFindings, clearHighlights, savedHighlights, HIGHLIGHTS_KEY, HIGHLIGHT_COLOR, type CellTarget, type SavedFill } from "./highlight";
export { selectCell } from "./navigate";
export { missingRequirement, MIN_EXCEL_API, REQUIRED_SETS } from "./requirements";
export { HostError, sheetProtectedError, sheetExistsError, officeErrorCode, type HostErrorCode } from "./errors";
export { applyFix, undoFix, savedFixes, FIXES_KEY, type AppliedFix, type FixRequest, type CellBefore } from "./fixes";
