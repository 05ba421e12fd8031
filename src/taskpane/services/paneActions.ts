// What the buttons do. Shared by the pane and the ribbon commands (the "Audit" button runs
// runAudit from the shared runtime, then opens the pane on the results).

import type { Store } from "../state/store";
import type { Lang } from "../../i18n";
import type { HostService, AuditView, FindingView, FixChoice } from "./types";
import { auditSnapshot, ignoreActions, reportActions } from "./domain";
import { errorMessage } from "../../core/message";


/** Lets the browser paint the progress before the synchronous audit starts. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function runAudit(host: HostService, store: Store): Promise<AuditView | undefined> {
  store.set({ auditing: true, error: undefined, progress: { step: 1, total: 3, label: "read" } });
  try {
    const snapshot = await host.readSnapshot();
    store.set({ progress: { step: 2, total: 3, label: "check" } });
    await nextFrame();
    const view = auditSnapshot(snapshot);
    // The applied fixes live in the workbook: read them back so Batalkan survives a reopen.
    const applied = await host.appliedFixes().catch(() => store.get().applied ?? []);
    store.set({ audit: view, applied, auditing: false, progress: { step: 3, total: 3, label: "done" } });
    return view;
  } catch (e) {
    store.set({ auditing: false, progress: undefined, error: errorMessage(e) });
    return undefined;
  }
}

export async function goToCell(host: HostService, store: Store, sheet: string, address: string): Promise<boolean> {
  try {
    await host.select({ sheet, address });
    return true;
  } catch (e) {
    store.set({ error: errorMessage(e) });
    return false;
  }
}

export async function toggleHighlight(host: HostService, store: Store): Promise<void> {
  try {
    if (host.highlightedCount() > 0) {
      await host.clearHighlights();
      store.set({ highlighted: 0 });
    } else {
      const findings = (store.get().audit?.findings ?? []).filter((f) => f.ignoredReason === undefined);
      const count = await host.highlight(findings.map((f) => ({ sheet: f.sheet, address: f.address })));
      store.set({ highlighted: count });
    }
  } catch (e) {
    store.set({ error: errorMessage(e) });
  }
}

export async function ignoreFinding(host: HostService, store: Store, finding: FindingView, reason: string): Promise<void> {
  try {
    // Only the settings are needed: never re-read every cell to record one ignore.
    const outline = await host.readOutline();
    await host.applyActions(ignoreActions(outline, finding, reason));
    // The audit view is the one place the pane keeps what is ignored.
    const audit = store.get().audit;
    if (audit) store.set({ audit: { ...audit, findings: audit.findings.map((f) => (f.key === finding.key ? { ...f, ignoredReason: reason } : f)) } });
  } catch (e) {
    store.set({ error: errorMessage(e) });
  }
}

export async function exportReport(host: HostService, store: Store, lang: Lang = "id"): Promise<string | undefined> {
  const audit = store.get().audit;
  if (!audit) return undefined;
  try {
    // Only the sheet names are needed (for a free report name).
    const outline = await host.readOutline();
    const { sheet, actions } = reportActions(outline, audit, lang);
    await host.applyActions(actions);
    return sheet;
  } catch (e) {
    store.set({ error: errorMessage(e) });
    return undefined;
  }
}

/**
 * Terapkan, after the user confirmed: writes the chosen candidate's value into its cell (the
 * host keeps what the cell held), then audits again so the list shows what is left. Returns
 * false (and sets the store's error) when nothing was written, e.g. on a protected sheet.
 */
export async function applyFixChoice(host: HostService, store: Store, choice: FixChoice): Promise<boolean> {
  try {
    await host.applyFix({ sheet: choice.sheet, address: choice.address, value: choice.value });
  } catch (e) {
    store.set({ error: errorMessage(e) });
    return false;
  }
  await runAudit(host, store);
  return true;
}

/** Batalkan: restores the cell of an applied fix exactly, then audits again. */
export async function undoAppliedFix(host: HostService, store: Store, id: string): Promise<boolean> {
  try {
    const undone = await host.undoFix(id);
    if (!undone) return false;
  } catch (e) {
    store.set({ error: errorMessage(e) });
    return false;
  }
  await runAudit(host, store);
  return true;
}
