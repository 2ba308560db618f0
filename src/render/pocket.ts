// Renders the pocket programme: one self-contained HTML page per person (styles, icons and script
// inline, no request of any kind) and an index for the protocol office, through the Handlebars
// layouts pocket.html and pocket-index.html of templates/, typeset for the reader's language as print is.
// Pure: views in, strings out.
import type { Model, Person } from '../model/types.js';
import { compile, typesetView, type RenderedDocument, type RenderOptions, type Renderer } from './documents.js';
import { PocketViewBuilder } from './pocket-view.js';

export interface PocketRenderOptions extends RenderOptions {
  stampMs: number;
}

/** The page's file name without extension: the person's id (a person with the id "index" keeps clear of the index). */
export function pocketName(person: Person): string {
  return person.id === 'index' ? 'person-index' : person.id;
}

/** One page per person (named by id) and the index (named "index"), in that order. */
export function renderPocket(model: Model, options: PocketRenderOptions, people: readonly Person[], renderer: Renderer): RenderedDocument[] {
  const builder = new PocketViewBuilder(model, { ...options, labels: renderer.templates.labels });
  const page = compile(renderer, 'pocket.html', 'html');
  const documents = people.map((person) => ({ name: pocketName(person), content: page(typesetView(builder.page(person), options.lang)) }));
  const index = compile(renderer, 'pocket-index.html', 'html');
  documents.push({ name: 'index', content: index(typesetView(builder.index(people, (p) => `${pocketName(p)}.html`), options.lang)) });
  return documents;
}
