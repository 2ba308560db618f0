// What an ICU MessageFormat template reads: the placeholders it uses and, for each cardinal plural in
// it, the categories it spells out. The catalogue tests check every text of every language with it.
import { compileIcu } from '../../src/text/icu.js';

interface Element {
  type: number;
  value?: string;
  options?: Record<string, { value: Element[] }>;
  pluralType?: 'cardinal' | 'ordinal';
}
// The element types of @formatjs/icu-messageformat-parser's AST that name an argument.
const ARGUMENT = 1;
const NUMBER = 2;
const SELECT = 5;
const PLURAL = 6;

export interface TemplateShape {
  args: Set<string>;
  plurals: { arg: string; keys: string[] }[];
}

/** The placeholders `template` uses and the categories of each plural in it; throws if it does not parse. */
export function templateShape(template: string, lang: string): TemplateShape {
  const args = new Set<string>();
  const plurals: { arg: string; keys: string[] }[] = [];
  const walk = (elements: Element[]) => {
    for (const element of elements) {
      if (element.type === ARGUMENT || element.type === NUMBER || element.type === SELECT || element.type === PLURAL) args.add(element.value!);
      if (element.type === PLURAL && element.pluralType !== 'ordinal') plurals.push({ arg: element.value!, keys: Object.keys(element.options!) });
      for (const option of Object.values(element.options ?? {})) walk(option.value);
    }
  };
  walk(compileIcu(template, lang).getAst() as unknown as Element[]);
  return { args, plurals };
}
