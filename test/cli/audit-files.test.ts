// `lkjip audit` as a user runs it (built CLI, child process) on the file-handling cases of
// issue 13: a folder with one bad file, --out pointing at an input, EPIPE, FIFOs, permission,
// size and not-found errors, terminal escapes in names, a file that kills its worker.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { escapeTerminal } from "../../src/cli/audit";
import { MAX_FILE_BYTES } from "../../src/host/xlsx/limits";
import { openError } from "../../src/host/xlsx/read";
import { ensureBuilt, lines, lkjip, root, STACK } from "../reliability/cli";
import { BUDGET_ROWS, sheetXml, tmpDir, wrapSheetData, xlsx } from "../reliability/fixtures";

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = tmpDir("lkjip-files-");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const good = () => xlsx([{ name: "Rekap", xml: sheetXml(BUDGET_ROWS) }]);
function put(rel: string, data: Buffer | string): string {
  const p = path.join(dir, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, data);
  return p;
}

describe("a batch survives any one file", () => {
  it("one file beyond Excel's grid and three good ones: exit 2, one line, full reports for the good three", () => {
    const folder = path.join(dir, "batch");
    for (const n of ["a.xlsx", "b.xlsx", "d.xlsx"]) put(`batch/${n}`, good());
    put("batch/c.xlsx", xlsx([{ name: "Besar", xml: wrapSheetData(`<row r="1048577"><c r="A1048577"><v>1</v></c></row>`) }]));
    const r = lkjip(["audit", folder, "--format", "json", "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr + r.stdout).not.toMatch(STACK);
    expect(lines(r.stderr)).toEqual([`lkjip: ${path.join(folder, "c.xlsx")}: sheet 'Besar' is beyond Excel's limits (row 1,048,576, column XFD)`]);
    const report = JSON.parse(r.stdout) as { files: { path: string; summary: { error: number } }[] };
    expect(report.files.map((f) => path.basename(f.path))).toEqual(["a.xlsx", "b.xlsx", "d.xlsx"]);
  });

  it("a file that exhausts its worker's memory fails alone with one line", () => {
    const folder = path.join(dir, "oom");
    for (const n of ["a.xlsx", "c.xlsx"]) put(`oom/${n}`, good());
    const rows: string[] = [];
    for (let r = 1; r <= 20000; r++) {
      let cells = "";
      for (let c = 0; c < 40; c++) cells += `<c t="inlineStr"><is><t>teks ${r}-${c}</t></is></c>`;
      rows.push(`<row r="${r}">${cells}</row>`);
    }
    put("oom/b.xlsx", xlsx([{ name: "Banyak", xml: wrapSheetData(rows.join("")) }]));
    const r = spawnSync(process.execPath, [path.join(root, "bin", "lkjip.js"), "audit", folder, "--format", "json", "--lang", "en"], {
      encoding: "utf8",
      timeout: 120_000,
      env: { ...process.env, LKJIP_WORKER_MEMORY_MB: "48" },
    });
    expect(r.status).toBe(2);
    expect(r.stderr + r.stdout).not.toMatch(STACK);
    expect(lines(r.stderr)).toEqual([`lkjip: ${path.join(folder, "b.xlsx")}: exceeds the memory limit (48 MB) and was not audited`]);
    expect((JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => path.basename(f.path))).toEqual(["a.xlsx", "c.xlsx"]);
  });
});

describe("files", () => {
  it("--out as a hard link or symlink to an input is refused, and the workbook is untouched", () => {
    const wbPath = put("out/buku.xlsx", good());
    const before = fs.readFileSync(wbPath);
    fs.linkSync(wbPath, path.join(dir, "out/keras.html"));
    fs.symlinkSync(wbPath, path.join(dir, "out/lunak.html"));
    for (const out of ["keras.html", "lunak.html"]) {
      const r = lkjip(["audit", wbPath, "--out", path.join(dir, "out", out), "--format", "html"]);
      expect(r.status).toBe(2);
      expect(lines(r.stderr)).toHaveLength(1);
      expect(r.stderr).toContain("adalah berkas yang diaudit");
    }
    expect(fs.readFileSync(wbPath).equals(before)).toBe(true);
  });

  it("the report replaces the previous one whole (temporary file + rename)", () => {
    const wbPath = put("rep/buku.xlsx", good());
    const out = put("rep/laporan.json", "previous report");
    const r = lkjip(["audit", wbPath, "--out", out, "--format", "json"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(fs.readFileSync(out, "utf8")).files).toHaveLength(1);
    expect(fs.readdirSync(path.join(dir, "rep")).sort()).toEqual(["buku.xlsx", "laporan.json"]);
  });

  it("a closed pipe ends quietly (| head -1)", () => {
    const wbPath = put("pipe/buku.xlsx", xlsx([{ name: "Rekap", xml: sheetXml([...BUDGET_ROWS.slice(0, 4), ["JUMLAH", 1, 2]]) }]));
    // `true` exits at once without reading, so every write of the report meets a closed pipe.
    const r = spawnSync("sh", ["-c", `node ${JSON.stringify(path.join(root, "bin", "lkjip.js"))} audit ${JSON.stringify(wbPath)} --format json | true`], { encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
  });

  it("a FIFO named .xlsx in a folder is skipped; named directly it is one line", () => {
    const folder = path.join(dir, "fifo");
    put("fifo/a.xlsx", good());
    const fifo = path.join(folder, "pipa.xlsx");
    const mk = spawnSync("mkfifo", [fifo]);
    expect(mk.status).toBe(0);
    const r = lkjip(["audit", folder, "--format", "json"]);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { files: unknown[] }).files).toHaveLength(1);
    const d = lkjip(["audit", fifo, "--lang", "en"]);
    expect(d.status).toBe(2);
    expect(lines(d.stderr)).toEqual([`lkjip: ${fifo}: not a regular file (a folder, pipe or device)`]);
  });

  it("permission denied, not found and a non-zip each have their own line", () => {
    const locked = put("perm/terkunci.xlsx", good());
    // As root chmod cannot deny a read, so the open is refused the way the OS refuses a user.
    const r = lkjip(["audit", locked, "--lang", "en"], { denyRead: locked });
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toEqual([`lkjip: ${locked}: permission denied reading the file`]);
    const missing = path.join(dir, "perm", "tidak-ada.xlsx");
    expect(lines(lkjip(["audit", missing, "--lang", "en"]).stderr)).toEqual([`lkjip: ${missing}: file not found`]);
    const huge = path.join(dir, "perm", "besar.xlsx");
    fs.writeFileSync(huge, "");
    fs.truncateSync(huge, MAX_FILE_BYTES + 1); // sparse: no disk used, nothing read
    expect(lines(lkjip(["audit", huge, "--lang", "en"]).stderr)).toEqual([`lkjip: ${huge}: the file is too large (limit ${MAX_FILE_BYTES / 1048576} MB)`]);
    const text = put("perm/teks.xlsx", "bukan zip sama sekali");
    expect(lines(lkjip(["audit", text, "--lang", "en"]).stderr)).toEqual([`lkjip: ${text}: not an Excel .xlsx file`]);
  });

  it("open errors map to their own kinds (permission cannot be produced as root)", () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(openError(err("EACCES"), "x").kind).toBe("permission");
    expect(openError(err("EPERM"), "x").kind).toBe("permission");
    expect(openError(err("ENOENT"), "x").kind).toBe("not-found");
    expect(openError(err("EISDIR"), "x").kind).toBe("not-a-file");
    expect(openError(err("ERR_FS_FILE_TOO_LARGE"), "x").kind).toBe("file-too-large");
  });

  it("control and bidi characters in names are escaped on the terminal", () => {
    const name = "a\x1b[31mmerah\u202eb.xlsx";
    const p = put(`esc/${name}`, "bukan zip");
    const r = lkjip(["audit", p, "--lang", "en"]);
    expect(r.stderr).not.toContain("\x1b");
    expect(r.stderr).not.toContain("\u202e");
    expect(r.stderr).toContain("a\\x1b[31mmerah\\u{202e}b.xlsx");
    expect(escapeTerminal("baris\n\tkolom")).toBe("baris\n\tkolom");
  });
});

describe("start fast", () => {
  it("`lkjip fn` and `lkjip audit`'s main thread load neither exceljs nor the reader; the reader has no exceljs", () => {
    const probe = (args: string[]) => {
      const code = `const m=require(${JSON.stringify(path.join(root, "lib", "cli", "index.js"))});m.main(["node","lkjip",...${JSON.stringify(args)}],{write(){return true}},{write(){return true}}).then(()=>{const k=Object.keys(require.cache);process.stdout.write(JSON.stringify({exceljs:k.some(x=>x.includes("/exceljs/")),reader:k.some(x=>x.includes("host/xlsx/read"))}))})`;
      return JSON.parse(spawnSync(process.execPath, ["-e", code], { encoding: "utf8", timeout: 60_000 }).stdout) as { exceljs: boolean; reader: boolean };
    };
    expect(probe(["fn", "CAPAIAN", "90", "100"])).toEqual({ exceljs: false, reader: false });
    const wbPath = put("start/buku.xlsx", good());
    // The main thread of `audit` only collects files and writes the report; workers read.
    expect(probe(["audit", wbPath, "--format", "json"])).toEqual({ exceljs: false, reader: false });
    const readerSources = ["read.ts", "zip.ts", "limits.ts", "readErrors.ts"].map((f) => fs.readFileSync(path.join(root, "src", "host", "xlsx", f), "utf8"));
    expect(readerSources.some((t) => /from "exceljs"/.test(t))).toBe(false);
  });
});
