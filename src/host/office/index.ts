// The Excel adapter: only the real Office.js API surface, so it runs identically on the
// in-memory fake (src/host/fake) in tests.
export { readSnapshot, splitSheetAddress, DEFAULT_MAX_BYTES_PER_SYNC, type ReadOptions } from "./snapshot";
export { HostError, sheetProtectedError, officeErrorCode, type HostErrorCode } from "./errors";
