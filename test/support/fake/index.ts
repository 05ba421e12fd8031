// In-memory Excel for tests and the browser test harness. Never import this from code that
// webpack bundles into dist/ (it pulls in HyperFormula, GPL, test tooling only).

import { FakeRequestContext } from "./api";
import { FakeWorkbook } from "./model";

export { FakeWorkbook, DEFAULT_PAYLOAD_LIMIT, type SyncRecord, type Scalar, type SheetModel } from "./model";
export { FakeOfficeError, type FakeErrorCode } from "./errors";
export { FakeRequestContext, type Mirror } from "./api";

/**
 * Runs a batch like `Excel.run`: the callback gets a request context typed as the real
 * Excel.RequestContext, so adapter code under test is the code that runs in Excel.
 * Commands still queued when the batch ends are flushed by one last sync, as Excel.run does.
 */
export async function runFake<T>(workbook: FakeWorkbook, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  const context = new FakeRequestContext(workbook);
  const result = await batch(context as unknown as Excel.RequestContext);
  if (context.pendingOperations > 0) await context.sync();
  return result;
}

/** A stand-in for `Office` with `context.requirements.isSetSupported`, answering from the fake's API version. */
export function fakeOffice(workbook: FakeWorkbook): { context: { requirements: { isSetSupported(name: string, minVersion?: string): boolean } } } {
  return {
    context: {
      requirements: {
        isSetSupported(name: string, minVersion?: string): boolean {
          if (name !== "ExcelApi") return false;
          const minor = Number((minVersion ?? "1.1").split(".")[1] ?? "0");
          return minor <= workbook.apiVersion;
        },
      },
    },
  };
}
