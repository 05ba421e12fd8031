import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  CounterBadge,
  Field,
  Input,
  Link,
  makeStyles,
  ProgressBar,
  Radio,
  RadioGroup,
  tokens,
} from "@fluentui/react-components";
import { useI18n } from "../i18nContext";
import { Notice, Screen } from "./parts";
import { FINDING_LIST_STYLES } from "./findingStyles";
import { usePane } from "../state/usePane";
import { paneStore } from "../state/store";
import { paneHost } from "../services/host";
import { applyFixChoice, exportReport, goToCell, ignoreFinding, runAudit, toggleHighlight, undoAppliedFix } from "../services/paneActions";
import { SEVERITIES, type AppliedFixView, type CellTarget, type FindingView, type FixChoice, type Severity } from "../services/types";
import { formatNumberId, formatNumberOmspan, roundTo, shiftDecimal } from "../../core/numbers";
import type { Lang } from "../../i18n";

/** Figures as the reader writes them: "9.933.860.000" / "0,9979" in Indonesian, "9,933,860,000" in English. */
export function showFigure(v: number | string, lang: Lang, percent = false): string {
  if (typeof v !== "number") return v;
  // core's one formatter in the reader's style (Indonesian, or OM-SPAN's for English)
  const format = lang === "id" ? formatNumberId : formatNumberOmspan;
  return percent ? `${format(shiftDecimal(v, 2), 2)}%` : format(roundTo(v, 6));
}

const useStyles = makeStyles({
  ...FINDING_LIST_STYLES,
  figures: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalS },
  ignored: { opacity: 0.7 },
  confirm: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  consequences: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  panel: { marginLeft: 0, marginRight: 0 },
});

const SEVERITY_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

function groupBySheet(findings: FindingView[]): Array<[string, FindingView[]]> {
  const groups = new Map<string, FindingView[]>();
  for (const f of findings) groups.set(f.sheet, [...(groups.get(f.sheet) ?? []), f]);
  // Root causes first within a sheet (stable: the engine's order otherwise).
  return [...groups.entries()].map(([sheet, list]) => [sheet, [...list.filter((f) => f.candidates), ...list.filter((f) => !f.candidates)]]);
}

/** "N18" on the finding's sheet, "Sheet!N18" elsewhere. */
function cellName(target: CellTarget, home: string): string {
  return target.sheet === home ? target.address : `${target.sheet}!${target.address}`;
}

/**
 * Terapkan: names the cell and the value, lets the user pick when there are equally good
 * candidates, and writes only after "Ya, tulis". The pane re-audits afterwards.
 */
function FixPanel(props: { finding: FindingView; candidates: FixChoice[]; onDone(text: string): void }): React.JSX.Element {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const state = usePane();
  const [open, setOpen] = React.useState(false);
  const [pick, setPick] = React.useState<number | undefined>(props.candidates.length === 1 ? 0 : undefined);
  const [busy, setBusy] = React.useState(false);
  const chosen = pick === undefined ? undefined : props.candidates[pick];
  const shown = (c: FixChoice): string => (lang === "en" ? c.shown.en : c.shown.id);
  const apply = async (c: FixChoice): Promise<void> => {
    setBusy(true);
    const done = await applyFixChoice(paneHost(), paneStore(), c);
    setBusy(false);
    if (done) props.onDone(t("audit.appliedNotice", { address: `${c.sheet}!${c.address}`, value: shown(c) }));
  };
  if (!open) {
    return (
      <div className={styles.row}>
        <Button size="small" appearance="primary" onClick={() => setOpen(true)} disabled={state.auditing} data-testid="apply">
          {t("audit.apply")}
        </Button>
      </div>
    );
  }
  return (
    <div className={styles.confirm} role="group" aria-label={t("audit.apply")} data-testid="apply-panel">
      {props.candidates.length > 1 && (
        <Field label={t("audit.applyPick")}>
          <RadioGroup value={pick === undefined ? "" : String(pick)} onChange={(_e, d) => setPick(Number(d.value))}>
            {props.candidates.map((c, i) => (
              <Radio key={`${c.sheet}!${c.address}`} value={String(i)} label={`${cellName(c, props.finding.sheet)} → ${shown(c)}`} data-testid="apply-choice" />
            ))}
          </RadioGroup>
        </Field>
      )}
      {chosen && <Body1 data-testid="apply-question">{t("audit.applyConfirm", { value: shown(chosen), address: `${chosen.sheet}!${chosen.address}` })}</Body1>}
      {chosen?.formula && <Caption1>{t("audit.applyFormula")}</Caption1>}
      <div className={styles.row}>
        <Button size="small" appearance="primary" disabled={!chosen || busy || state.auditing} onClick={() => chosen && void apply(chosen)} data-testid="apply-confirm">
          {busy ? t("audit.applying") : t("audit.applyDo")}
        </Button>
        <Button size="small" disabled={busy} onClick={() => setOpen(false)} data-testid="apply-cancel">
          {t("audit.cancel")}
        </Button>
      </div>
    </div>
  );
}

/** The findings a root cause explains, folded under it (no fix of their own). */
function Consequences(props: { finding: FindingView; go(sheet: string, address: string): void }): React.JSX.Element | null {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const list = props.finding.consequences ?? [];
  if (!list.length) return null;
  return (
    <details data-testid="consequences">
      <summary>
        <Caption1>{t("audit.consequences", { count: list.length })}</Caption1>
      </summary>
      <ul className={styles.consequences}>
        {list.map((c) => (
          <li key={c.key} data-testid="consequence" data-sheet={c.sheet} data-address={c.address}>
            <Caption1>
              <Link as="button" onClick={() => props.go(c.sheet, c.address)} aria-label={t("audit.goTo", { address: `${c.sheet}!${c.address}` })}>
                {cellName(c, props.finding.sheet)}
              </Link>{" "}
              {lang === "en" ? c.message.en : c.message.id}
            </Caption1>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Fixes applied with Terapkan, each with Batalkan; read from the workbook, so they survive a reopen. */
function AppliedFixes(props: { applied: AppliedFixView[]; onDone(text: string): void }): React.JSX.Element | null {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const state = usePane();
  if (!props.applied.length) return null;
  const figure = (v: string | number | boolean | null, format: string): string =>
    v === null || v === "" ? t("audit.blank") : typeof v === "boolean" ? String(v).toUpperCase() : showFigure(v, lang, format.includes("%"));
  return (
    <section className={styles.confirm} aria-labelledby="applied-heading" data-testid="applied">
      <Body1 id="applied-heading">
        <strong>{t("audit.appliedHeading")}</strong>
      </Body1>
      {[...props.applied].reverse().map((a) => {
        const address = `${a.sheet}!${a.address}`;
        const before = a.before.formula ?? figure(a.before.value, a.before.numberFormat);
        return (
          <div key={a.id} className={styles.row} data-testid="applied-fix" data-sheet={a.sheet} data-address={a.address}>
            <Caption1 style={{ flexGrow: 1 }}>{t("audit.appliedItem", { address, before, value: figure(a.value, a.before.numberFormat) })}</Caption1>
            <Button
              size="small"
              disabled={state.auditing}
              aria-label={t("audit.undoLabel", { address })}
              onClick={() => void undoAppliedFix(paneHost(), paneStore(), a.id).then((ok) => ok && props.onDone(t("audit.undone", { address })))}
              data-testid="undo"
            >
              {t("audit.undo")}
            </Button>
          </div>
        );
      })}
    </section>
  );
}

function FindingCard(props: { finding: FindingView; onSelected(text: string): void }): React.JSX.Element {
  const { finding: f } = props;
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [ignoring, setIgnoring] = React.useState(false);
  const [reason, setReason] = React.useState("");
  const go = async (sheet: string, address: string): Promise<void> => {
    if (await goToCell(paneHost(), paneStore(), sheet, address)) props.onSelected(t("audit.selected", { address: `${sheet}!${address}` }));
  };
  const text = lang === "en" ? f.message.en : f.message.id;
  return (
    <div
      className={`${styles.finding} ${props.finding.ignoredReason !== undefined ? styles.ignored : ""}`}
      data-testid="finding"
      data-code={f.code}
      data-severity={f.severity}
      data-root={f.candidates ? "true" : undefined}
      data-sheet={f.sheet}
      data-address={f.address}
    >
      <Button
        appearance="subtle"
        className={styles.findingButton}
        aria-label={`${t(`audit.severity.${f.severity}`)}, ${f.sheet}!${f.address}: ${text}`}
        onClick={() => void go(f.sheet, f.address)}
        data-testid="finding-go"
      >
        <span>
          <Badge appearance="tint" color={SEVERITY_COLOR[f.severity]} size="small">
            {t(`audit.severity.${f.severity}`)}
          </Badge>{" "}
          <strong>{f.address}</strong> {text}
        </span>
      </Button>
      {(f.expected !== undefined || f.actual !== undefined) && (
        <div className={styles.figures}>
          {f.expected !== undefined && (
            <>
              <Caption1>{t("audit.expected")}</Caption1>
              <Caption1 data-testid="expected">{showFigure(f.expected, lang, f.percent)}</Caption1>
            </>
          )}
          {f.actual !== undefined && (
            <>
              <Caption1>{t("audit.actual")}</Caption1>
              <Caption1 data-testid="actual">{showFigure(f.actual, lang, f.percent)}</Caption1>
            </>
          )}
        </div>
      )}
      {f.related.length > 0 && (
        <Caption1>
          {t("audit.related")}:{" "}
          {f.related.map((r, i) => (
            <React.Fragment key={`${r.sheet}!${r.address}`}>
              {i > 0 && ", "}
              <Link as="button" onClick={() => void go(r.sheet, r.address)} aria-label={t("audit.goTo", { address: `${r.sheet}!${r.address}` })}>
                {r.sheet === f.sheet ? r.address : `${r.sheet}!${r.address}`}
              </Link>
            </React.Fragment>
          ))}
        </Caption1>
      )}
      <Consequences finding={f} go={(sheet, address) => void go(sheet, address)} />
      {f.candidates && f.candidates.length > 0 && f.ignoredReason === undefined && <FixPanel finding={f} candidates={f.candidates} onDone={props.onSelected} />}
      {props.finding.ignoredReason !== undefined ? (
        <Caption1>{t("audit.ignored", { reason: props.finding.ignoredReason })}</Caption1>
      ) : ignoring ? (
        <div className={styles.row}>
          <Field label={t("audit.ignoreReason")} style={{ flexGrow: 1 }}>
            <Input value={reason} onChange={(_e, d) => setReason(d.value)} autoFocus data-testid="ignore-reason" />
          </Field>
          <Button
            size="small"
            appearance="primary"
            disabled={!reason.trim()}
            onClick={() => void ignoreFinding(paneHost(), paneStore(), f, reason.trim()).then(() => setIgnoring(false))}
          >
            {t("audit.ignoreConfirm")}
          </Button>
          <Button size="small" onClick={() => setIgnoring(false)}>
            {t("audit.cancel")}
          </Button>
        </div>
      ) : (
        <div className={styles.row}>
          <Button size="small" appearance="transparent" onClick={() => setIgnoring(true)} data-testid="ignore">
            {t("audit.ignore")}
          </Button>
        </div>
      )}
    </div>
  );
}

/** Findings rendered per sheet before "show more": a huge workbook must not freeze the pane. */
const PAGE = 50;

function SheetFindings(props: { list: FindingView[]; onSelected(text: string): void }): React.JSX.Element {
  const { t } = useI18n();
  const [limit, setLimit] = React.useState(PAGE);
  const rest = props.list.length - limit;
  return (
    <>
      {props.list.slice(0, limit).map((f) => (
        <FindingCard key={f.key} finding={f} onSelected={props.onSelected} />
      ))}
      {rest > 0 && (
        <Button size="small" onClick={() => setLimit((l) => l + PAGE)}>
          {t("audit.more", { count: Math.min(rest, PAGE) })}
        </Button>
      )}
    </>
  );
}

export function AuditScreen(): React.JSX.Element {
  const { t, lang } = useI18n();
  const state = usePane();
  const styles = useStyles();
  const [notice, setNotice] = React.useState<string>();
  React.useEffect(() => {
    // A highlight made before the pane was closed is still in the workbook: offer to clear it.
    paneHost()
      .refreshHighlights()
      .then((highlighted) => paneStore().set({ highlighted }))
      .catch(() => undefined);
  }, []);
  const audit = state.audit;
  const active = audit?.findings ?? [];
  const counts = SEVERITIES.map((s) => [s, active.filter((f) => f.severity === s && f.ignoredReason === undefined).length] as const);
  const ignoredCount = active.filter((f) => f.ignoredReason !== undefined).length;
  const groups = groupBySheet(active);

  return (
    <Screen id="audit" heading={t("audit.heading")}>
      <div className={styles.row}>
        <Button appearance="primary" disabled={state.auditing} onClick={() => void runAudit(paneHost(), paneStore())} data-testid="run-audit">
          {state.auditing ? t("audit.running") : t("audit.run")}
        </Button>
      </div>
      {state.progress && state.auditing && (
        <Field validationMessage={t("audit.progress", { step: state.progress.step, total: state.progress.total, label: t(`audit.step.${state.progress.label}`) })} validationState="none">
          <ProgressBar value={state.progress.step / state.progress.total} />
        </Field>
      )}
      {!audit && !state.auditing && <Body1>{t("audit.notRun")}</Body1>}
      {audit && (
        <>
          <div className={styles.row} role="group" aria-label={t("audit.counts")} data-testid="counts">
            {counts.map(([s, n]) => (
              <Badge key={s} appearance="filled" color={SEVERITY_COLOR[s]} data-testid={`count-${s}`} data-count={n}>
                {t(`audit.severity.${s}`)}: {n}
              </Badge>
            ))}
            {ignoredCount > 0 && <Caption1>{t("audit.ignoredCount", { count: ignoredCount })}</Caption1>}
          </div>
          <Caption1>{t("audit.cells", { cells: audit.cells, sheets: audit.sheets })}</Caption1>
          {(active.length > 0 || state.highlighted > 0) && (
            <div className={styles.row}>
              <Button onClick={() => void toggleHighlight(paneHost(), paneStore())} data-testid="highlight" aria-pressed={state.highlighted > 0}>
                {state.highlighted > 0 ? t("audit.clearHighlight") : t("audit.highlight")}
              </Button>
              <Button
                onClick={() =>
                  void exportReport(paneHost(), paneStore(), lang).then((sheet) => sheet && setNotice(t("audit.exported", { sheet })))
                }
                data-testid="export"
              >
                {t("audit.export")}
              </Button>
            </div>
          )}
          {state.highlighted > 0 && <Caption1>{t("audit.highlighted", { count: state.highlighted })}</Caption1>}
          <AppliedFixes applied={state.applied ?? []} onDone={setNotice} />
          {notice && (
            <Notice intent="success" testId="notice">{notice}</Notice>
          )}
          {active.length === 0 ? (
            <Notice intent="success">{t("audit.none")}</Notice>
          ) : (
            <Accordion multiple collapsible defaultOpenItems={groups.map(([sheet]) => sheet)}>
              {groups.map(([sheet, list]) => (
                <AccordionItem key={sheet} value={sheet}>
                  <AccordionHeader size="small">
                    {sheet} <CounterBadge count={list.length} size="small" appearance="ghost" aria-label={t("audit.findingsOf", { sheet, count: list.length })} />
                  </AccordionHeader>
                  <AccordionPanel className={styles.panel}>
                    <SheetFindings list={list} onSelected={setNotice} />
                  </AccordionPanel>
                </AccordionItem>
              ))}
            </Accordion>
          )}
        </>
      )}
    </Screen>
  );
}
