// The registry: every rule of the format, in the order of the spec's table.
import { capacity } from './capacity.js';
import { dayOrder } from './day-order.js';
import { agreementUnsigned } from './agreement-unsigned.js';
import { duplicatePerson } from './duplicate-person.js';
import { emptyOrganization } from './empty-organization.js';
import { headAbsent } from './head-absent.js';
import { innChecksum } from './inn-checksum.js';
import { interpreterNeeded } from './interpreter-needed.js';
import { missingTranslation } from './missing-translation.js';
import { noB2b } from './no-b2b.js';
import { passportExpiry } from './passport-expiry.js';
import { passportName } from './passport-name.js';
import { phoneFormat } from './phone-format.js';
import { signatoryAbsent } from './signatory-absent.js';
import { signatoryParty } from './signatory-party.js';
import { duplicateId } from './duplicate-id.js';
import { emptyEvent } from './empty-event.js';
import { invalidTimezone } from './invalid-timezone.js';
import { longDay } from './long-day.js';
import { mealGap } from './meal-gap.js';
import { outsideVisit } from './outside-visit.js';
import { personOverlap } from './person-overlap.js';
import { schema } from './schema.js';
import { timeOrder } from './time-order.js';
import { travelTime } from './travel-time.js';
import type { Rule, RuleOptions, RuleOptionSpec } from './types.js';
import { unknownReference } from './unknown-reference.js';
import { unscheduledPerson } from './unscheduled-person.js';
import { vehicleOverlap } from './vehicle-overlap.js';
import { vehicleSeating } from './vehicle-seating.js';
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
  personOverlap,
  vehicleOverlap,
  travelTime,
  capacity,
  interpreterNeeded,
  signatoryAbsent,
  signatoryParty,
  passportExpiry,
  innChecksum,
  duplicatePerson,
  headAbsent,
  agreementUnsigned,
  passportName,
  phoneFormat,
  missingTranslation,
  emptyOrganization,
  unscheduledPerson,
  noB2b,
  longDay,
  mealGap,
  vehicleSeating,
];

/** Every threshold with the rule that declares it: each key of RuleOptions belongs to one rule. */
export const RULE_OPTION_SPECS = Object.fromEntries(
  RULES.flatMap((rule) => Object.entries(rule.meta.options ?? {}) as [keyof RuleOptions, RuleOptionSpec][]),
) as Record<keyof RuleOptions, RuleOptionSpec>;

/** The thresholds the format fixes, from the rules' declared defaults. */
export const DEFAULT_RULE_OPTIONS: RuleOptions = Object.fromEntries(
  (Object.entries(RULE_OPTION_SPECS) as [keyof RuleOptions, RuleOptionSpec][]).map(([key, spec]) => [key, spec.default]),
) as unknown as RuleOptions;

export type { MessageData, Rule, RuleContext, RuleFinding, RuleMeta, RuleOptions, RuleOptionSpec, RuleTag } from './types.js';
