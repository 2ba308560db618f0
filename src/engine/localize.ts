// A finding in the report's language: its message, hint and related texts worded again from their
// message ids and language-neutral data (phrases), in the language of the label files given. The
// English texts stay on the finding (`english`) for tools that match them.
import type { Diagnostic, NeutralData } from '../diagnostics/types.js';
import { RULES, type RuleMeta } from '../rules/index.js';
import { formatMessage, hideVariants, isPlainEnglish, messageTemplate, phraseWords, type FindingLanguage } from './messages.js';
import { UNUSED_SUPPRESSION } from './suppressions.js';

let metas: Map<string, Pick<RuleMeta, 'messages'>> | undefined;

function metaOf(rule: string): Pick<RuleMeta, 'messages'> | undefined {
  metas ??= new Map<string, Pick<RuleMeta, 'messages'>>([...RULES, UNUSED_SUPPRESSION].map((r) => [r.id, r.meta]));
  return metas.get(rule);
}

/** The findings in `language`; in plain English they are returned as they are. */
export function localizeDiagnostics(diagnostics: readonly Diagnostic[], language: FindingLanguage): Diagnostic[] {
  if (isPlainEnglish(language)) return [...diagnostics];
  return diagnostics.map((d) => localizeDiagnostic(d, language));
}

export function localizeDiagnostic(d: Diagnostic, language: FindingLanguage): Diagnostic {
  const meta = metaOf(d.rule);
  const neutral = d.neutral;
  if (!meta || !neutral) return d;
  const { data, hintId, related, firstLanguage, hidden } = neutral;
  const hide = (text: string) => (hidden ? hideVariants(text, hidden, phraseWords(language)) : text);
  // Each text is formatted once, in the report's language, from its message id and data (a text the
  // engine changes after wording it, to hide personal data, gets new data for it: engine/check.ts).
  const word = (id: string, current: string, values: NeutralData, hiding: boolean) => {
    // A text the language words as English does ("{message}": the parser's or the schema's own words) stays
    // English, unless that message is itself a phrase (worded whole in the language).
    const only = /^\{(\w+)\}$/.exec(meta.messages[id] ?? '')?.[1];
    const whole = only !== undefined && typeof values[only] === 'object';
    if (!whole && messageTemplate(d.rule, meta, id, language).template === meta.messages[id]) return current;
    const text = formatMessage(d.rule, meta, id, values, language, firstLanguage);
    return hiding ? hide(text) : text;
  };
  const out: Diagnostic = { ...d, message: word(d.messageId, d.message, data, true) };
  if (d.hint !== undefined && hintId !== undefined) out.hint = word(hintId, d.hint, data, true);
  if (d.related && related) {
    out.related = d.related.map((r, i) => {
      const source = related[i];
      return source ? { ...r, message: word(source.messageId, r.message, source.data ?? {}, false) } : r;
    });
  }
  if (language.lang !== 'en') out.english = { message: d.message, ...(d.hint !== undefined ? { hint: d.hint } : {}) };
  return out;
}
