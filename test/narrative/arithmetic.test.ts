// The text's own arithmetic, without a workbook: each pattern with right and wrong sentences written
// in the style of an LKjIP (our own sentences, not the seed's).
import { auditNarrative } from "../../src/narrative";

const run = (text: string) => auditNarrative(text, undefined, { now: "2025-01-01T00:00:00Z" }).findings;
const serious = (text: string) => run(text).filter((f) => f.severity !== "info");

type Case = [sentence: string, code: string | null];

// code null = correct arithmetic: no error or warning may be reported
const CASES: Case[] = [
  // "x dari y atau z%"
  ["Sebanyak 1.240 permohonan dari 1.300 permohonan atau 95,38% telah diselesaikan tepat waktu.", null],
  ["Sebanyak 1.240 permohonan dari 1.300 permohonan atau 97,12% telah diselesaikan tepat waktu.", "narrative.ratio"],
  ["Realisasi belanja modal sebesar Rp 2.667.854.000 dari pagu Rp 2.672.576.000 atau 99,82%.", null],
  ["Realisasi belanja modal sebesar Rp 2.667.854.000 dari pagu Rp 2.672.576.000 atau 98,82%.", "narrative.ratio"],
  // "x atau z% dari y"
  ["Realisasi PNBP tahun 2024 sebesar Rp 4.922.000.500 atau 229,90% dari target Rp 2.140.900.000.", null],
  ["Realisasi PNBP tahun 2024 sebesar Rp 4.922.000.500 atau 239,90% dari target Rp 2.140.900.000.", "narrative.ratio"],
  ["Nilai indeks yang diperoleh 3,45 atau 107,81% dari target 3,2 Indeks.", null],
  ["Nilai indeks yang diperoleh 3,45 atau 110,94% dari target 3,2 Indeks.", "narrative.ratio"],
  // "terealisasi … atau z%"
  ["Pagu anggaran tahun 2024 sebesar Rp 5.990.734.000 telah terealisasi sebesar Rp 5.912.665.113 atau 98,70%.", null],
  ["Pagu anggaran tahun 2024 sebesar Rp 5.990.734.000 telah terealisasi sebesar Rp 5.912.665.113 atau 98,78%.", "narrative.ratio"],
  ["Satker memperoleh anggaran sejumlah Rp.1.471.550.000,- dan telah direalisasikan sebesar Rp.1.470.043.772,- atau 99,90%.", null],
  ["Satker memperoleh anggaran sejumlah Rp.1.471.550.000,- dan telah direalisasikan sebesar Rp.1.470.043.772,- atau 99,09%.", "narrative.ratio"],
  // realisasi, target, capaian in one sentence ("capaian … dari target …")
  ["Realisasi indikator sebesar 98,76% dengan target 90% sehingga capaian kinerja mencapai 109,73%.", null],
  ["Realisasi indikator sebesar 98,76% dengan target 90% sehingga capaian kinerja mencapai 111,11%.", "narrative.capaian"],
  ["Dengan target 95% dan realisasi 96,50%, capaian indikator ini adalah 101,58%.", null],
  ["Dengan target 95% dan realisasi 96,50%, capaian indikator ini adalah 110,58%.", "narrative.capaian"],
  // "lebih tinggi / lebih rendah z% dari …"
  ["Indeks kepuasan mencapai 3,41, lebih tinggi 10,00% dari target yang ditetapkan yaitu 3,1.", null],
  ["Indeks kepuasan mencapai 3,41, lebih tinggi 13,10% dari target yang ditetapkan yaitu 3,1.", "narrative.difference"],
  ["Penyerapan anggaran sebesar 97,19% atau lebih rendah 2,78% dari penyerapan belanja pegawai sebesar 99,97%.", null],
  ["Penyerapan anggaran sebesar 97,19% atau lebih rendah 4,78% dari penyerapan belanja pegawai sebesar 99,97%.", "narrative.difference"],
  // "meningkat / menurun z% dibanding tahun …"
  ["Jumlah layanan paspor pada tahun 2024 sebanyak 10.502 layanan, meningkat 0,38% dibanding tahun 2023 sebanyak 10.462 layanan.", null],
  ["Jumlah layanan paspor pada tahun 2024 sebanyak 10.502 layanan, meningkat 3,80% dibanding tahun 2023 sebanyak 10.462 layanan.", "narrative.change"],
  ["Penyerapan anggaran tahun 2024 sebesar 98,51%, menurun 0,19% dibandingkan tahun 2023 sebesar 98,70%.", null],
  ["Penyerapan anggaran tahun 2024 sebesar 98,51%, menurun 1,19% dibandingkan tahun 2023 sebesar 98,70%.", "narrative.change"],
  ["Capaian tahun 2024 sebesar 96,30% meningkat dibanding tahun 2023 yang sebesar 98,77%.", "narrative.direction"],
  ["Capaian tahun 2024 sebesar 98,77% meningkat dibanding tahun 2023 yang sebesar 96,30%.", null],
];

describe("arithmetic inside the text", () => {
  it.each(CASES)("%s → %s", (sentence, code) => {
    const found = serious(sentence);
    if (code === null) expect(found).toEqual([]);
    else {
      expect(found.map((f) => f.code)).toEqual([code]);
      expect(found[0].severity).toBe("error");
      expect(found[0].sheet).toBe("Laporan");
      expect(found[0].quote).toBe(sentence);
    }
  });

  it("covers each pattern with at least 20 sentences in all, right and wrong", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20);
    for (const code of ["narrative.ratio", "narrative.capaian", "narrative.difference", "narrative.change"]) {
      expect(CASES.some(([, c]) => c === code)).toBe(true);
    }
  });

  it("reports a rounding-only difference as info", () => {
    const f = run("Sebanyak 10.502 layanan dari 10.633 layanan atau 98,76% telah diselesaikan.");
    expect(f.map((x) => [x.code, x.severity])).toEqual([["narrative.ratio.rounding", "info"]]);
  });

  it("names the figures in both languages", () => {
    const [f] = serious("Realisasi PNBP sebesar Rp 4.922.000.500 atau 239,90% dari target Rp 2.140.900.000.");
    expect(f.message).toBe("Naskah menyebut 239,90%, padahal Rp4.922.000.500 ÷ Rp2.140.900.000 = 229,90%");
    expect(f.message_en).toBe("The text says 239.90%, but Rp4,922,000,500 ÷ Rp2,140,900,000 = 229.90%");
  });
});

describe("stated totals and their parts", () => {
  const lead = "Pagu DIPA tahun 2024 sebesar Rp 1.000.000.000,- dengan rincian:";
  it("finds a list whose parts disagree with the stated total", () => {
    const text = `${lead}\n\n- belanja pegawai sebesar Rp 400.000.000,-\n- belanja barang sebesar Rp 350.000.000,-\n- belanja modal sebesar Rp 200.000.000,-\n`;
    const f = serious(text);
    expect(f.map((x) => x.code)).toEqual(["narrative.list-total"]);
    expect(f[0].expected).toBe(950000000);
    expect(f[0].actual).toBe(1000000000);
  });
  it("accepts a list that adds up, and checks each sub-list after its heading", () => {
    const text = `${lead}\n\na. Per jenis belanja\n\n- belanja pegawai Rp 400.000.000\n- belanja barang Rp 600.000.000\n\nb. Per sumber dana\n\n- Rupiah Murni Rp 700.000.000\n- PNBP Rp 200.000.000\n`;
    const f = serious(text);
    expect(f.map((x) => [x.code, x.expected])).toEqual([["narrative.list-total", 900000000]]);
  });
  it("checks a stated count against the table that details it", () => {
    const ok = "Pada tahun 2024 telah diselesaikan sebanyak 62 layanan dengan rincian sebagai berikut:\n\nNo\tLayanan\tJumlah\n1\tPaspor\t50\n2\tIzin tinggal\t12\n";
    expect(serious(ok)).toEqual([]);
    const bad = ok.replace("62 layanan", "65 layanan");
    expect(serious(bad).map((x) => x.code)).toEqual(["narrative.table-total"]);
  });
});

describe("figures that are not checked", () => {
  it("ignores regulation numbers, dates and plain counts without a unit", () => {
    const text = "Berdasarkan Peraturan Menteri Nomor 53 Tahun 2014 dan Keputusan IMI-0010.PR.01.01, pada 31 Desember 2024 terdapat 3 (tiga) sasaran.";
    expect(run(text)).toEqual([]);
  });
});
