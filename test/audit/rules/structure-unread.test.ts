// structure-unread: figures on a sheet where recognition could assert nothing → one info, bilingual.
import { audit } from "../../../src/audit/engine";
import { sheet, wb } from "../helpers";

const notes = (snap: ReturnType<typeof wb>) => audit(snap).findings.filter((f) => f.rule === "structure-unread");

describe("structure-unread", () => {
  it("must trigger: figures scattered with no header row above them (once per sheet, info, id + en)", () => {
    const snap = wb(sheet("Catatan", [["Catatan rapat"], [null, 125, null, 310], [null, null, 47, null], [88, null, null, 12]]));
    const f = notes(snap);
    expect(f.map((x) => `${x.sheet}!${x.cell} ${x.severity} ${x.code}`)).toEqual(["Catatan!B2 info structure.unread"]);
    expect(f[0].message).toContain("5 angka");
    expect(f[0].message_en).toContain("5 figures");
  });
  it("must trigger: a table whose numbers confirm no total, % or sisa", () => {
    const snap = wb(sheet("Daftar", [["Unit", "Pegawai", "Kendaraan"], ["Sekretariat", 24, 3], ["Pelayanan", 31, 2], ["Pengawasan", 18, 4]]));
    expect(notes(snap).map((x) => x.code)).toEqual(["structure.unconfirmed"]);
  });
  it("must trigger: counts only figures, not the row numbering the columns under the header", () => {
    const snap = wb(sheet("Daftar", [["No", "Unit", "Pegawai", "Kendaraan"], [1, 2, 3, 4], [1, "Sekretariat", 24, 3], [2, "Pelayanan", 31, 2], [3, "Pengawasan", 18, 4]]));
    const f = notes(snap);
    expect(f.map((x) => `${x.cell} ${x.code}`)).toEqual(["C3 structure.unconfirmed"]);
    expect(f[0].message_en).toContain("6 figures");
  });
  it("must not trigger: a table whose Jumlah row its numbers confirm", () => {
    const snap = wb(sheet("Rekap", [["Unit", "Pegawai", "Kendaraan"], ["Sekretariat", 24, 3], ["Pelayanan", 31, 2], ["Jumlah", 55, 5]]));
    expect(notes(snap)).toEqual([]);
  });
  it("must not trigger: a sheet of words, a date and a year", () => {
    const snap = wb(sheet("Sampul", [["LAPORAN KINERJA"], ["Tahun", 2024], ["Kerinci, 31 Januari 2025"]]));
    expect(notes(snap)).toEqual([]);
  });
  it("must not trigger: a summary sheet reconciled with a detail table by label", () => {
    const snap = wb(
      sheet("Ringkas", [["Pagu 2024", 300], ["Realisasi 2024", 270], ["Jumlah pegawai", 55], ["Jumlah kendaraan", 5]]),
      sheet("Belanja", [["Anggaran 2024"], ["Uraian", "Pagu", "Realisasi"], ["Belanja Pegawai", 100, 90], ["Belanja Barang", 200, 180], ["Jumlah", 300, 270]]),
    );
    expect(notes(snap)).toEqual([]);
  });
});
