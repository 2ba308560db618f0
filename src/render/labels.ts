// The words of the printed documents in one language, as read from a label file
// (templates/labels/<lang>.json); missing words fall back to English so a partial file still prints.
import type { EventKind, Role } from '../model/types.js';

export interface Labels {
  [key: string]: unknown;
  dateLong: string;
  dateShort: string;
  dateRangeSeparator: string;
  uncheckedNote: string;
  kinds: Record<EventKind, string>;
  placeKinds: Record<string, string>;
  vehicleKinds: Record<string, string>;
  roles: Record<Role, string>;
}

/** Label files by language code, as loaded by the command layer. */
export type LabelSet = Record<string, Record<string, unknown>>;

/** The labels of `lang`, each missing key (nested ones too) taken from `fallback`. */
export function labelsFor(set: LabelSet, lang: string, fallback = 'en'): Labels {
  const base = set[fallback] ?? {};
  const own = set[lang] ?? {};
  return merge(base, own) as unknown as Labels;
}

/** `own` over `base`, nested objects merged key by key. */
export function merge(base: Record<string, unknown>, own: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(own)) {
    const under = base[key];
    out[key] = isRecord(value) && isRecord(under) ? merge(under, value) : value;
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
