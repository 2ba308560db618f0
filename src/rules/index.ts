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
import type { Rule } from './types.js';
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

export type { Rule, RuleContext, RuleFinding, RuleOptions } from './types.js';
export { DEFAULT_RULE_OPTIONS } from './types.js';
