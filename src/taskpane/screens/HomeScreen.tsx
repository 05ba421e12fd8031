import * as React from "react";
import { Body1, Button, Caption1, makeStyles, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18nContext";
import { usePane } from "../state/usePane";
import { paneStore } from "../state/store";
import { paneHost } from "../services/host";
import { runAudit } from "../services/paneActions";
import { workbookOverview, type WorkbookOverview } from "../services/domain";
import { errorMessage } from "../../core/message";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export function HomeScreen(): React.JSX.Element {
  const { t, lang } = useI18n();
  const state = usePane();
  const styles = useStyles();
  const [overview, setOverview] = React.useState<WorkbookOverview>();
  const [loading, setLoading] = React.useState(false);

  const refresh = React.useCallback(async () => {
    setLoading(true);
    try {
      setOverview(workbookOverview(await paneHost().readOutline()));
    } catch (e) {
      paneStore().set({ error: errorMessage(e) });
    } finally {
      setLoading(false);
    }
  }, []);
  React.useEffect(() => void refresh(), [refresh]);

  const audit = state.audit;
  const total = audit ? audit.findings.filter((f) => f.ignoredReason === undefined).length : 0;
  const time = audit ? new Date(audit.at).toLocaleTimeString(lang === "id" ? "id-ID" : "en-GB", { hour: "2-digit", minute: "2-digit" }) : "";

  return (
    <section className={styles.stack} aria-labelledby="home-heading">
      <div className={styles.row} style={{ justifyContent: "space-between", alignItems: "center" }}>
        <Subtitle2 as="h2" id="home-heading">
          {t("home.heading")}
        </Subtitle2>
        <Button size="small" onClick={() => void refresh()} disabled={loading}>
          {t("home.refresh")}
        </Button>
      </div>
      <div>
        <Body1 as="h3" block style={{ fontWeight: 600, margin: 0 }}>
          {t("home.sheets")}
        </Body1>
        {loading && !overview && <Spinner size="tiny" label={t("app.loading")} />}
        {overview && overview.lkjipSheets.length === 0 && <Body1 block data-testid="no-sheets">{t("home.noSheets")}</Body1>}
        {overview && overview.lkjipSheets.length > 0 && (
          <ul className={styles.list} data-testid="lkjip-sheets">
            {overview.lkjipSheets.map((s) => (
              <li key={s.name}>
                <Body1>{s.name}</Body1> <Caption1>({t("home.tables", { count: s.tables })})</Caption1>
              </li>
            ))}
          </ul>
        )}
        {overview && overview.otherSheets > 0 && <Caption1 block>{t("home.otherSheets", { count: overview.otherSheets })}</Caption1>}
      </div>
      <div>
        <Body1 as="h3" block style={{ fontWeight: 600, margin: 0 }}>
          {t("home.lastAudit")}
        </Body1>
        <Body1 block data-testid="last-audit">{audit ? t("home.auditSummary", { time, total }) : t("home.neverAudited")}</Body1>
      </div>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => paneStore().set({ route: "templat" })}>
          {t("home.goTemplates")}
        </Button>
        <Button
          onClick={() => {
            paneStore().set({ route: "audit" });
            void runAudit(paneHost(), paneStore());
          }}
        >
          {t("home.goAudit")}
        </Button>
      </div>
    </section>
  );
}
