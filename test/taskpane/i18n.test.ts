import { allKeys, loadLang, placeholders, saveLang, translate, uiMessage, UI_MESSAGES, type KeyValueStore } from "../../src/i18n";
import { renderMessage, type Bilingual } from "../../src/core/message";
import { CLI_MESSAGES } from "../../src/cli/messages";
import { HOST_MESSAGES } from "../../src/host/office/errors";
import { READ_MESSAGES } from "../../src/host/xlsx/readErrors";
import { REPORT_READ_MESSAGES } from "../../src/host/report/read";
import { TEMPLATE_MESSAGES } from "../../src/templates/errors";
import { EXPLAIN_MESSAGES } from "../../src/audit/recognize/messages";

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

// Every catalogue of user-facing text is `{ id, en }` entries rendered by one renderer; each
// entry must have both languages and the same placeholders (`{x_en}` stands for `{x}`).
const CATALOGUES: Record<string, Record<string, Bilingual>> = {
  ui: UI_MESSAGES,
  cli: CLI_MESSAGES,
  host: HOST_MESSAGES,
  read: READ_MESSAGES,
  reportRead: REPORT_READ_MESSAGES,
  templates: TEMPLATE_MESSAGES,
  explain: EXPLAIN_MESSAGES,
};
const base = (text: string) => [...new Set(placeholders(text).map((n) => n.replace(/_en$/, "")))].sort();

describe("UI string catalogue", () => {
  it.each(Object.entries(CATALOGUES))("%s: every entry has both languages, non-empty, same placeholders", (_name, cat) => {
    expect(Object.keys(cat).length).toBeGreaterThan(0);
    for (const [key, m] of Object.entries(cat)) {
      expect([key, Object.keys(m).sort()]).toEqual([key, ["en", "id"]]);
      expect([key, m.id.trim() !== "", m.en.trim() !== ""]).toEqual([key, true, true]);
      expect([key, base(m.en)]).toEqual([key, base(m.id)]);
    }
  });

  it("is one table of bilingual entries, read through the one renderer", () => {
    expect(allKeys().length).toBe(Object.keys(UI_MESSAGES).length);
    for (const k of allKeys()) {
      expect(uiMessage(k)).toBe(UI_MESSAGES[k]);
      expect(translate("en", k, { x: 1 })).toBe(renderMessage(UI_MESSAGES[k], "en", { x: 1 }));
    }
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
