import { canInsert, formulaFor } from "../../src/taskpane/functionsMetadata";
import { FUNCTION_REFERENCE } from "../../src/functions/reference";

describe("Fungsi screen", () => {
  it("lists the catalogue from the generated reference", () => {
    expect(FUNCTION_REFERENCE.map((f) => f.name)).toContain("CAPAIAN");
  });

  it("builds the formula to insert, dropping trailing empty optional arguments", () => {
    expect(formulaFor({ name: "CAPAIAN" }, ["B5", " C5 ", "", ""])).toBe("=LKJIP.CAPAIAN(B5,C5)");
    expect(formulaFor({ name: "CAPAIAN" }, ["B5", "C5", "", '"rasio"'])).toBe('=LKJIP.CAPAIAN(B5,C5,,"rasio")');
  });

  it("allows insertion only when every required argument is given", () => {
    const capaian = FUNCTION_REFERENCE.find((f) => f.name === "CAPAIAN")!;
    expect(canInsert(capaian, ["B5", "", "", ""])).toBe(false);
    expect(canInsert(capaian, ["B5", "C5", "", ""])).toBe(true);
  });
});
