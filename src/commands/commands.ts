/* global Office */
// Ribbon commands. They run in the shared runtime, i.e. in the same page as the task pane, so
// they talk to the pane through its store (src/taskpane/state/store.ts). Each handler must
// call event.completed(), also when it fails.

import { paneStore, type Route } from "../taskpane/state/store";
import { paneHost } from "../taskpane/services/host";
import { runAudit } from "../taskpane/services/paneActions";
import { errorMessage } from "../core/message";

async function showPane(route: Route): Promise<void> {
  paneStore().set({ route });
  await Office.addin.showAsTaskpane();
}

/** "Audit": audits the workbook, then opens the pane on the results. */
export async function runAuditCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    paneStore().set({ route: "audit" });
    // Open first so the user sees the progress of a long audit.
    await Office.addin.showAsTaskpane();
    await runAudit(paneHost(), paneStore());
  } catch (e) {
    paneStore().set({ error: errorMessage(e) });
  } finally {
    event.completed();
  }
}

/** "Pasang Templat": opens the pane on the templates screen. */
export async function openTemplates(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await showPane("templat");
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  // Handlers are registered below, at load, as the shared runtime requires.
});

Office.actions.associate("runAudit", runAuditCommand);
Office.actions.associate("openTemplates", openTemplates);
