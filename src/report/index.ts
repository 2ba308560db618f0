// The formatters, by name.
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatPretty } from './pretty.js';
import { formatSarif } from './sarif.js';
import type { Formatter } from './types.js';

export const FORMATTERS = {
  pretty: formatPretty,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;
export type { FileReport, ReportContext, Style } from './types.js';
export { PLAIN_STYLE } from './types.js';
