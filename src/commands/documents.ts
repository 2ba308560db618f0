// What the document commands share: read and check the itinerary, refuse one with errors unless
// forced, load the templates and Handlebars only when a document is actually rendered.
import { operationalContacts } from '../engine/sensitive.js';
import { loadTemplates } from '../io/templates.js';
import type { Model } from '../model/types.js';
import type { Renderer, RenderOptions } from '../render/documents.js';
import type { Style } from '../report/index.js';
import { UserError } from '../source/errors.js';
import type { ConfigChoice } from './config.js';
import { loadItinerary } from './itinerary.js';
import { words } from '../text/words.js';

export interface DocumentCommandOptions {
  file: string;
  /** Reader's language; default: the visit's first language. */
  lang?: string;
  /** The language of the findings shown when the itinerary is refused (the run's, not the reader's). */
  messageLang?: string;
  /** Produce the document even when the itinerary has errors, stamped as unchecked. */
  force?: boolean;
  includeSensitive?: boolean;
  /** A folder whose layouts, partials and label files replace the shipped ones. */
  templatesDir?: string;
  style: Style;
  cwd: string;
  toolVersion: string;
  /** `--config FILE`, `--no-config` (false), or the nearest delegation.config.yaml (undefined). */
  config?: ConfigChoice;
}

export interface OutputDocument {
  /** File name with extension, e.g. "2023-11-21-rudenya.html". */
  fileName: string;
  /** The document; day sheets render it each time it is read (read it once). */
  readonly content: string;
}

export interface DocumentsResult {
  /** The findings as `validate` prints them; empty when there are none. */
  findings: string;
  errors: number;
  warnings: number;
  /** True when nothing was rendered because of errors (exit 1). */
  refused: boolean;
  documents: OutputDocument[];
  lang: string;
  visitId: string;
}

export interface Prepared {
  model: Model;
  renderer: Renderer;
  options: RenderOptions;
  result: Omit<DocumentsResult, 'documents'>;
}

/** Read, check and set up rendering; `undefined` model means refused (result says why). */
export async function prepareDocuments(options: DocumentCommandOptions): Promise<Prepared | Omit<DocumentsResult, 'documents'>> {
  // The project's delegation.config.yaml and inline suppressions apply as they do for `validate`.
  const { check, errors, warnings, report, model } = loadItinerary(options.file, { cwd: options.cwd, config: options.config, lang: options.messageLang });
  const findings = check.diagnostics.length === 0 ? '' : report(options.style, 'all');
  const visitId = model?.visit?.id ?? 'visit';
  // Labels decide what can be printed: the shipped ones, and any a --templates folder adds.
  const templates = loadTemplates(options.templatesDir);
  const lang = options.lang ?? model?.languages.find((l) => templates.labels[l]) ?? 'en';
  const base = { findings, errors, warnings, lang, visitId };
  if (!templates.labels[lang]) {
    throw new UserError(words('noLabels', { lang }), words('noLabels.hint', { lang, available: Object.keys(templates.labels).sort().join(', ') }), 2);
  }
  // Without a visit block there is nothing to print, forced or not.
  if (!model || !model.visit || (errors > 0 && !options.force)) return { ...base, refused: true };
  const handlebars = (await import('handlebars')).default;
  return {
    model,
    renderer: { handlebars, templates },
    options: {
      lang,
      includeSensitive: options.includeSensitive,
      uncheckedErrors: errors > 0 ? errors : undefined,
      operational: operationalContacts(model),
    },
    result: { ...base, refused: false },
  };
}

export function isPrepared(value: Prepared | Omit<DocumentsResult, 'documents'>): value is Prepared {
  return 'model' in value;
}
