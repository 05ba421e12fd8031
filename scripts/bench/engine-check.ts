// Engine check: the audit's whole JSON result on the bench's generated workbooks and on the test
// workbooks (corpus, free layout, template samples), written to a folder or compared with one
// written before, plus the engine's CPU time per bench size. A speed change to src/audit must
// leave every byte of the result as it was:
//   node lib/bench/scripts/bench/engine-check.js --write /tmp/before [--sizes 10k,100k,1m]
//   node lib/bench/scripts/bench/engine-check.js --compare /tmp/before [--sizes ...]
// (compiled by `npm run bench`, or `npx tsc -p scripts/bench/tsconfig.json`). Not part of npm test.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { audit } from "../../src/audit";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { planInstall, SAMPLES } from "../../src/templates";
import { CORPUS } from "../../test/audit/corpus";
import { freeLayout } from "../../test/support/freeLayout";
import { snapshotFromActions } from "../../test/support/snapshotFromActions";
import { generate } from "./generate";

const NOW = "2025-01-31T00:00:00Z";
const SIZES: Record<string, [number, number]> = { "10k": [10_000, 1], "100k": [100_000, 2], "1m": [1_000_000, 4] };

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function cases(sizes: string[]): [string, () => WorkbookSnapshot][] {
  const out: [string, () => WorkbookSnapshot][] = [];
  for (const c of CORPUS) {
    out.push([`corpus-${c.name}-consistent`, () => c.build(false)]);
    out.push([`corpus-${c.name}-planted`, () => c.build(true)]);
  }
  out.push(["free-layout-fixed", () => freeLayout(true)], ["free-layout-seed", () => freeLayout(false)]);
  for (const id of Object.keys(SAMPLES)) out.push([`sample-${id}`, () => snapshotFromActions(planInstall({ year: 2024, sample: id as "kerinci-2024" }).actions)]);
  out.push(["template-empty-2024", () => snapshotFromActions(planInstall({ year: 2024 }).actions)]);
  for (const s of sizes) out.push([`bench-${s}`, () => generate(SIZES[s][0], SIZES[s][1]).snapshot]);
  return out;
}

function main(): number {
  const write = arg("--write");
  const compare = arg("--compare");
  const dir = write ?? compare ?? fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-engine-"));
  const sizes = (arg("--sizes") ?? "10k,100k").split(",").filter((s) => SIZES[s]);
  if (write) fs.mkdirSync(dir, { recursive: true });
  let differ = 0;
  for (const [name, build] of cases(sizes)) {
    const snap = build();
    const c0 = process.cpuUsage();
    const result = audit(snap, { now: NOW });
    const c = process.cpuUsage(c0);
    const json = JSON.stringify(result, null, 1);
    const file = path.join(dir, `${name}.json`);
    let verdict = "written";
    if (compare) {
      const before = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
      verdict = before === json ? "same" : before === undefined ? "NEW" : "DIFFERS";
      if (before !== json) {
        differ++;
        fs.writeFileSync(`${file}.after`, json);
      }
    } else fs.writeFileSync(file, json);
    if (name.startsWith("bench-") || verdict !== "same")
      process.stdout.write(`${name}: ${verdict}, ${result.findings.length} findings, engine CPU ${Math.round((c.user + c.system) / 1000)} ms (load ${os.loadavg()[0].toFixed(2)})\n`);
  }
  if (compare) process.stdout.write(differ ? `${differ} results differ (see ${dir}/*.after)\n` : "every result identical\n");
  return differ ? 1 : 0;
}

process.exitCode = main();
