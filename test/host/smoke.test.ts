import { FakeWorkbook, runFake } from "../../src/host/fake";
test("smoke", async () => {
  const wb = FakeWorkbook.from({ Data: [[1, 2], ["=A1+B1", "=A1/0"]] });
  const v = await runFake(wb, async (context) => {
    const r = context.workbook.worksheets.getItem("Data").getUsedRange();
    r.load("values, formulas, address");
    await context.sync();
    return [r.values, r.formulas, r.address];
  });
  expect(v).toEqual([[[1, 2], [3, "#DIV/0!"]], [[1, 2], ["=A1+B1", "=A1/0"]], "Data!A1:B2"]);
});
