// Turns a rule's message id and data into text: the rule's ICU MessageFormat template, formatted by
// text/icu.ts.
import type { MessageData, RuleMeta } from '../rules/index.js';
import { formatIcu } from '../text/icu.js';

const LOCALE = 'en';

/** The text of message `id` of a rule; a template the rule does not declare is a programming error. */
export function formatMessage(ruleId: string, meta: Pick<RuleMeta, 'messages'>, id: string, data: MessageData = {}): string {
  const template = meta.messages[id];
  if (template === undefined) throw new Error(`rule ${ruleId} has no message "${id}"`);
  return formatIcu(template, LOCALE, data as Record<string, string | number>);
}
