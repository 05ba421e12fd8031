import { createStore, paneStore, routeFromHash } from "../../src/taskpane/state/store";

describe("pane store", () => {
  it("notifies subscribers and merges patches", () => {
    const store = createStore();
    const seen: string[] = [];
    const off = store.subscribe(() => seen.push(store.get().route));
    store.set({ route: "audit" });
    store.set({ auditing: true });
    off();
    store.set({ route: "fungsi" });
    expect(seen).toEqual(["audit", "audit"]);
    expect(store.get()).toMatchObject({ route: "fungsi", auditing: true, highlighted: 0 });
  });

  it("is one instance per page, shared by the commands and pane bundles", () => {
    const a = paneStore();
    a.set({ route: "templat" });
    // A second bundle evaluating the same module finds the store on globalThis.
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const again = require("../../src/taskpane/state/store") as typeof import("../../src/taskpane/state/store");
      expect(again.paneStore().get().route).toBe("templat");
    });
  });

  it("reads the route from the help-url hash", () => {
    expect(routeFromHash("#fungsi-CAPAIAN")).toBe("fungsi");
    expect(routeFromHash("#templat")).toBe("templat");
    expect(routeFromHash("#bantuan")).toBeUndefined();
    expect(routeFromHash("")).toBeUndefined();
  });
});
