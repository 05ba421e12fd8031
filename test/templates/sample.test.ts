import { readFileSync } from "fs";
import { join } from "path";
import { planInstall } from "../../src/templates";

test("samples/README.md lists exactly the cells that hold typed published values", () => {
  const readme = readFileSync(join(__dirname, "..", "..", "samples", "README.md"), "utf8");
  const listed = readme
    .split("\n")
    .map((l) => /^\| ([^|]+) \| ([A-Z]+\d+) \| (\w+) \| ([^|]+) \| (\w+) \| ([^|]+) \|$/.exec(l))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => `${m[1].trim()}!${m[2]} ${m[3]}.${m[4].trim()}.${m[5]} = ${m[6].trim()}`);
  const typed = planInstall({ year: 2024, sample: "kerinci-2024" }).typedValues.map(
    (t) => `${t.sheet}!${t.address} ${t.table}.${t.row}.${t.col} = ${typeof t.value === "string" ? JSON.stringify(t.value) : String(t.value)}`,
  );
  expect(typed.length).toBeGreaterThan(20);
  expect(listed.sort()).toEqual(typed.sort());
});
