import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FUNCTION_NAMES } from "../../src/core/catalogue";
import { FUNCTION_REFERENCE, functionReference, signature } from "../../src/functions/reference";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require("../../scripts/function-reference.js") as { render: (json: string) => string; INPUT: string; OUTPUT: string };

interface Meta {
  functions: { id: string; name: string; description?: string; helpUrl?: string; parameters: { name: string; description?: string; dimensionality?: string }[]; result: { dimensionality?: string } }[];
}

let metadataJson = "";
let meta: Meta;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(path.join(__dirname, "../../src/functions/functions.ts"));
  expect(result.errors).toEqual([]);
  metadataJson = result.metadataJson;
  meta = JSON.parse(metadataJson) as Meta;
});

describe("functions.json metadata generated from the JSDoc", () => {
  it("lists every catalogue function, and nothing else", () => {
    expect(meta.functions.map((f) => f.id).sort()).toEqual([...FUNCTION_NAMES].sort());
  });

  it.each([...FUNCTION_NAMES])("%s has an Indonesian description with an example, a help URL and described parameters", (name) => {
    const f = meta.functions.find((x) => x.id === name);
    expect(f).toBeDefined();
    expect(f!.name).toBe(name);
    expect(f!.description ?? "").toMatch(/\S.*Contoh: =LKJIP\./);
    expect(f!.helpUrl).toBe(`https://localhost:3000/taskpane.html#fungsi-${name}`);
    for (const p of f!.parameters) {
      expect(p.description ?? "").not.toBe("");
      // Every argument accepts a range (see the note at the top of functions.ts).
      expect(p.dimensionality).toBe("matrix");
    }
    expect(f!.result.dimensionality).toBe("matrix");
  });

  it("the task pane's reference file is up to date (npm run functions:reference)", () => {
    expect(fs.readFileSync(generator.OUTPUT, "utf8")).toBe(generator.render(metadataJson));
  });
});

describe("FUNCTION_REFERENCE", () => {
  it("has an entry per catalogue function with summary, example and anchor", () => {
    expect(FUNCTION_REFERENCE.map((f) => f.name)).toEqual(meta.functions.map((f) => f.name));
    for (const f of FUNCTION_REFERENCE) {
      expect(f.summary).not.toBe("");
      expect(f.example).toMatch(/^=LKJIP\./);
      expect(f.anchor).toBe(`fungsi-${f.name}`);
    }
  });
  it("finds an entry and shows its signature", () => {
    const ref = functionReference("lkjip.ikpa_score")!;
    expect(signature(ref)).toBe("=LKJIP.IKPA_SCORE(nilai; bobot_atau_tahun; [dispensasi])");
    expect(ref.example).toBe("=LKJIP.IKPA_SCORE(B2:H2; 2024) → 96,12");
    expect(functionReference("NOPE")).toBeUndefined();
  });
});
