// The pane's one HostService, shared on globalThis by the pane and the ribbon commands (they
// are separate bundles in the same page) so highlights made from either are restored by either.

import { applyActions, installTemplates, readSnapshot } from "../../host/office";
import { createExcelHost, type OfficeAdapter } from "./excelHost";
import type { HostService } from "./types";

const GLOBAL_KEY = "__lkjipPaneHost";

/** The src/host/office operations the pane runs: one path per operation (read, apply, install). */
export const OFFICE_ADAPTER: OfficeAdapter = { readSnapshot, applyActions, installTemplates };

export function paneHost(): HostService {
  const g = globalThis as unknown as Record<string, HostService | undefined>;
  return (g[GLOBAL_KEY] ??= createExcelHost(OFFICE_ADAPTER));
}
