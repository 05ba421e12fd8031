// Synthetic LKjIP-shaped workbooks for the benchmark: many satker (a per-jenis-belanja table
// per satker and a rekap with one row per satker) and a long ILK survey detail, all figures
// consistent except a known list of injected contradictions. Deterministic (seeded PRNG), so
// every run measures the same workbook.
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot";
import { toA1 } from "../../src/core/address";
import { prng } from "../../test/support/random";

export interface Injected {
  sheet: string;
  cell: string;
  kind: "sum" | "ratio" | "difference";
  what: string;
}

export interface Synthetic {
  snapshot: WorkbookSnapshot;
  injected: Injected[];
  cells: number;
}

const PCT = "0.00%";
const RP = "#,##0";
const IDX = "0.00";
const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const JENIS = ["Belanja Pegawai", "Belanja Barang", "Belanja Modal"];
const LAYANAN = ["BMN", "Kepegawaian", "Keuangan", "Umum", "Perencanaan"];
const INDIKATOR = [
  "Layanan Asuransi BMN",
  "Layanan Pengadaan Barang/ Jasa",
  "Layanan Pemenuhan kebutuhan sarana dan prasarana perkantoran",
  "Layanan Pemeliharaan gedung/ bangunan",
  "Layanan Penggunaan, Pemanfaatan, Pengamanan dan Pemeliharaan BMN",
];

class SheetBuilder {
  readonly values: CellValue[][] = [];
  readonly formats: string[][] = [];
  constructor(
    readonly name: string,
    readonly width: number,
  ) {}
  get nextRow(): number {
    return this.values.length;
  }
  row(cells: CellValue[], formats: (string | undefined)[] = []): number {
    const v: CellValue[] = new Array(this.width).fill(null);
    const f: string[] = new Array(this.width).fill("General");
    cells.forEach((c, i) => (v[i] = c));
    formats.forEach((x, i) => {
      if (x) f[i] = x;
    });
    this.values.push(v);
    this.formats.push(f);
    return this.values.length - 1;
  }
  build(): SheetSnapshot {
    return { name: this.name, origin: { row: 0, col: 0 }, values: this.values, numberFormats: this.formats, visible: true };
  }
}

/** Picks `count` distinct indices spread evenly over [0, n). */
function spread(n: number, count: number, offset: number): Set<number> {
  const out = new Set<number>();
  if (n <= 0) return out;
  for (let k = 0; k < count; k++) out.add(Math.min(n - 1, Math.floor(((k + 0.5) * n) / count + offset) % n));
  return out;
}

/** Builds a workbook of about `targetCells` cells with `perKind` contradictions of each kind. */
export function generate(targetCells: number, perKind: number, seed = 2024): Synthetic {
  const rnd = prng(seed);
  const money = (lo: number, hi: number) => Math.round((lo + rnd() * (hi - lo)) / 1000) * 1000;
  const injected: Injected[] = [];

  // Budget: 35% per-satker tables (7 rows × 4 columns each, as the seed's per-jenis-belanja
  // table: no sisa, so a wrong JUMLAH pagu is one contradiction), 15% rekap (6 columns per satker).
  const blockCells = 7 * 4;
  const satkerCount = Math.max(4, Math.round((targetCells * 0.35) / blockCells));
  const belanja = new SheetBuilder("Jenis Belanja", 4);
  const rekap = new SheetBuilder("Rekap Satker", 6);
  rekap.row(["Rekapitulasi realisasi anggaran per satker"]);
  rekap.row(["No", "Satker", "Pagu", "Realisasi", "%", "Sisa"]);
  const rekapRows = Math.max(4, Math.round((targetCells * 0.15) / 6));
  const badTotals = spread(satkerCount, perKind, 0);
  const badRatios = spread(satkerCount, perKind, 1);
  const badRekapRatio = spread(rekapRows, perKind, 2);
  const badRekapSisa = spread(rekapRows, perKind, 3);

  for (let s = 0; s < satkerCount; s++) {
    const kode = String(400000 + s);
    belanja.row([`Satker ${kode} Kantor Imigrasi ${s + 1}`]);
    belanja.row(["BELANJA", "PAGU", "REALISASI", "%"]);
    let tp = 0;
    let tr = 0;
    for (let j = 0; j < JENIS.length; j++) {
      const pagu = money(50_000_000, 5_000_000_000);
      const real = Math.round(pagu * (0.8 + rnd() * 0.2));
      tp += pagu;
      tr += real;
      let pct = real / pagu;
      const r = belanja.nextRow;
      if (j === 1 && badRatios.has(s)) {
        pct += 0.0137;
        injected.push({ sheet: belanja.name, cell: toA1(r, 3), kind: "ratio", what: "% ≠ realisasi / pagu" });
      }
      belanja.row([JENIS[j], pagu, real, pct], [undefined, RP, RP, PCT]);
    }
    let totalPagu = tp;
    const r = belanja.nextRow;
    if (badTotals.has(s)) {
      totalPagu += 128_500_000;
      injected.push({ sheet: belanja.name, cell: toA1(r, 1), kind: "sum", what: "JUMLAH pagu ≠ Σ jenis belanja" });
    }
    belanja.row(["JUMLAH", totalPagu, tr, tr / totalPagu], [undefined, RP, RP, PCT]);
    belanja.row([]);
  }

  let rp = 0;
  let rr = 0;
  let rs = 0;
  for (let i = 0; i < rekapRows; i++) {
    const pagu = money(500_000_000, 20_000_000_000);
    const real = Math.round(pagu * (0.85 + rnd() * 0.15));
    let pct = real / pagu;
    let sisa = pagu - real;
    const r = rekap.nextRow;
    if (badRekapRatio.has(i)) {
      pct -= 0.0211;
      injected.push({ sheet: rekap.name, cell: toA1(r, 4), kind: "ratio", what: "% ≠ realisasi / pagu" });
    }
    if (badRekapSisa.has(i)) {
      sisa += 7_000_000;
      injected.push({ sheet: rekap.name, cell: toA1(r, 5), kind: "difference", what: "sisa ≠ pagu − realisasi" });
    }
    rp += pagu;
    rr += real;
    rs += sisa;
    rekap.row([i + 1, `Satker ${500000 + i}`, pagu, real, pct, sisa], [undefined, undefined, RP, RP, PCT, RP]);
  }
  // The sisa total sums the typed (partly wrong) cells, so it too differs from pagu − realisasi:
  // a consequence of the injected rows that the audit rightly reports.
  const jr = rekap.row(["JUMLAH", null, rp, rr, rr / rp, rs], [undefined, undefined, RP, RP, PCT, RP]);
  if (badRekapSisa.size) injected.push({ sheet: rekap.name, cell: toA1(jr, 5), kind: "difference", what: "JUMLAH sisa ≠ pagu − realisasi" });

  // ILK survey detail: 4 label columns, 12 monthly indices, Nilai Indeks (mean), 12 monthly
  // respondent counts, Total Responden (sum): 30 columns.
  const ilk = new SheetBuilder("Survei ILK", 30);
  const used = cellsOf(belanja) + cellsOf(rekap);
  const ilkRows = Math.max(4, Math.round((targetCells - used) / 30) - 2);
  ilk.row(["Indeks Layanan Kesekretariatan: detail survei"]);
  ilk.row(["No", "Unit Kerja", "Layanan", "Indikator", ...MONTHS.map((m) => `Indeks ${m}`), "Nilai Indeks", ...MONTHS.map((m) => `Responden ${m}`), "Total Responden"]);
  const badResp = spread(ilkRows, perKind, 4);
  for (let i = 0; i < ilkRows; i++) {
    const idx = MONTHS.map(() => Math.round((1 + rnd() * 3) * 100) / 100);
    const resp = MONTHS.map(() => 1 + Math.floor(rnd() * 5));
    const mean = idx.reduce((a, b) => a + b, 0) / idx.length;
    let total = resp.reduce((a, b) => a + b, 0);
    const r = ilk.nextRow;
    if (badResp.has(i)) {
      total += 3;
      injected.push({ sheet: ilk.name, cell: toA1(r, 29), kind: "sum", what: "Total Responden ≠ Σ bulan" });
    }
    ilk.row(
      [i + 1, `Satker ${400000 + (i % satkerCount)}`, LAYANAN[i % LAYANAN.length], INDIKATOR[i % INDIKATOR.length], ...idx, mean, ...resp, total],
      [undefined, undefined, undefined, undefined, ...idx.map(() => IDX), IDX, ...resp.map(() => "0"), "0"],
    );
  }

  const sheets = [belanja.build(), rekap.build(), ilk.build()];
  const snapshot: WorkbookSnapshot = { sheets, tables: [], settings: {}, source: `synthetic-${targetCells}`, readAt: new Date(0).toISOString() };
  const cells = sheets.reduce((n, s) => n + s.values.length * (s.values[0]?.length ?? 0), 0);
  return { snapshot, injected, cells };
}

function cellsOf(b: SheetBuilder): number {
  return b.values.length * b.width;
}
