/* global Office */
// Ribbon commands run in the shared runtime. Each handler must call event.completed().

Office.onReady(() => {
  // Nothing to prepare: handlers are registered below.
});

/** "Pasang Templat": opens the task pane on the templates screen. */
async function openTemplates(event: Office.AddinCommands.Event): Promise<void> {
  try {
    window.location.hash = "#templat";
    await Office.addin.showAsTaskpane();
  } finally {
    event.completed();
  }
}

Office.actions.associate("openTemplates", openTemplates);
