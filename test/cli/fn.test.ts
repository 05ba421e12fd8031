import { main } from "../../src/cli/index";

function capture(): { stream: NodeJS.WritableStream; text: () => string } {
  let buf = "";
  const stream = { write: (s: string) => ((buf += s), true) } as unknown as NodeJS.WritableStream;
  return { stream, text: () => buf };
}

async function run(...args: string[]) {
  const out = capture();
  const err = capture();
  const code = await main(["node", "lkjip", ...args], out.stream, err.stream);
  return { code, out: out.text(), err: err.text() };
}

describe("lkjip fn", () => {
  it("prints CAPAIAN 1 0.9 as JSON", async () => {
    const r = await run("fn", "CAPAIAN", "1", "0.9");
    expect(r).toEqual({ code: 0, out: "1.1111111111111112\n", err: "" });
  });

  it("prints an Excel error on stderr and exits 1", async () => {
    const r = await run("fn", "CAPAIAN", "1", "0");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^#DIV\/0! /);
    expect(r.out).toBe("");
  });

  it("exits 2 on an unknown function", async () => {
    const r = await run("fn", "NOPE", "1");
    expect(r.code).toBe(2);
    expect(r.err).toContain("NOPE");
  });

  it("fills a column from ranges", async () => {
    const r = await run("fn", "CAPAIAN", "[[1],[0.5]]", "[[0.9],[1]]");
    expect(JSON.parse(r.out)).toEqual([[1.1111111111111112], [0.5]]);
  });
});
