// SARIF 2.1.0 report: one run, rules from the registry, one result per finding; cells are
// given as logical locations ("Sheet!A1") and the file as the artifact.
import { REPORTED_RULES } from "./rules";
import type { Finding } from "../types";
import type { FileReport, Lang } from "./types";

const LEVEL: Record<Finding["severity"], "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

export function sarifReport(files: FileReport[], lang: Lang = "id"): string {
  const results: unknown[] = [];
  const notifications: unknown[] = [];
  for (const f of files) {
    if (!f.result) {
      notifications.push({ level: "error", message: { text: f.error ?? "" }, locations: [{ physicalLocation: { artifactLocation: { uri: toUri(f.path) } } }] });
      continue;
    }
    for (const x of f.result.findings) {
      results.push({
        ruleId: x.rule,
        level: LEVEL[x.severity],
        message: { text: lang === "id" ? x.message : x.message_en },
        locations: [
          {
            physicalLocation: { artifactLocation: { uri: toUri(f.path) } },
            logicalLocations: [{ name: x.cell, fullyQualifiedName: `${x.sheet}!${x.cell}`, kind: x.quote ? "paragraph" : "cell" }],
          },
        ],
        relatedLocations: x.related.map((r, i) => ({ id: i + 1, logicalLocations: [{ fullyQualifiedName: `${r.sheet}!${r.cell}`, kind: "cell" }] })),
        partialFingerprints: { lkjipFinding: `${x.rule}|${x.code}|${x.sheet}|${x.cell}` },
        properties: {
          ...(x.quote ? { quote: x.quote, page: x.location?.page, paragraph: x.location?.paragraph } : {}),
          code: x.code,
          sheet: x.sheet,
          cell: x.cell,
          expected: x.expected,
          actual: x.actual,
          fix: lang === "id" ? x.fix : x.fix_en,
          // Root cause (issue 12): the cell(s) to change with their values, and the findings it explains.
          ...(x.cause ? { rootCause: x.cause } : {}),
          ...(x.consequences ? { consequences: x.consequences.map((c) => ({ rule: c.rule, code: c.code, sheet: c.sheet, cell: c.cell, expected: c.expected, actual: c.actual, message: lang === "id" ? c.message : c.message_en })) } : {}),
        },
        ...(x.ignored ? { suppressions: [{ kind: "inSource", justification: x.ignored.reason }] } : {}),
      });
    }
  }
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "lkjip-audit",
            rules: REPORTED_RULES.map((r) => ({
              id: r.id,
              name: r.name.en,
              shortDescription: { text: lang === "id" ? r.description.id : r.description.en },
              fullDescription: { text: `${r.description.id} / ${r.description.en}` },
              helpUri: r.docs,
              defaultConfiguration: { level: LEVEL[r.severity] },
            })),
          },
        },
        results,
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}

function toUri(p: string): string {
  return p.replace(/\\/g, "/").split("/").map(encodeURIComponent).join("/");
}
