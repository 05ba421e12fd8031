// readSnapshot walks the sheets on null objects in its first round trip. If an Excel build
// refuses that batch, the read must still succeed (structure again without the walk).
import { FakeWorkbook, runFake } from "../support/fake";
import { readSnapshot } from "../../src/host/office";

function workbook(): FakeWorkbook {
  return FakeWorkbook.from({ Capaian: [["Target", "Realisasi"], [0.9, 1]], LKD: [["Pagu", 9933860000]] });
}

test("a refused first round trip falls back to reading the structure without the sheet walk", async () => {
  const expected = await runFake(workbook(), (c) => readSnapshot(c, { now: () => new Date(0) }));
  const wb = workbook();
  wb.resetSyncLog();
  let refused = 0;
  const read = await runFake(wb, async (context) => {
    const realSync = context.sync.bind(context);
    (context as unknown as { sync: () => Promise<void> }).sync = async () => {
      if (refused === 0) {
        refused++;
        await realSync();
        throw Object.assign(new Error("The argument is invalid or missing or has an incorrect format."), { code: "InvalidArgument" });
      }
      return realSync();
    };
    return readSnapshot(context, { now: () => new Date(0) });
  });
  expect(refused).toBe(1);
  expect(read).toEqual(expected);
  expect(wb.syncLog.length).toBeLessThanOrEqual(4);
});

test("without a refusal the walk reads a small workbook in 2 round trips", async () => {
  const wb = workbook();
  wb.resetSyncLog();
  await runFake(wb, (c) => readSnapshot(c));
  expect(wb.syncLog.length).toBe(2);
});
