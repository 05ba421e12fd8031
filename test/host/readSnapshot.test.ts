import { FakeWorkbook, runFake } from "../support/fake";
import { readSnapshot } from "../../src/host/office";
import { cell } from "../../src/core/snapshot";

const FIVE_MB = 5 * 1024 * 1024;

function grid(rows: number, cols: number, fn: (r: number, c: number) => number | string): (number | string)[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => fn(r, c)));
}

test("reads a 10 000-cell workbook in 2 syncs with values, formulas, formats, tables, names and settings", async () => {
  const wb = FakeWorkbook.from({ Data: grid(100, 100, (r, c) => r * 100 + c), Ringkasan: [["Total", "=SUM(Data!A1:A100)"], ["Rasio", "=B1/Data!A100"]] });
  await runFake(wb, async (context) => {
    const s = context.workbook.worksheets.getItem("Ringkasan");
    s.getRange("B2").numberFormat = [["0.00%"]];
    context.workbook.names.add("Total_Data", s.getRange("B1"));
    context.workbook.tables.add("Data!A1:C100", true).name = "Tbl_Data";
    context.workbook.settings.add("lkjip.ignores", "[]");
    await context.sync();
  });
  wb.resetSyncLog();
  const snap = await runFake(wb, (context) => readSnapshot(context, { now: () => new Date("2026-01-02T03:04:05Z") }));
  expect(wb.syncLog.length).toBeLessThanOrEqual(3);
  expect(wb.syncLog.length).toBe(2);
  expect(wb.maxPayloadBytes()).toBeLessThan(FIVE_MB);
  const data = snap.sheets.find((s) => s.name === "Data")!;
  expect(data.values.length).toBe(100);
  expect(cell(data, "C5").value).toBe(402);
  const ring = snap.sheets.find((s) => s.name === "Ringkasan")!;
  expect(cell(ring, "B1")).toEqual({ value: 495000, formula: "=SUM(Data!A1:A100)", numberFormat: "General" });
  expect(cell(ring, "B2").numberFormat).toBe("0.00%");
  expect(cell(ring, "B2").value).toBeCloseTo(495000 / 9900);
  expect(snap.tables).toEqual(
    expect.arrayContaining([
      { name: "Tbl_Data", sheet: "Data", range: "A1:C100", kind: "table" },
      { name: "Total_Data", sheet: "Ringkasan", range: "B1", kind: "name" },
    ]),
  );
  expect(snap.settings).toEqual({ "lkjip.ignores": "[]" });
  expect(snap.readAt).toBe("2026-01-02T03:04:05.000Z");
});

test("reads 1 000 000 cells in at most 3 syncs with no request or response over 5 MB", async () => {
  const wb = FakeWorkbook.from({ Big: grid(1000, 1000, (r, c) => (r * 7 + c) % 10000) });
  await runFake(wb, async (context) => {
    context.workbook.worksheets.getItem("Big").getRange("A1001:B1001").formulas = [["=SUM(A1:A1000)", "=A1001/1000"]];
    context.workbook.worksheets.getItem("Big").getRange("B1001").numberFormat = [["0.00"]];
    await context.sync();
  });
  wb.resetSyncLog();
  const snap = await runFake(wb, (context) => readSnapshot(context));
  const log = wb.syncLog;
  expect(log.length).toBeLessThanOrEqual(3);
  for (const s of log) {
    expect(s.requestBytes).toBeLessThan(FIVE_MB);
    expect(s.responseBytes).toBeLessThan(FIVE_MB);
  }
  const big = snap.sheets[0];
  expect(big.values.length).toBe(1001);
  expect(cell(big, "ALL1000").value).toBe((999 * 7 + 999) % 10000);
  expect(cell(big, "A1001").formula).toBe("=SUM(A1:A1000)");
  expect(cell(big, "B1001").numberFormat).toBe("0.00");
});

test("without the sheet walk (maxSheetsFirstSync 0) the same snapshot costs one more sync", async () => {
  const wb = FakeWorkbook.from({ A: [[1, "=A1*2"]], B: [["x"]] });
  const walked = await runFake(wb, (context) => readSnapshot(context, { now: () => new Date(0) }));
  expect(wb.syncLog).toHaveLength(2);
  wb.resetSyncLog();
  const listed = await runFake(wb, (context) => readSnapshot(context, { now: () => new Date(0), maxSheetsFirstSync: 0 }));
  expect(wb.syncLog).toHaveLength(3);
  expect(listed).toEqual(walked);
});
