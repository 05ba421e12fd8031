// Offline stand-in for `office-addin-manifest validate` (which needs the internet): the checks
// that catch the mistakes we actually make in manifest.xml.
import { XMLParser } from "fast-xml-parser";
import * as fs from "fs";
import * as path from "path";

// Order of OfficeApp children required by Microsoft's TaskPaneApp schema (optional ones may be absent).
const OFFICEAPP_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description",
  "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements",
  "DefaultSettings", "Permissions", "VersionOverrides",
];
// Order of children of a VersionOverrides Host element.
const HOST_ORDER = ["Runtimes", "AllFormFactors", "DesktopFormFactor", "MobileFormFactor"];

type Node = Record<string, unknown>;

function tagsOf(list: unknown): string[] {
  return (Array.isArray(list) ? list : []).map((n) => Object.keys(n as Node).find((k) => k !== ":@" && k !== "#text") ?? "").filter(Boolean);
}
function childrenOf(node: unknown, tag: string): unknown[] {
  return ((node as Node)[tag] as unknown[]) ?? [];
}
function find(list: unknown[], tag: string): unknown | undefined {
  return list.find((n) => Object.prototype.hasOwnProperty.call(n as Node, tag));
}
function checkOrder(found: string[], order: string[], where: string, problems: string[]): void {
  let last = -1;
  for (const t of found) {
    const i = order.indexOf(t);
    if (i < 0) { problems.push(`${where}: unexpected element <${t}>`); continue; }
    if (i < last) problems.push(`${where}: <${t}> is out of the order the schema requires`);
    last = Math.max(last, i);
  }
}

/**
 * Problems of a manifest, offline. With `servedFrom` (a production manifest), every address must
 * be under it and the AppDomain its origin: no localhost left, nothing pointing elsewhere.
 */
export function checkManifest(xml: string, assetsDir: string, servedFrom?: string): string[] {
  const problems: string[] = [];
  if (servedFrom) {
    for (const m of xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)) {
      if (!m[1].startsWith(servedFrom) && !m[1].startsWith("https://appsforoffice.microsoft.com/")) problems.push(`URL not under ${servedFrom}: ${m[1]}`);
    }
    for (const m of xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)) {
      if (m[1] !== new URL(servedFrom).origin) problems.push(`AppDomain ${m[1]} is not the origin of ${servedFrom}`);
    }
  }
  const ordered = new XMLParser({ preserveOrder: true, ignoreAttributes: false, removeNSPrefix: true }).parse(xml) as unknown[];
  const app = find(ordered, "OfficeApp");
  if (!app) return ["no <OfficeApp> root"];
  const appChildren = childrenOf(app, "OfficeApp");
  checkOrder(tagsOf(appChildren), OFFICEAPP_ORDER, "OfficeApp", problems);

  const vo = find(appChildren, "VersionOverrides");
  const voHosts = vo ? childrenOf(find(childrenOf(vo, "VersionOverrides"), "Hosts"), "Hosts") : [];
  for (const h of voHosts) {
    const hostChildren = childrenOf(h, "Host");
    const tags = tagsOf(hostChildren);
    checkOrder(tags, HOST_ORDER, "VersionOverrides/Host", problems);
    if (tags[0] !== "Runtimes") problems.push("VersionOverrides/Host: <Runtimes> must come right after <Host>");
  }

  // resid references versus declared resources
  const declared = new Set<string>();
  for (const m of xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)) declared.add(m[1]);
  for (const m of xml.matchAll(/resid="([^"]+)"/g)) {
    if (!declared.has(m[1])) problems.push(`resid "${m[1]}" has no resource`);
  }
  // every URL https
  for (const m of xml.matchAll(/(?:DefaultValue|Value)="((?:https?|ftp):\/\/[^"]*)"/g)) {
    if (!m[1].startsWith("https://")) problems.push(`URL is not https: ${m[1]}`);
  }
  for (const m of xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)) {
    if (!m[1].startsWith("https://")) problems.push(`AppDomain is not https: ${m[1]}`);
  }
  // icons exist
  for (const m of xml.matchAll(/"https:\/\/[^"]*?\/assets\/([^"]+\.png)"/g)) {
    if (!fs.existsSync(path.join(assetsDir, m[1]))) problems.push(`icon file missing: assets/${m[1]}`);
  }
  // custom functions namespace
  const ns = /<Namespace\s+resid="([^"]+)"/.exec(xml);
  const nsValue = ns ? new RegExp(`<bt:String\\s+id="${ns[1]}"\\s+DefaultValue="([^"]*)"`).exec(xml)?.[1] : undefined;
  if (nsValue !== "LKJIP") problems.push(`custom functions namespace is ${nsValue ?? "missing"}, expected LKJIP`);
  if (!/<Set\s+Name="SharedRuntime"/.test(xml)) problems.push("SharedRuntime requirement missing");
  if (!/<Runtime\s+resid="[^"]+"\s+lifetime="long"/.test(xml)) problems.push('Runtime must have lifetime="long"');
  return problems;
}
