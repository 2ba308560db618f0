// The registry: every rule of the format, in the order of the spec's table.
import { dayOrder } from './day-order.js';
import { duplicateId } from './duplicate-id.js';
import { emptyEvent } from './empty-event.js';
import { invalidTimezone } from './invalid-timezone.js';
import { outsideVisit } from './outside-visit.js';
import { schema } from './schema.js';
import { timeOrder } from './time-order.js';
import type { Rule } from './types.js';
import { unknownReference } from './unknown-reference.js';
import { yamlSyntax } from './yaml-syntax.js';

export const RULES: readonly Rule[] = [
  yamlSyntax,
  schema,
  duplicateId,
  unknownReference,
  invalidTimezone,
  timeOrder,
  outsideVisit,
  dayOrder,
  emptyEvent,
];

export type { Rule, RuleContext, RuleFinding, RuleOptions } from './types.js';
export { DEFAULT_RULE_OPTIONS } from './types.js';
