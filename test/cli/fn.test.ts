import { runCli } from "../support/cli";

const run = (...args: string[]) => runCli(args);

describe("lkjip fn", () => {
  it("prints CAPAIAN 1 0.9 as JSON at display precision (15 significant digits)", async () => {
    const r = await run("fn", "CAPAIAN", "1", "0.9");
    expect(r).toEqual({ code: 0, out: "1.1111111111111112\n", err: "" });
  });

  it("runs the issue's example: IKPA_SCORE with a year prints 96.12", async () => {
    const r = await run("fn", "IKPA_SCORE", "[[80,93.67,98.23,94.4,100,99.83,100]]", "2024");
    expect(r).toEqual({ code: 0, out: "96.12\n", err: "" });
  });

  it("accepts negative numbers as arguments", async () => {
    expect((await run("fn", "CAPAIAN", "-5", "10")).out).toBe("-0.5\n");
    expect((await run("fn", "RASIO", "-5", "-10")).out).toBe("0.5\n");
  });

  it("takes null for an omitted argument", async () => {
    const r = await run("fn", "CAPAIAN", "80", "100", "null", "null");
    expect(r.out).toBe("0.8\n");
    const n = await run("fn", "CAPAIAN", "80", "100", "negatif", "null");
    expect(n.out).toBe("1.2\n");
  });

  it("takes bare words and number text", async () => {
    expect((await run("fn", "NKA_KATEGORI", "89.56")).out).toBe('"Baik"\n');
    expect((await run("fn", "ANGKA", "Rp9.933.860.000")).out).toBe("9933860000\n");
    expect((await run("fn", "TERBILANG", "5000000", "rupiah")).out).toBe('"lima juta rupiah"\n');
  });

  it("prints an Excel error on stderr and exits 1", async () => {
    const r = await run("fn", "CAPAIAN", "1", "0");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^#DIV\/0! target 0/);
    expect(r.out).toBe("");
  });

  it("explains text that is not a number", async () => {
    const r = await run("fn", "CAPAIAN", "abc", "1");
    expect(r).toEqual({ code: 1, out: "", err: "#VALUE! realisasi bukan angka: 'abc'\n" });
  });

  it("exits 2 on an unknown function", async () => {
    const r = await run("fn", "NOPE", "1");
    expect(r.code).toBe(2);
    expect(r.err).toContain("NOPE");
  });

  it("fills a column from ranges", async () => {
    const r = await run("fn", "CAPAIAN", "[[1],[0.5]]", "[[0.9],[1]]");
    expect(JSON.parse(r.out)).toEqual([[1.1111111111111112], [0.5]]);
    expect(r.code).toBe(0);
  });

  it("prints an array with error cells, lists them on stderr and exits 1", async () => {
    const r = await run("fn", "CAPAIAN", "[[1],[2]]", "[[0.9],[0]]");
    expect(JSON.parse(r.out)).toEqual([[1.1111111111111112], ["#DIV/0! target 0: capaian tidak dapat dihitung"]]);
    expect(r.err).toBe("[2,1] #DIV/0! target 0: capaian tidak dapat dihitung\n");
    expect(r.code).toBe(1);
  });

  it("prints a dynamic array", async () => {
    const r = await run("fn", "IKPA_BOBOT", "2024");
    expect(JSON.parse(r.out)).toEqual([[10, 15, 20, 10, 10, 10, 25]]);
  });
});
