// Text figures matched to the Kerinci sample workbook by identity, never by number alone: budget
// scores (IKPA, NKA, NK Perencanaan, SMART) by name and year; counts by the breakdown row the words
// right before them name. Right sentences give no error/warning; wrong ones blame the right cell.
import fs from "fs";
import os from "os";
import path from "path";
import { PassThrough } from "stream";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import type { Finding } from "../../src/audit/types";
import { auditNarrative } from "../../src/narrative";

let wb: WorkbookSnapshot;
beforeAll(async () => {
  const { main } = await import("../../src/cli/index");
  const { readWorkbook } = await import("../../src/host/xlsx/read");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-ident-"));
  const book = path.join(dir, "kerinci.xlsx");
  expect(await main(["node", "lkjip", "init", book, "--sample", "kerinci-2024"], new PassThrough(), new PassThrough())).toBe(0);
  wb = await readWorkbook(book);
  fs.rmSync(dir, { recursive: true, force: true });
});

const check = (text: string): Finding[] => auditNarrative(text, wb, { year: 2024 }).findings.filter((f) => f.rule === "narrative-workbook");
const serious = (text: string) => check(text).filter((f) => f.severity !== "info");
const unmatched = (text: string) => check(text).filter((f) => f.code === "narrative.unmatched").map((f) => f.actual);
const blamed = (text: string) => serious(text).map((f) => [f.actual, `${f.related[0].sheet}!${f.related[0].cell}`]);

describe("budget scores by name and year", () => {
  const NKA = "Berdasarkan tampilan pada aplikasi tersebut, diperoleh nilai Kinerja Perencanaan Anggaran sebesar 83 % dan Nilai Kinerja Pelaksanaan Anggaran sebesar 96,12% sehingga total Nilai Kinerja Anggaran pada Kantor Imigrasi Kelas II Non TPI Kerinci pada tahun 2024 adalah sebesar 89,56%.";

  it("the seed's NKA sentence agrees part by part (each figure checked, none left unmatched)", () => {
    expect(serious(NKA)).toEqual([]);
    expect(unmatched(NKA)).toEqual([]);
  });

  it("a wrong NKA, planning score or IKPA is a warning on a cell of that score", () => {
    expect(blamed(NKA.replace("89,56%", "89,65%"))).toEqual([[89.65, "NKA!B10"]]);
    expect(blamed(NKA.replace("83 %", "85 %"))).toEqual([[85, "NKA!B8"]]);
    expect(blamed(NKA.replace("96,12%", "96,21%"))).toEqual([[96.21, "IKPA!L29"]]);
  });

  it("the year named in the sentence picks the year's score", () => {
    const ikpa = (v: string) => `Nilai akhir Indikator Kinerja Pelaksanaan Anggaran (IKPA) tahun 2023 Kantor Imigrasi Kelas II Non TPI Kerinci adalah sebesar ${v}.`;
    expect(serious(ikpa("97,02"))).toEqual([]);
    expect(unmatched(ikpa("97,02"))).toEqual([]);
    expect(blamed(ikpa("96,12"))).toEqual([[96.12, "IKPA!L21"]]);
    expect(serious("Nilai Kinerja Anggaran tahun 2023 sebesar 98,78 dan SMART tahun 2022 sebesar 95,04.")).toEqual([]);
    expect(blamed("Nilai Kinerja Anggaran tahun 2022 sebesar 98,78.")).toEqual([[98.78, "NKA!D25"]]);
  });

  it("an aspect, a period or a weight after the score's name is not the score", () => {
    for (const s of [
      "Nilai IKPA pada indikator Penyerapan Anggaran tahun 2024 sebesar 98,12.",
      "Nilai IKPA triwulan III tahun 2024 sebesar 94,50.",
      "Pada IKPA 2024 bobot Capaian Output sebesar 25.",
      "Target IKPA tahun 2024 sebesar 95.",
    ]) expect([s, serious(s)]).toEqual([s, []]);
  });

  it("never by number alone: 96,12 without a score's name is not compared with the IKPA", () => {
    expect(check("Nilai kepatuhan satuan kerja tahun 2024 sebesar 96,21.").some((f) => f.related.some((r) => r.sheet === "IKPA"))).toBe(false);
  });
});

describe("counts by the breakdown row they name", () => {
  it("the seed's 'Permohonan Izin Tinggal sebanyak 82 layanan' is the layanan row's 59; 59 agrees", () => {
    expect(blamed("- Menerima dan menindaklanjuti Permohonan Izin Tinggal sebanyak 82 layanan")).toEqual([[82, "Data Dukung!B70"]]);
    const f = serious("- Menerima dan menindaklanjuti Permohonan Izin Tinggal sebanyak 82 layanan")[0];
    expect(f.message).toBe("Naskah menyebut jumlah 'Pelayanan Izin Tinggal (perpanjangan dan alih status)' 82, tabel Data Dukung!B70 berisi 59");
    expect(serious("- Menerima dan menindaklanjuti Permohonan Izin Tinggal sebanyak 59 layanan")).toEqual([]);
  });

  it("the sentence's subject (the satker's name) and the previous figure's noun are not the row", () => {
    for (const s of [
      "Selain itu, Kantor Imigrasi Kelas II Non TPI Kerinci didukung dengan potensi sumber daya manusia sejumlah 34 orang pegawai, dengan formasi 1 orang Eselon III, 4 orang Eselon IV, 5 orang Eselon V dan 24 Orang dengan Jabatan Fungsional.",
      "Pada Kantor Imigrasi Kelas II Non TPI Kerinci, terdapat 2 (dua) indikator keberhasilan pelayanan Reformasi Birokrasi, yaitu:",
    ]) expect([s, serious(s)]).toEqual([s, []]);
  });

  it("a total of several things is left to the list/table total check", () => {
    const s = "Pada tahun 2024 telah dilakukan pelayanan baik terkait layanan lalu lintas keimigrasian maupun izin tinggal keimigrasian sebanyak 6.098 layanan.";
    expect(serious(s)).toEqual([]);
    expect(serious("Pelayanan izin tinggal sebanyak 6.098 layanan dengan rincian sebagai berikut:")).toEqual([]);
  });

  it("a count whose row's table is about something else is not compared", () => {
    // the ILK recap's Responden column of the Kerinci row is not "layanan"
    expect(serious("Kantor Imigrasi Kelas II Non TPI Kerinci melayani sebanyak 40 layanan.")).toEqual([]);
  });
});

describe("without a workbook: counts against the report's own tables", () => {
  const table = ["No.\tJenis Pelayanan\tJumlah Permohonan diterima\tJumlah Permohonan diselesaikan", "1\tPelayanan Paspor\t10.633\t10.502", "2\tPelayanan Izin Tinggal (perpanjangan dan alih status)\t59\t59"].join("\n");
  const doc = (item: string) => `${item}\n\nRincian layanan sebagai berikut:\n\n${table}\n`;
  const own = (item: string) => auditNarrative(doc(item)).findings.filter((f) => f.rule === "narrative-workbook");

  it("a list item's count the table contradicts is a warning naming the table's cell; a right one is silent", () => {
    const wrong = own("- Menerima Permohonan Izin Tinggal sebanyak 82 layanan");
    expect(wrong.map((f) => [f.severity, f.actual, f.expected, `${f.related[0].sheet}!${f.related[0].cell}`])).toEqual([["warning", 82, 59, "Tabel setelah par. 2!C3"]]);
    expect(own("- Menerima Permohonan Izin Tinggal sebanyak 59 layanan")).toEqual([]);
    expect(own("- Menyelesaikan Permohonan Paspor sebanyak 10.502 layanan")).toEqual([]);
  });

  it("figures no row names, and other units, are not listed (the tables alone give no identity for them)", () => {
    expect(own("Capaian layanan tahun 2024 sebesar 98,76% dengan 16 orang petugas.")).toEqual([]);
  });
});

describe("a score kept as a percent-formatted fraction", () => {
  const book: WorkbookSnapshot = {
    sheets: [{ name: "Riwayat", origin: { row: 0, col: 0 }, values: [["Tahun", "IKPA", "Nilai Kinerja Anggaran"], [2024, 0.9612, 0.8956]], numberFormats: [[], ["General", "0.00%", "0.00%"]] }],
    tables: [],
    settings: {},
  };
  const run = (t: string) => auditNarrative(t, book, { year: 2024 }).findings.filter((f) => f.rule === "narrative-workbook");

  it("96,12 and 96,12% agree with 0,9612; 96,21 is a warning on that cell", () => {
    expect(run("Nilai IKPA tahun 2024 sebesar 96,12 dan NKA sebesar 89,56%.")).toEqual([]);
    expect(run("Nilai IKPA tahun 2024 sebesar 96,21.").map((f) => [f.severity, `${f.related[0].sheet}!${f.related[0].cell}`])).toEqual([["warning", "Riwayat!B2"]]);
  });
});

describe("quantities derived from a role word", () => {
  it("'Sisa anggaran', 'efisiensi anggaran', 'selisih realisasi' are not the pagu or the realisasi: listed as not checked, never compared", () => {
    for (const s of [
      "Sisa anggaran tahun 2024 sebesar Rp 423.465.000,00.",
      "Efisiensi anggaran tahun 2024 sebesar Rp 12.500.000.",
      "Selisih realisasi tahun 2024 dengan tahun 2023 sebesar Rp 120.000.000.",
    ]) {
      expect(serious(s)).toEqual([]);
      expect(unmatched(s)).toHaveLength(1);
    }
  });
  it("the pagu itself is still compared", () => {
    expect(serious("Pagu anggaran tahun 2024 sebesar Rp 423.465.000,00.")).toHaveLength(1);
  });
});
