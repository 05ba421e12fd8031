// What a reader of a shared report sees: the workbook's file name (not where it sat on a disk),
// a date as people write it, and rule names in the report's language, never internal rule ids.
import { htmlReport, textReport } from "../../src/audit/report";
import { REPORTED_RULES } from "../../src/audit/report/rules";
import type { FileReport } from "../../src/audit/report";
import type { Finding } from "../../src/audit/types";

const finding = (rule: string, code: Finding["code"]): Finding => ({
  rule,
  code,
  severity: "error",
  sheet: "Anggaran",
  cell: "C9",
  related: [],
  message: "Jumlah 10 tidak sama dengan jumlah rinciannya 9",
  message_en: "Total 10 does not equal the sum of its parts 9",
  fix: "Periksa rincian",
  fix_en: "Check the parts",
});

const files: FileReport[] = [
  {
    path: "/home/pengguna/Dokumen/Rahasia/LKjIP 2024.xlsx",
    result: {
      findings: [finding("total-sum", "sum.mismatch"), finding("number-as-text", "text.number"), finding("diagnosis", "diagnosis.cause")],
      summary: { error: 3, warning: 0, info: 0, ignored: 0 },
      readAt: new Date(2026, 11, 1, 10, 22).toISOString(),
    },
  },
];

describe("HTML report for the reader", () => {
  const id = htmlReport(files, "id");
  const en = htmlReport(files, "en");

  it("is titled with the workbook's file name and never shows the local folders", () => {
    expect(id).toContain("<title>LKjIP 2024.xlsx — Laporan audit konsistensi LKjIP</title>");
    expect(id).toContain("<h2>LKjIP 2024.xlsx</h2>");
    expect(id).not.toContain("/home/pengguna");
    expect(htmlReport([{ ...files[0], path: "C:\\Users\\sri\\LKjIP 2024.xlsx" }], "id")).not.toContain("Users");
  });

  it("dates the reading as people write it, not an ISO time stamp", () => {
    expect(id).toContain("1 Desember 2026 10.22");
    expect(en).toContain("1 December 2026 10:22");
    expect(id).not.toMatch(/\d{4}-\d\d-\d\dT/);
  });

  it("names rules in the reader's language, never by their ids", () => {
    expect(id).toContain("<td>Total dan subtotal</td>");
    expect(id).toContain("<td>Angka tersimpan sebagai teks</td>");
    expect(id).toContain("<td>Akar masalah</td>");
    expect(en).toContain("<td>Totals and subtotals</td>");
    for (const r of REPORTED_RULES) expect(id).not.toContain(`>${r.id}<`);
  });

  it("every rule a finding can name has a name in both languages", () => {
    for (const r of REPORTED_RULES) {
      expect(r.name.id.length).toBeGreaterThan(3);
      expect(r.name.en.length).toBeGreaterThan(3);
    }
  });
});

it("the text report's tally is 'Jumlah temuan', not 'Ringkasan' (the name of a sheet)", () => {
  const t = textReport(files, "id");
  expect(t).toContain("Jumlah temuan: 3 galat, 0 peringatan, 0 info, 0 diabaikan");
  expect(t).not.toContain("Ringkasan:");
});
