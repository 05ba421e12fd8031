// IKPA tables as OM-SPAN prints them: a "Keterangan" column with rows Nilai / Bobot / Nilai
// Akhir / Nilai Aspek under indicator headers, then Nilai Total, Konversi Bobot, Dispensasi SPM
// and the final Nilai Akhir. Relations: nilai akhir = nilai × bobot / 100, bobot = the year's
// regime, total = Σ nilai akhir, final = total / konversi, nilai aspek = mean of its indicators.
import { toA1 } from "../../core/address";
import { ikpaRegime, IKPA_REGIMES, type IkpaComponent } from "../../core/formulas/ikpa";
import type { CellRef, Relation } from "../../core/relations";
import { cellAt, heldColsBetween, rowColumns, sheetWidth, type SheetSnapshot } from "../../core/snapshot";
import { readNumber } from "../values";

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
const ALIASES: Record<string, string[]> = { kontraktual: ["belanjakontraktual", "datakontrak"], data_kontrak: ["datakontrak", "belanjakontraktual"] };

function textAt(sheet: SheetSnapshot, r: number, c: number): string {
  const v = cellAt(sheet, r, c).value;
  return typeof v === "string" ? v.trim() : "";
}

function componentFor(header: string, components: IkpaComponent[]): IkpaComponent | undefined {
  const h = norm(header);
  if (!h) return undefined;
  return components.find((k) => norm(k.name) === h || (ALIASES[k.key] ?? []).includes(h)) ?? components.find((k) => h.startsWith(norm(k.name)));
}

const ALL_COMPONENTS: IkpaComponent[] = IKPA_REGIMES.flatMap((r) => r.components);

export function recognizeIkpa(sheet: SheetSnapshot, defaultYear?: number): Relation[] {
  const out: Relation[] = [];
  const r0 = sheet.origin.row;
  const c0 = sheet.origin.col;
  const rows = sheet.values.length;
  const cols = sheetWidth(sheet);
  const ref = (r: number, c: number): CellRef => ({ sheet: sheet.name, address: toA1(r, c) });
  for (let r = r0; r < r0 + rows - 2; r++) {
    // Only the cells the row holds (a sparse sheet's extent is never walked).
    const rowVals = sheet.values[r - r0];
    for (const off of rowColumns(rowVals)) {
      const kc = c0 + off;
      if (typeof rowVals[off] !== "string") continue;
      if (!/^nilai$/i.test(textAt(sheet, r, kc)) || !/^bobot$/i.test(textAt(sheet, r + 1, kc)) || !/^nilai akhir$/i.test(textAt(sheet, r + 2, kc))) continue;
      const rn = r;
      const rb = r + 1;
      const ra = r + 2;
      const rAspek = /^nilai aspek$/i.test(textAt(sheet, r + 3, kc)) ? r + 3 : -1;
      // Header row: the nearest row above with at least two indicator names right of Keterangan.
      let hr = -1;
      for (let k = rn - 1; k >= Math.max(r0, rn - 5) && hr < 0; k--) {
        let hits = 0;
        for (const c of heldColsBetween(sheet, k, kc, c0 + cols)) if (componentFor(textAt(sheet, k, c), ALL_COMPONENTS)) hits++;
        if (hits >= 2) hr = k;
      }
      if (hr < 0) continue;
      let year = defaultYear;
      for (let k = hr; k >= Math.max(r0, hr - 8); k--) {
        for (const c of heldColsBetween(sheet, k, c0 - 1, c0 + cols)) {
          const m = /(?:tahun anggaran|tahun|ta\.?)\s*((?:19|20)\d{2})/i.exec(textAt(sheet, k, c));
          if (m) {
            year = Number(m[1]);
            k = -1;
            break;
          }
        }
      }
      const regime = year ? ikpaRegime(year) : null;
      const components = regime?.components ?? ALL_COMPONENTS;
      const found: { col: number; comp: IkpaComponent }[] = [];
      let totalCol = -1;
      let konversiCol = -1;
      let dispensasiCol = -1;
      let finalCol = -1;
      const headerCols = [...new Set([...heldColsBetween(sheet, hr, kc, c0 + cols), ...heldColsBetween(sheet, hr - 1, kc, c0 + cols)])].sort((x, y) => x - y);
      for (const c of headerCols) {
        const h = textAt(sheet, hr, c) || textAt(sheet, hr - 1, c);
        if (/^nilai total/i.test(h)) totalCol = c;
        else if (/^konversi/i.test(h)) konversiCol = c;
        else if (/^dispensasi.*pengurang/i.test(h)) dispensasiCol = c;
        else if (/^nilai akhir/i.test(h)) finalCol = c;
        else if (totalCol < 0) {
          const comp = componentFor(h, components);
          if (comp) found.push({ col: c, comp });
        }
      }
      const label = (s: string, comp?: IkpaComponent) => ({
        id: `${s}${comp ? ` ${comp.name}` : ""}${year ? ` IKPA ${year}` : " IKPA"}`,
        en: `${s === "Nilai akhir" ? "Final score" : s === "Bobot" ? "Weight" : s}${comp ? ` ${comp.name}` : ""}${year ? ` IKPA ${year}` : " IKPA"}`,
      });
      for (const { col, comp } of found) {
        const bobot = readNumber(cellAt(sheet, rb, col));
        if (bobot && readNumber(cellAt(sheet, rn, col)) && readNumber(cellAt(sheet, ra, col)))
          out.push(rel("product", ref(ra, col), [ref(rn, col), ref(rb, col)], label("Nilai akhir", comp), "score", { factor: 0.01 }));
        if (regime && !(bobot && bobot.value === 0) && !(regime.dispensasi === "deduction" && comp.key === "dispensasi_spm"))
          out.push(rel("constant", ref(rb, col), [], label("Bobot", comp), "weight", { expected: comp.weight }));
      }
      if (totalCol >= 0 && readNumber(cellAt(sheet, rn, totalCol)) && found.length)
        out.push(rel("sum", ref(rn, totalCol), found.map((f) => ref(ra, f.col)), label("Nilai total"), "score"));
      const disp = dispensasiCol >= 0 ? readNumber(cellAt(sheet, rn, dispensasiCol)) : null;
      if (finalCol >= 0 && totalCol >= 0 && konversiCol >= 0 && (!disp || disp.value === 0) && readNumber(cellAt(sheet, rn, finalCol))) {
        const k = readNumber(cellAt(sheet, rn, konversiCol));
        if (k && k.value > 0) out.push(rel("ratio", ref(rn, finalCol), [ref(rn, totalCol), ref(rn, konversiCol)], label("Nilai akhir (Nilai Total/Konversi Bobot)"), "score", { scale: k.percent || k.value <= 1 ? 1 : 100 }));
      }
      if (rAspek >= 0 && regime) {
        const aspects = [...new Set(found.map((f) => f.comp.aspect))];
        for (const aspect of aspects) {
          const members = found.filter((f) => f.comp.aspect === aspect && !(readNumber(cellAt(sheet, rb, f.col))?.value === 0));
          const cell = found.filter((f) => f.comp.aspect === aspect).map((f) => f.col).find((c) => readNumber(cellAt(sheet, rAspek, c)));
          if (cell === undefined || !members.length) continue;
          out.push(rel("mean", ref(rAspek, cell), members.map((m) => ref(rn, m.col)), { id: `Nilai aspek ${aspect} IKPA ${year}`, en: `Aspect score ${aspect} IKPA ${year}` }, "score"));
        }
      }
    }
  }
  return out;

  function rel(kind: Relation["kind"], target: CellRef, operands: CellRef[], label: { id: string; en: string }, quantity: Relation["quantity"], params?: Relation["params"]): Relation {
    return { id: `recognized:${kind}:${target.sheet}!${target.address}`, kind, target, operands, label, quantity, params, origin: "recognized" };
  }
}
