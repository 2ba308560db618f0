// `delegation brief`: the briefing pack for the head of delegation, as HTML or Markdown (PDF is
// printed from the HTML by the CLI).
import { renderBrief } from '../render/documents.js';
import { isPrepared, prepareDocuments, type DocumentCommandOptions, type DocumentsResult } from './documents.js';

export type BriefOutputFormat = 'html' | 'md' | 'pdf';

export interface BriefOptions extends DocumentCommandOptions {
  format: BriefOutputFormat;
}

/** One document; for `pdf` it is the HTML to print, named with `.pdf`. */
export async function brief(options: BriefOptions): Promise<DocumentsResult> {
  const prepared = await prepareDocuments(options);
  if (!isPrepared(prepared)) return { ...prepared, documents: [] };
  const { model, renderer, result } = prepared;
  const content = renderBrief(model, prepared.options, options.format === 'md' ? 'md' : 'html', renderer);
  return { ...result, documents: [{ fileName: briefFileName(result.visitId, result.lang, options.format), content }] };
}

/** "liaoning-2023-brief-ru.pdf": the default name when no -o is given. */
export function briefFileName(visitId: string, lang: string, format: BriefOutputFormat): string {
  return `${visitId}-brief-${lang}.${format}`;
}
