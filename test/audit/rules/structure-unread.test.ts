// structure-unread: figures on a sheet where recognition could assert nothing → one info, bilingual.
// Its findings come from recognition, so the tester runs the whole audit.
import { audit } from "../../../src/audit/engine";
import { sheet, wb } from "../helpers";
import { ruleTester, type RuleCase } from "../ruleTester";

const run = (_id: string, c: RuleCase) => audit(c.snapshot, c.options).findings;

ruleTester(
  "structure-unread",
  {
    valid: [
      { name: "a table whose Jumlah row its numbers confirm", snapshot: wb(sheet("Rekap", [["Unit", "Pegawai", "Kendaraan"], ["Sekretariat", 24, 3], ["Pelayanan", 31, 2], ["Jumlah", 55, 5]])) },
      { name: "a sheet of words, a date and a year", snapshot: wb(sheet("Sampul", [["LAPORAN KINERJA"], ["Tahun", 2024], ["Kerinci, 31 Januari 2025"]])) },
      {
        name: "a summary sheet reconciled with a detail table by label",
        snapshot: wb(
          sheet("Ringkas", [["Pagu 2024", 300], ["Realisasi 2024", 270], ["Jumlah pegawai", 55], ["Jumlah kendaraan", 5]]),
          sheet("Belanja", [["Anggaran 2024"], ["Uraian", "Pagu", "Realisasi"], ["Belanja Pegawai", 100, 90], ["Belanja Barang", 200, 180], ["Jumlah", 300, 270]]),
        ),
      },
    ],
    invalid: [
      {
        name: "figures scattered with no header row above them (once per sheet, info, id + en)",
        snapshot: wb(sheet("Catatan", [["Catatan rapat"], [null, 125, null, 310], [null, null, 47, null], [88, null, null, 12]])),
        findings: ["Catatan!B2 info structure.unread"],
        check(f) {
          expect(f[0].message).toContain("5 angka");
          expect(f[0].message_en).toContain("5 figures");
        },
      },
      {
        name: "a table whose numbers confirm no total, % or sisa",
        snapshot: wb(sheet("Daftar", [["Unit", "Pegawai", "Kendaraan"], ["Sekretariat", 24, 3], ["Pelayanan", 31, 2], ["Pengawasan", 18, 4]])),
        findings: ["Daftar!B2 info structure.unconfirmed"],
      },
      {
        name: "counts only figures, not the row numbering the columns under the header",
        snapshot: wb(sheet("Daftar", [["No", "Unit", "Pegawai", "Kendaraan"], [1, 2, 3, 4], [1, "Sekretariat", 24, 3], [2, "Pelayanan", 31, 2], [3, "Pengawasan", 18, 4]])),
        findings: ["Daftar!C3 info structure.unconfirmed"],
        check: (f) => expect(f[0].message_en).toContain("6 figures"),
      },
    ],
  },
  run,
);
