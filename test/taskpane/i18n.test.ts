import { allKeys, catalogue, loadLang, placeholders, saveLang, translate, type KeyValueStore } from "../../src/i18n";

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe("UI string catalogue", () => {
  it("has every key in both languages, non-empty", () => {
    const id = catalogue("id");
    const en = catalogue("en");
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const k of allKeys()) {
      expect(id[k].trim()).not.toBe("");
      expect(en[k].trim()).not.toBe("");
    }
  });

  it("uses the same placeholders in both languages", () => {
    for (const k of allKeys()) expect([k, placeholders(catalogue("en")[k])]).toEqual([k, placeholders(catalogue("id")[k])]);
  });

  it("fills placeholders and keeps unknown ones visible", () => {
    expect(translate("id", "audit.selected", { address: "Capaian!C8" })).toBe("Sel Capaian!C8 dipilih.");
    expect(translate("en", "audit.selected", { address: "Capaian!C8" })).toBe("Cell Capaian!C8 selected.");
    expect(translate("en", "audit.selected")).toBe("Cell {address} selected.");
  });

  it("uses the Ribbon/audit vocabulary the users know", () => {
    expect(translate("id", "audit.highlight")).toBe("Sorot");
    expect(translate("id", "audit.clearHighlight")).toBe("Hapus sorotan");
    expect(translate("id", "audit.ignore")).toBe("Abaikan");
    expect(translate("id", "audit.export")).toBe("Ekspor");
  });
});

describe("language choice", () => {
  it("defaults to Indonesian", () => {
    expect(loadLang(memoryStore())).toBe("id");
    expect(loadLang(undefined)).toBe("id");
  });

  it("is remembered per user", () => {
    const store = memoryStore();
    saveLang("en", store);
    expect(loadLang(store)).toBe("en");
    saveLang("id", store);
    expect(loadLang(store)).toBe("id");
  });

  it("ignores a garbled stored value and a store that throws", () => {
    const store = memoryStore();
    store.data.set("lkjip.lang", "fr");
    expect(loadLang(store)).toBe("id");
    const broken: KeyValueStore = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("denied");
      },
    };
    expect(loadLang(broken)).toBe("id");
    expect(() => saveLang("en", broken)).not.toThrow();
  });
});
