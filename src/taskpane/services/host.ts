// The pane's one HostService, shared on globalThis by the pane and the ribbon commands (they
// are separate bundles in the same page) so highlights made from either are restored by either.

import { applyActions, readSnapshot } from "../../host/office";
import { createExcelHost } from "./excelHost";
import type { HostService } from "./types";

const GLOBAL_KEY = "__lkjipPaneHost";

export function paneHost(): HostService {
  const g = globalThis as unknown as Record<string, HostService | undefined>;
  return (g[GLOBAL_KEY] ??= createExcelHost({ readSnapshot, applyActions }));
}
