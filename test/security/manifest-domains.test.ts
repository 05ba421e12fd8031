// The manifest opens no door beyond the add-in's own origin: every URL it names and every
// AppDomain is that one origin, and the production transform (webpack.config.js) rewrites all
// of them to the hosting URL without leaving a dev URL behind. Permissions (ReadWriteDocument
// only) are asserted in test/manifest/manifest.test.ts.
import * as fs from "fs";
import * as path from "path";

const root = path.join(__dirname, "..", "..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

function urls(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"|<AppDomain>([^<]+)<\/AppDomain>|<SourceLocation DefaultValue="([^"]+)"/g)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}
const origin = (u: string) => new URL(u).origin;

describe("manifest domains", () => {
  const sourceOrigin = origin(/<DefaultSettings>\s*<SourceLocation DefaultValue="([^"]+)"/.exec(xml)![1]);

  it("lists exactly one AppDomain: the add-in's own origin", () => {
    const domains = [...xml.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1].trim());
    expect(domains.map(origin)).toEqual([sourceOrigin]);
  });

  it("points every URL at that origin over https", () => {
    const all = urls(xml);
    expect(all.length).toBeGreaterThan(5);
    for (const u of all) {
      expect(u.startsWith("https://")).toBe(true);
      expect(origin(u)).toBe(sourceOrigin);
    }
  });

  it("the production build rewrites every URL, AppDomain included, to the hosting origin", () => {
    // Applies the real transform webpack.config.js gives copy-webpack-plugin for manifest.xml.
    const saved = process.env.ADDIN_URL;
    process.env.ADDIN_URL = "https://lkjip.example.org/addin/";
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const config = require(path.join(root, "webpack.config.js"))({}, { mode: "production" }) as { plugins: { patterns?: { to: string; transform?: (c: Buffer) => string | Buffer }[] }[] };
      const pattern = config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.to === "manifest.xml");
      expect(pattern?.transform).toBeDefined();
      const prod = String(pattern!.transform!(Buffer.from(xml)));
      expect(prod).not.toContain("localhost");
      const all = urls(prod);
      expect(all.length).toBe(urls(xml).length);
      for (const u of all) expect(origin(u)).toBe("https://lkjip.example.org");
      expect(prod).toContain("<AppDomain>https://lkjip.example.org</AppDomain>");
    } finally {
      if (saved === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = saved;
    }
  });
});
