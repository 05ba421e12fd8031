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
  Field,
  Link,
  makeStyles,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useI18n } from "../i18nContext";
import { Notice, Screen } from "./parts";
import { FINDING_LIST_STYLES } from "./findingStyles";
import { usePane } from "../state/usePane";
import { paneStore } from "../state/store";
import { paneHost } from "../services/host";
import { goToCell } from "../services/paneActions";
import { checkNarrative, NarrativeInputError, reportFileText, type NarrativeFindingView } from "../services/narrative";
import { SEVERITIES, type Severity } from "../services/types";

const useStyles = makeStyles({
  ...FINDING_LIST_STYLES,
  quote: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderLeftWidth: "3px",
    borderLeftStyle: "solid",
    borderLeftColor: tokens.colorNeutralStroke1,
    color: tokens.colorNeutralForeground2,
    fontStyle: "italic",
  },
  hidden: { display: "none" },
  panel: { marginLeft: 0, marginRight: 0 },
});

const SEVERITY_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

/** Notes rendered before "show more": a whole report can give hundreds of unmatched figures. */
const PAGE = 50;

function NarrativeCard(props: { finding: NarrativeFindingView; onSelected(text: string): void }): React.JSX.Element {
  const { finding: f } = props;
  const { t, lang } = useI18n();
  const styles = useStyles();
  const target = f.target;
  const go = async (): Promise<void> => {
    if (target && (await goToCell(paneHost(), paneStore(), target.sheet, target.address))) props.onSelected(t("audit.selected", { address: `${target.sheet}!${target.address}` }));
  };
  const text = lang === "en" ? f.message.en : f.message.id;
  const place = lang === "en" ? f.place.en : f.place.id;
  return (
    <div
      className={styles.finding}
      data-testid="naskah-finding"
      data-code={f.code}
      data-severity={f.severity}
      data-sheet={target?.sheet}
      data-address={target?.address}
    >
      <Button
        appearance="subtle"
        className={styles.findingButton}
        aria-label={`${t(`audit.severity.${f.severity}`)}, ${place}: ${text}`}
        onClick={() => void go()}
        data-testid="naskah-finding-go"
      >
        <span>
          <Badge appearance="tint" color={SEVERITY_COLOR[f.severity]} size="small">
            {t(`audit.severity.${f.severity}`)}
          </Badge>{" "}
          <strong>{place}</strong> {text}
        </span>
      </Button>
      {f.quote && (
        <blockquote className={styles.quote} data-testid="naskah-quote">
          <Caption1>{f.quote}</Caption1>
        </blockquote>
      )}
      <Caption1>
        {target ? (
          <>
            {t("naskah.cell")}:{" "}
            <Link as="button" onClick={() => void go()} aria-label={t("audit.goTo", { address: `${target.sheet}!${target.address}` })} data-testid="naskah-cell">
              {`${target.sheet}!${target.address}`}
            </Link>
          </>
        ) : (
          f.rule === "narrative-arithmetic" && t("naskah.textOnly")
        )}
      </Caption1>
    </div>
  );
}

function Notes(props: { list: NarrativeFindingView[]; onSelected(text: string): void }): React.JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  const [limit, setLimit] = React.useState(PAGE);
  const rest = props.list.length - limit;
  return (
    <Accordion collapsible data-testid="naskah-notes">
      <AccordionItem value="notes">
        <AccordionHeader size="small">{t("naskah.notes", { count: props.list.length })}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          {props.list.slice(0, limit).map((f) => (
            <NarrativeCard key={f.key} finding={f} onSelected={props.onSelected} />
          ))}
          {rest > 0 && (
            <Button size="small" onClick={() => setLimit((l) => l + PAGE)}>
              {t("audit.more", { count: Math.min(rest, PAGE) })}
            </Button>
          )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

export function NarrativeScreen(): React.JSX.Element {
  const { t } = useI18n();
  const state = usePane();
  const styles = useStyles();
  const [text, setText] = React.useState("");
  const [source, setSource] = React.useState<string>();
  const [notice, setNotice] = React.useState<string>();
  const [inputError, setInputError] = React.useState<string>();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const results = React.useRef<HTMLDivElement>(null);

  const open = async (file: File): Promise<void> => {
    setInputError(undefined);
    setNotice(undefined);
    try {
      setText(await reportFileText(file.name, await file.arrayBuffer()));
      setSource(file.name);
      setNotice(t("naskah.loaded", { name: file.name }));
    } catch (e) {
      setInputError(e instanceof NarrativeInputError ? t(e.key) : String(e));
    }
  };

  const view = state.narrative;
  // the findings sit below the text box: bring a new result into the 320 px pane's view
  const at = view?.at;
  React.useEffect(() => {
    if (at) results.current?.scrollIntoView?.({ block: "start" });
  }, [at]);
  const serious = view?.findings.filter((f) => f.severity !== "info") ?? [];
  const notes = view?.findings.filter((f) => f.severity === "info") ?? [];
  const counts = SEVERITIES.map((s) => [s, view?.findings.filter((f) => f.severity === s).length ?? 0] as const);

  return (
    <Screen id="naskah" heading={t("naskah.heading")} intro={t("naskah.intro")} introBody>
      <Field label={t("naskah.textLabel")}>
        <Textarea
          value={text}
          onChange={(_e, d) => {
            setText(d.value);
            setSource(undefined);
          }}
          placeholder={t("naskah.placeholder")}
          resize="vertical"
          rows={6}
          data-testid="naskah-text"
        />
      </Field>
      <div className={styles.row}>
        <input
          ref={fileInput}
          type="file"
          accept=".docx,.txt,.md,.pdf"
          className={styles.hidden}
          data-testid="naskah-file"
          aria-label={t("naskah.open")}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void open(file);
          }}
        />
        <Button size="small" onClick={() => fileInput.current?.click()} data-testid="naskah-open">
          {t("naskah.open")}
        </Button>
        <Button size="small" appearance="transparent" disabled={!text} onClick={() => (setText(""), setSource(undefined), setNotice(undefined))}>
          {t("naskah.clear")}
        </Button>
      </div>
      <Caption1>{t("naskah.pdfNote")}</Caption1>
      {inputError && (
        <Notice intent="error" testId="naskah-input-error">{inputError}</Notice>
      )}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={!text.trim() || state.checkingNarrative}
          onClick={() => {
            setNotice(undefined);
            void checkNarrative(paneHost(), paneStore(), text, source);
          }}
          data-testid="naskah-check"
        >
          {state.checkingNarrative ? t("naskah.checking") : t("naskah.check")}
        </Button>
      </div>
      {notice && (
        <Notice intent="success" testId="naskah-notice">{notice}</Notice>
      )}
      {!view && !state.checkingNarrative && <Body1>{t("naskah.notRun")}</Body1>}
      {view && (
        <>
          <div ref={results} className={styles.row} role="group" aria-label={t("audit.counts")} data-testid="naskah-counts" data-at={view.at}>
            {counts.map(([s, n]) => (
              <Badge key={s} appearance="filled" color={SEVERITY_COLOR[s]} data-testid={`naskah-count-${s}`} data-count={n}>
                {t(`audit.severity.${s}`)}: {n}
              </Badge>
            ))}
          </div>
          <Caption1>{t("naskah.summary", { paragraphs: view.paragraphs })}</Caption1>
          {serious.length === 0 ? (
            <Notice intent="success" testId="naskah-none">{t("naskah.none")}</Notice>
          ) : (
            <div data-testid="naskah-findings">
              {serious.map((f) => (
                <NarrativeCard key={f.key} finding={f} onSelected={setNotice} />
              ))}
            </div>
          )}
          {notes.length > 0 && <Notes key={view.at} list={notes} onSelected={setNotice} />}
        </>
      )}
    </Screen>
  );
}

export default NarrativeScreen;
