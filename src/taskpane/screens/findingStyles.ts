// Styles shared by the screens that list findings (Audit, Periksa naskah), so a finding card
// looks the same wherever it appears.
import { tokens, type GriffelStyle } from "@fluentui/react-components";

export const FINDING_LIST_STYLES = {
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  finding: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    marginBottom: tokens.spacingVerticalS,
  },
  findingButton: {
    justifyContent: "flex-start",
    textAlign: "start",
    height: "auto",
    padding: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: "normal",
  },
} satisfies Record<string, GriffelStyle>;
