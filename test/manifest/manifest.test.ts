import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { execFileSync } from "child_process";
import { checkManifest } from "./checkManifest";

const root = path.join(__dirname, "..", "..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const assets = path.join(root, "assets");

describe("manifest.xml (offline checks)", () => {
  it("has no problems", () => {
    expect(checkManifest(xml, assets)).toEqual([]);
  });

  it("reports a resid without a resource", () => {
    const broken = xml.replace('resid="Taskpane.Url" lifetime', 'resid="Taskpane.Nope" lifetime');
    expect(checkManifest(broken, assets)).toContain('resid "Taskpane.Nope" has no resource');
  });

  it("reports a missing icon file", () => {
    const broken = xml.replace("assets/icon-80.png", "assets/icon-99.png");
    expect(checkManifest(broken, assets)).toContain("icon file missing: assets/icon-99.png");
  });

  it("reports a URL that is not https", () => {
    const broken = xml.replace('DefaultValue="https://localhost:3000/functions.json"', 'DefaultValue="http://localhost:3000/functions.json"');
    expect(checkManifest(broken, assets)).toContain("URL is not https: http://localhost:3000/functions.json");
  });

  it("reports a wrong namespace", () => {
    const broken = xml.replace('id="Functions.Namespace" DefaultValue="LKJIP"', 'id="Functions.Namespace" DefaultValue="CONTOSO"');
    expect(checkManifest(broken, assets)).toContain("custom functions namespace is CONTOSO, expected LKJIP");
  });

  it("reports elements out of schema order", () => {
    const broken = xml.replace(/(\s*<Permissions>ReadWriteDocument<\/Permissions>)/, "").replace("<Hosts>\n    <Host Name=\"Workbook\"/>", "<Permissions>ReadWriteDocument</Permissions>\n  <Hosts>\n    <Host Name=\"Workbook\"/>");
    expect(checkManifest(broken, assets).some((p) => p.includes("out of the order"))).toBe(true);
  });

  it("reports Runtimes that is not the first child of Host", () => {
    const runtimes = /\s*<Runtimes>[\s\S]*?<\/Runtimes>/.exec(xml)![0];
    const broken = xml.replace(runtimes, "").replace("</AllFormFactors>", `</AllFormFactors>${runtimes}`);
    expect(checkManifest(broken, assets)).toContain("VersionOverrides/Host: <Runtimes> must come right after <Host>");
  });

  it("asks only for ReadWriteDocument", () => {
    expect(xml.match(/<Permissions>([^<]*)<\/Permissions>/)![1]).toBe("ReadWriteDocument");
  });

  it("is readable by office-addin-manifest info (offline)", () => {
    const cli = path.join(root, "node_modules", "office-addin-manifest", "cli.js");
    const out = execFileSync(process.execPath, [cli, "info", path.join(root, "manifest.xml")], { encoding: "utf8" });
    expect(out).toContain("Name: LKjIP");
    expect(out).toContain("Permissions: ReadWriteDocument");
    expect(out).toContain("Hosts: Workbook");
  });
});

// The manifest an office's IT deploys: what `npm run build:deploy -- URL` writes to dist/ (the
// same transform webpack applies), checked offline like the dev one.
describe("production manifest (build:deploy)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { productionManifest } = require("../../scripts/manifest-url.js") as { productionManifest(xml: string, url: string): string };
  const url = "https://intranet.satker.go.id/lkjip/";
  const prod = productionManifest(xml, url);

  it("has no problems, every address under the hosting URL and no localhost left", () => {
    expect(checkManifest(prod, assets, url)).toEqual([]);
    expect(prod).not.toContain("localhost");
    expect(prod).toContain("<AppDomain>https://intranet.satker.go.id</AppDomain>");
    expect(prod).toContain('"https://intranet.satker.go.id/lkjip/assets/icon-80.png"');
  });

  it("the check catches an address left pointing elsewhere and a missing icon under a path", () => {
    expect(checkManifest(xml, assets, url).some((p) => p.startsWith("URL not under"))).toBe(true);
    expect(checkManifest(prod.replace("lkjip/assets/icon-80.png", "lkjip/assets/icon-99.png"), assets, url)).toContain("icon file missing: assets/icon-99.png");
  });

  it("is readable by office-addin-manifest info (offline)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-manifest-"));
    const file = path.join(dir, "manifest.xml");
    fs.writeFileSync(file, prod);
    const cli = path.join(root, "node_modules", "office-addin-manifest", "cli.js");
    const out = execFileSync(process.execPath, [cli, "info", file], { encoding: "utf8" });
    expect(out).toContain("Name: LKjIP");
    expect(out).toContain("https://intranet.satker.go.id/lkjip/taskpane.html");
  });
});
