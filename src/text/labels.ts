// Label files: the words outputs print around the itinerary's own texts, one JSON file per language
// (templates/labels/<lang>.json). How they merge (a missing word falls back to English), how their
// placeholders ("{count}") are filled and how a counted word picks its plural form. The typed shape of
// the words is render/labels.ts; the report's words are typed here, as report/ cannot import render/.

/** A word that changes with a number: one text, or one per plural category ("one", "few", "other"…). */
export type CountedLabel = string | Partial<Record<Intl.LDMLPluralRule, string>>;

/** The fixed words of the findings report. */
export interface ReportLabels {
  problems: CountedLabel;
  errors: CountedLabel;
  warnings: CountedLabel;
  files: CountedLabel;
  /** "{files} checked: no problems". */
  clean: string;
  /** "{problems} ({errors}, {warnings}) in {where}". */
  summary: string;
  /** "{count} of {files}": files with problems among those checked. */
  someFiles: string;
  /** "… and {count} more {rule} findings not shown (the first {shown} of each rule are listed)". */
  omitted: string;
  hint: string;
  see: string;
  sensitive: string;
  /** What an excerpt shows in place of a line that holds personal data. */
  hiddenLine: string;
  /** The severities as printed. */
  error: string;
  warning: string;
}

/** Label files (templates/labels/<lang>.json) by language code, as loaded by io/templates.ts. */
export type LabelSet = Record<string, Record<string, unknown>>;

/** The labels of `lang` with its code as `lang`, each missing key (nested ones too) taken from `fallback`. */
export function resolveLabels(set: LabelSet, lang: string, fallback = 'en'): Record<string, unknown> & { lang: string } {
  return { ...mergeLabels(set[fallback] ?? {}, set[lang] ?? {}), lang };
}

/** `own` over `base`, nested objects merged key by key. */
export function mergeLabels(base: Record<string, unknown>, own: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(own)) {
    const under = base[key];
    out[key] = isRecord(value) && isRecord(under) ? mergeLabels(under, value) : value;
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "{count} errors" with the placeholders filled in. */
export function fillLabel(label: string, values: Record<string, string | number>): string {
  return label.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** A counted label for `count` in `lang`, its placeholders filled ({count} and `values`). */
export function countLabel(label: CountedLabel, count: number, lang: string, values: Record<string, string | number> = {}): string {
  const text = typeof label === 'string' ? label : (label[new Intl.PluralRules(lang).select(count)] ?? label.other ?? Object.values(label)[0] ?? '');
  return fillLabel(text, { ...values, count });
}
