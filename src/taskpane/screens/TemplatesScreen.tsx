import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useI18n } from "../i18nContext";
import { Notice, Screen } from "./parts";
import { paneStore } from "../state/store";
import { paneHost } from "../services/host";
import { previewInstall, SAMPLE_SATKER, SAMPLE_YEAR, templateChoices } from "../services/domain";
import type { WorkbookSnapshot } from "../../core/snapshot";
import { errorMessage } from "../../core/message";

const useStyles = makeStyles({
  choices: { display: "flex", flexDirection: "column" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  narrow: { maxWidth: "120px" },
  preview: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalXL,
  },
});

export default function TemplatesScreen(): React.JSX.Element {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const choices = React.useMemo(() => templateChoices(), []);
  const [selected, setSelected] = React.useState<string[]>(() => choices.map((c) => c.key));
  const [year, setYear] = React.useState(String(new Date().getFullYear() - 1));
  const [satker, setSatker] = React.useState("");
  const [sample, setSample] = React.useState(false);
  const [shape, setShape] = React.useState({ sasaran: "3", indikator: "2", kegiatan: "2" });
  const [snapshot, setSnapshot] = React.useState<WorkbookSnapshot>();
  const [busy, setBusy] = React.useState(false);
  const [done, setDone] = React.useState<string>();

  const reload = React.useCallback(async () => {
    try {
      setSnapshot(await paneHost().readOutline());
    } catch (e) {
      paneStore().set({ error: errorMessage(e) });
    }
  }, []);
  React.useEffect(() => void reload(), [reload]);

  const yearNumber = Number(year);
  const yearValid = Number.isInteger(yearNumber) && yearNumber >= 2000 && yearNumber <= 2100;
  const structure = { sasaran: Number(shape.sasaran), indikator: Number(shape.indikator), kegiatan: Number(shape.kegiatan) };
  const planned = React.useMemo(() => {
    if (!snapshot || selected.length === 0 || !yearValid) return undefined;
    try {
      return { preview: previewInstall(snapshot, { templates: selected, year: yearNumber, satker: satker.trim(), sample, lang, structure }) };
    } catch (e) {
      return { problem: errorMessage(e)[lang] };
    }
    // `structure` is derived from `shape` (the dependency) on every render.
  }, [snapshot, selected, yearValid, yearNumber, satker, sample, lang, shape]);
  const preview = planned?.preview;

  const install = async (): Promise<void> => {
    if (!preview) return;
    setBusy(true);
    setDone(undefined);
    try {
      // The chunked installer re-reads the names in its first round trip, so a sheet added since
      // the preview is never overwritten; the preview only shows what it will do.
      const count = await paneHost().installTemplates({ templates: selected, year: yearNumber, satker: satker.trim(), sample });
      setDone(t("templates.installed", { count }));
      await reload();
    } catch (e) {
      paneStore().set({ error: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  const allChecked = selected.length === choices.length ? true : selected.length === 0 ? false : "mixed";
  const toggle = (key: string, on: boolean): void =>
    setSelected((prev) => (on ? choices.map((c) => c.key).filter((k) => k === key || prev.includes(k)) : prev.filter((k) => k !== key)));

  return (
    <Screen id="templates" heading={t("templates.heading")} intro={t("templates.intro")}>
      <fieldset style={{ border: "none", margin: 0, padding: 0 }}>
        <legend>
          <Body1 style={{ fontWeight: 600 }}>{t("templates.sheets")}</Body1>
        </legend>
        <div className={styles.choices}>
          <Checkbox
            checked={allChecked}
            label={t("templates.selectAll")}
            onChange={(_e, d) => setSelected(d.checked === true ? choices.map((c) => c.key) : [])}
          />
          {choices.map((c) => (
            <Checkbox
              key={c.key}
              checked={selected.includes(c.key)}
              label={lang === "en" ? c.title.en : c.title.id}
              onChange={(_e, d) => toggle(c.key, d.checked === true)}
              data-testid={`template-${c.key}`}
            />
          ))}
        </div>
      </fieldset>
      <div className={styles.row}>
        <Field label={t("templates.year")} className={styles.narrow} validationState={yearValid ? "none" : "error"}>
          <Input type="number" value={year} disabled={sample} onChange={(_e, d) => setYear(d.value)} min={2000} max={2100} data-testid="year" />
        </Field>
      </div>
      <Field label={t("templates.satker")}>
        <Input value={satker} placeholder={t("templates.satkerPlaceholder")} onChange={(_e, d) => setSatker(d.value)} data-testid="satker" />
      </Field>
      <fieldset style={{ border: "none", margin: 0, padding: 0 }} disabled={sample}>
        <legend>
          <Body1 style={{ fontWeight: 600 }}>{t("templates.structure")}</Body1>
        </legend>
        <div className={styles.row}>
          {(["sasaran", "indikator", "kegiatan"] as const).map((k) => (
            <Field key={k} label={t(`templates.${k}`)} className={styles.narrow} validationState={Number.isInteger(structure[k]) && structure[k] >= 1 ? "none" : "error"}>
              <Input type="number" value={shape[k]} min={1} max={k === "kegiatan" ? 30 : 20} disabled={sample} onChange={(_e, d) => setShape((p) => ({ ...p, [k]: d.value }))} data-testid={`structure-${k}`} />
            </Field>
          ))}
        </div>
      </fieldset>
      <Checkbox
        checked={sample}
        label={t("templates.sample")}
        onChange={(_e, d) => {
          const on = d.checked === true;
          setSample(on);
          // The sample holds the published figures of one year and one satker.
          if (on) {
            setYear(String(SAMPLE_YEAR));
            if (!satker.trim()) setSatker(SAMPLE_SATKER);
          }
        }}
        data-testid="sample"
      />
      <div>
        <Body1 as="h3" block style={{ fontWeight: 600, margin: 0 }}>
          {t("templates.preview")}
        </Body1>
        {planned?.problem ? (
          <Caption1>{t("app.error", { message: planned.problem })}</Caption1>
        ) : !preview ? (
          <Caption1>{t("templates.previewEmpty")}</Caption1>
        ) : (
          <>
            <Caption1 data-testid="preview-summary">{t("templates.willAdd", { count: preview.sheets.length, tables: preview.tables })}</Caption1>
            <ul className={styles.preview} data-testid="preview">
              {preview.sheets.map((s) => (
                <li key={s.name}>
                  <Body1>{s.name === s.original ? s.name : t("templates.renamed", { name: s.name, original: s.original })}</Body1>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div className={styles.row}>
        <Button appearance="primary" disabled={!preview || busy} onClick={() => void install()} data-testid="install">
          {busy ? t("templates.installing") : t("templates.install")}
        </Button>
      </div>
      {done && (
        <Notice intent="success" testId="installed">{done}</Notice>
      )}
    </Screen>
  );
}
