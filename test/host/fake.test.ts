// Fidelity of the in-memory Excel: the behaviours adapter code relies on.
import { FakeWorkbook, fakeOffice, runFake } from "../support/fake";
import { missingRequirement } from "../../src/host/office";

async function syncError(wb: FakeWorkbook, batch: (context: Excel.RequestContext) => void): Promise<{ code?: string; message: string }> {
  try {
    await runFake(wb, async (context) => {
      batch(context);
      await context.sync();
    });
  } catch (e) {
    return e as { code?: string; message: string };
  }
  throw new Error("expected the sync to fail");
}

describe("loading", () => {
  // These tests read too early on purpose, which the Office add-in lint rules exist to forbid.
  /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
  test("reading a property before load and sync throws PropertyNotLoaded, after both it works", async () => {
    const wb = FakeWorkbook.from({ Data: [[1, 2]] });
    await runFake(wb, async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([[1, 2]]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("isNullObject needs a sync; getItem of a missing sheet fails at sync with ItemNotFound", async () => {
    const wb = FakeWorkbook.from({ Data: null });
    await runFake(wb, async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("data");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
    const err = await syncError(wb, (context) => context.workbook.worksheets.getItem("Nope").getRange("A1").load("values"));
    expect(err.code).toBe("ItemNotFound");
  });

  /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
  test("writes are queued: the workbook changes only at sync", async () => {
    const wb = FakeWorkbook.from({ Data: null });
    await runFake(wb, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [[42]];
      expect(wb.value("Data", "A1")).toBe("");
      await context.sync();
      expect(wb.value("Data", "A1")).toBe(42);
    });
  });
});

describe("writes", () => {
  test("a values array of the wrong shape is rejected with InvalidArgument", async () => {
    const wb = FakeWorkbook.from({ Data: null });
    expect((await syncError(wb, (c) => (c.workbook.worksheets.getItem("Data").getRange("A1:B2").values = [[1, 2]]))).code).toBe("InvalidArgument");
    expect((await syncError(wb, (c) => (c.workbook.worksheets.getItem("Data").getRange("A1:B1").values = [[1, 2, 3]]))).code).toBe("InvalidArgument");
    expect((await syncError(wb, (c) => (c.workbook.worksheets.getItem("Data").getRange("A1").formulas = [[{ x: 1 }]]))).code).toBe("InvalidArgument");
    expect((await syncError(wb, (c) => (c.workbook.worksheets.getItem("Data").getRange("A1:A2").numberFormat = [["0"], [5 as unknown as string]]))).code).toBe("InvalidArgument");
    expect(wb.value("Data", "A1")).toBe("");
  });

  test("like Excel: numeric text becomes a number unless formatted as text, null leaves a cell, an apostrophe forces text", async () => {
    const wb = FakeWorkbook.from({ Data: [[null, "keep"]] });
    await runFake(wb, async (context) => {
      const s = context.workbook.worksheets.getItem("Data");
      s.getRange("C1").numberFormat = [["@"]];
      s.getRange("A1:D1").values = [["123", null, "007", "'=not a formula"]];
      await context.sync();
    });
    expect(wb.value("Data", "A1")).toBe(123);
    expect(wb.value("Data", "B1")).toBe("keep");
    expect(wb.value("Data", "C1")).toBe("007");
    expect(wb.value("Data", "D1")).toBe("=not a formula");
    expect(wb.formula("Data", "D1")).toBe("=not a formula");
  });

  test("writing to a protected sheet is refused with AccessDenied", async () => {
    const wb = FakeWorkbook.from({ Data: [[1]] });
    wb.mustSheet("Data").protected = true;
    expect((await syncError(wb, (c) => (c.workbook.worksheets.getItem("Data").getRange("A1").values = [[2]]))).code).toBe("AccessDenied");
    expect(wb.value("Data", "A1")).toBe(1);
  });
});

describe("sheet names follow Excel's rules", () => {
  test.each(["", "x".repeat(32), "a[b", "a]b", "a:b", "a*b", "a?b", "a/b", "a\\b", "'quoted", "History"])("rejects %j", async (name) => {
    const wb = FakeWorkbook.from({ Data: null });
    expect((await syncError(wb, (c) => c.workbook.worksheets.add(name))).code).toBe("InvalidArgument");
    expect(wb.sheets.map((s) => s.name)).toEqual(["Data"]);
  });

  test("names are unique case-insensitively; 31 characters are fine", async () => {
    const wb = FakeWorkbook.from({ Data: null });
    expect((await syncError(wb, (c) => c.workbook.worksheets.add("DATA"))).code).toBe("ItemAlreadyExists");
    await runFake(wb, async (context) => {
      context.workbook.worksheets.add("x".repeat(31));
      await context.sync();
    });
    expect(wb.sheets.map((s) => s.name)).toEqual(["Data", "x".repeat(31)]);
  });
});

describe("round trips and payloads", () => {
  test("every sync is logged with the byte size of its request and response", async () => {
    const wb = FakeWorkbook.from({ Data: null });
    const block = Array.from({ length: 100 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c));
    await runFake(wb, async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:J100");
      range.values = block;
      await context.sync();
      range.load("values");
      await context.sync();
      expect(range.values).toEqual(block);
    });
    expect(wb.syncLog).toHaveLength(2);
    const [write, read] = wb.syncLog;
    expect(write.requestBytes).toBeGreaterThan(JSON.stringify(block).length);
    expect(write.responseBytes).toBeLessThan(100);
    expect(read.responseBytes).toBeGreaterThan(JSON.stringify(block).length);
    expect(read.requestBytes).toBeLessThan(500);
  });

  test("a response over 5 MB fails like Excel on the web", async () => {
    const wb = FakeWorkbook.from({ Data: null });
    wb.writeBlock(wb.mustSheet("Data"), { row: 0, col: 0 }, [["x".repeat(1000)]], "values");
    await runFake(wb, async (context) => {
      const s = context.workbook.worksheets.getItem("Data");
      s.getRange("B1:B6000").formulas = Array.from({ length: 6000 }, () => ["=$A$1"]);
      await context.sync();
    });
    const err = await syncError(wb, (c) => c.workbook.worksheets.getItem("Data").getRange("B1:B6000").load("values"));
    expect(err.code).toBe("ResponsePayloadSizeLimitExceeded");
  });
});

describe("formulas are evaluated (HyperFormula)", () => {
  test("SUM, ratio, cross-sheet references, names and errors", async () => {
    const wb = FakeWorkbook.from({ Anggaran: [["Pagu", 9933860000], ["Realisasi", 9912954000]], Ringkasan: null });
    await runFake(wb, async (context) => {
      const a = context.workbook.worksheets.getItem("Anggaran");
      a.getRange("B3:B5").formulas = [["=SUM(B1:B2)"], ["=B2/B1"], ["=B1/0"]];
      context.workbook.names.add("Pagu_Total", a.getRange("B1"));
      context.workbook.worksheets.getItem("Ringkasan").getRange("A1:B1").formulas = [["=Anggaran!B4", "=Pagu_Total*2"]];
      await context.sync();
      a.getRange("B2").values = [[4966930000]];
      await context.sync();
    });
    expect(wb.value("Anggaran", "B3")).toBe(9933860000 + 4966930000);
    expect(wb.value("Anggaran", "B4")).toBeCloseTo(0.5);
    expect(wb.value("Anggaran", "B5")).toBe("#DIV/0!");
    expect(wb.value("Ringkasan", "A1")).toBeCloseTo(0.5);
    expect(wb.value("Ringkasan", "B1")).toBe(2 * 9933860000);
    expect(wb.formula("Anggaran", "B3")).toBe("=SUM(B1:B2)");
  });
});

describe("formats, tables, names, settings", () => {
  test("fill colour per cell; no fill reads as #FFFFFF with pattern None", async () => {
    const wb = FakeWorkbook.from({ Data: [[1, 2]] });
    await runFake(wb, async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("Data").getRange("A1").format.fill.color = "#ffff00";
      const a = sheets.getItem("Data").getRange("A1").format.fill;
      const b = sheets.getItem("Data").getRange("B1").format.fill;
      const both = sheets.getItem("Data").getRange("A1:B1").format.fill;
      a.load("color, pattern");
      b.load("color, pattern");
      both.load("color");
      await context.sync();
      expect([a.color, a.pattern, b.color, b.pattern, both.color]).toEqual(["#FFFF00", "Solid", "#FFFFFF", "None", null]);
    });
    expect(wb.fillAt("Data", "A1")).toBe("#FFFF00");
    expect(wb.fillAt("Data", "B1")).toBeNull();
  });

  test("table and defined names must be valid and unique", async () => {
    const wb = FakeWorkbook.from({ Data: [["a", "b"], [1, 2]] });
    await runFake(wb, async (context) => {
      context.workbook.tables.add("Data!A1:B2", true).name = "PK_Indikator";
      await context.sync();
    });
    expect((await syncError(wb, (c) => c.workbook.names.add("pk_indikator", "=Data!$A$1"))).code).toBe("ItemAlreadyExists");
    expect((await syncError(wb, (c) => c.workbook.names.add("A1", "=Data!$A$1"))).code).toBe("InvalidArgument");
    expect((await syncError(wb, (c) => c.workbook.names.add("has space", "=Data!$A$1"))).code).toBe("InvalidArgument");
    expect(wb.tables.map((t) => t.name)).toEqual(["PK_Indikator"]);
  });

  test("settings keep JSON values across request contexts (a reload)", async () => {
    const wb = FakeWorkbook.from({ Data: null });
    await runFake(wb, async (context) => {
      context.workbook.settings.add("lkjip.ignores", JSON.stringify([{ rule: "r", sheet: "Data", cell: "A1", reason: "x" }]));
      await context.sync();
    });
    const value = await runFake(wb, async (context) => {
      const item = context.workbook.settings.getItemOrNullObject("lkjip.ignores");
      item.load("value");
      await context.sync();
      return item.value;
    });
    expect(JSON.parse(value)).toEqual([{ rule: "r", sheet: "Data", cell: "A1", reason: "x" }]);
  });

  test("isSetSupported answers from the fake's API version; missingRequirement names the set an old Excel lacks", () => {
    const wb = new FakeWorkbook();
    expect(missingRequirement(fakeOffice(wb))).toBeUndefined();
    wb.apiVersion = 8;
    expect(missingRequirement(fakeOffice(wb))).toBe("ExcelApi 1.9");
    expect(missingRequirement(undefined)).toBe("ExcelApi 1.9");
  });
});

describe("written text Excel parses as a formula", () => {
  test.each([
    ["=1+1", "=1+1"],
    ["+HYPERLINK(\"http://x.invalid\";\"Klik\")", "=+HYPERLINK(\"http://x.invalid\";\"Klik\")"],
    ["-A1", "=-A1"],
    ["@SUM(A1)", "=SUM(A1)"],
  ])("%s written through values becomes the formula %s", async (text, formula) => {
    const wb = FakeWorkbook.from({ Data: [[1]] });
    await runFake(wb, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("B1").values = [[text]];
      await context.sync();
    });
    expect(wb.formula("Data", "B1")).toBe(formula);
  });

  test("numbers with a sign, an apostrophe and a text-formatted cell stay constants", async () => {
    const wb = FakeWorkbook.from({ Data: [[1]] });
    await runFake(wb, async (context) => {
      const s = context.workbook.worksheets.getItem("Data");
      s.getRange("C1").numberFormat = [["@"]];
      s.getRange("A1:C1").values = [["-5", "'+x", "+x"]];
      await context.sync();
    });
    expect([wb.formula("Data", "A1"), wb.formula("Data", "B1"), wb.formula("Data", "C1")]).toEqual([-5, "+x", "+x"]);
  });

  test("like Excel, a formula written into a text-formatted cell stays text", async () => {
    const wb = FakeWorkbook.from({ Data: [[1]] });
    await runFake(wb, async (context) => {
      const s = context.workbook.worksheets.getItem("Data");
      s.getRange("B1").numberFormat = [["@"]];
      s.getRange("B1:C1").formulas = [["=A1*2", "=A1*2"]];
      await context.sync();
    });
    expect(wb.value("Data", "B1")).toBe("=A1*2");
    expect(wb.formula("Data", "C1")).toBe("=A1*2");
    expect(wb.value("Data", "C1")).toBe(2);
  });
});
