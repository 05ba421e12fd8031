// Ribbon commands in the shared runtime: they register with Office.actions.associate at load,
// open the pane on the right screen, and always call event.completed().
import { FakeWorkbook, runFake } from "../support/fake";

const handlers: Record<string, (e: { completed(): void }) => Promise<void>> = {};
let shown = 0;
const wb = FakeWorkbook.from({ Sheet1: [["Pagu", 10], ["Realisasi", 9]] });

beforeAll(() => {
  const g = globalThis as unknown as Record<string, unknown>;
  g.Office = {
    onReady: () => Promise.resolve({}),
    addin: { showAsTaskpane: async () => void shown++ },
    actions: { associate: (id: string, fn: (e: { completed(): void }) => Promise<void>) => void (handlers[id] = fn) },
  };
  g.Excel = { run: <T>(b: (c: Excel.RequestContext) => Promise<T>) => runFake(wb, b) };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require("../../src/commands/commands");
});

function invoke(id: string): Promise<number> {
  return new Promise((resolve) => {
    let completed = 0;
    void handlers[id]({ completed: () => resolve(++completed) });
  });
}

describe("ribbon commands", () => {
  it("registers the two buttons of the manifest", () => {
    expect(Object.keys(handlers).sort()).toEqual(["openTemplates", "runAudit"]);
  });

  it("Pasang Templat opens the pane on the Templat screen", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { paneStore } = require("../../src/taskpane/state/store") as typeof import("../../src/taskpane/state/store");
    const before = shown;
    await invoke("openTemplates");
    expect(shown).toBe(before + 1);
    expect(paneStore().get().route).toBe("templat");
  });

  it("Audit audits the workbook and opens the pane on the results", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { paneStore } = require("../../src/taskpane/state/store") as typeof import("../../src/taskpane/state/store");
    const before = shown;
    await invoke("runAudit");
    expect(shown).toBe(before + 1);
    expect(paneStore().get()).toMatchObject({ route: "audit", auditing: false });
    expect(paneStore().get().audit?.sheets).toBe(1);
  });

  it("still completes the event when the audit fails", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { paneStore } = require("../../src/taskpane/state/store") as typeof import("../../src/taskpane/state/store");
    const g = globalThis as unknown as Record<string, unknown>;
    const excel = g.Excel;
    g.Excel = { run: () => Promise.reject(new Error("Excel sibuk")) };
    try {
      expect(await invoke("runAudit")).toBe(1);
      expect(paneStore().get().error).toEqual({ id: "Excel sibuk", en: "Excel sibuk" });
    } finally {
      g.Excel = excel;
    }
  });
});
