// Families a sheet's own row and column labels name, outside the roles of one table (IKM
// worksheets, …): each reader in its own module, all weighed by the evidence stage.
import type { Family } from "./evidence";
import type { Grid } from "./grid";
import { ikmFamilies } from "./ikm";
import type { Table } from "./tables";

/** Every label-named family of one sheet, given the tables found on it. */
export function sheetFamilies(g: Grid, tables: Table[]): Family[] {
  return [...ikmFamilies(g, tables)];
}
