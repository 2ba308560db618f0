// The zod schemas of delegation.config.yaml, built when a configuration file is read (they load zod,
// which a command without a configuration file does not need: see config-schema-loader.ts).
import { z } from 'zod';
import { describeValue } from '../model/wording.js';
import type { RuleOptions, RuleOptionSpec } from '../rules/index.js';

function describeRange(spec: RuleOptionSpec): string {
  const kind = spec.schema.type === 'integer' ? 'a whole number' : 'a number';
  return `${kind} of ${spec.unit} from ${spec.schema.minimum} to ${spec.schema.maximum}`;
}

function optionSchema(spec: RuleOptionSpec) {
  const what = describeRange(spec);
  const { minimum, maximum, type } = spec.schema;
  return z
    .number({ error: (iss) => `${spec.name}: expected ${what}, found ${describeValue(iss.input)}` })
    .refine((value) => Number.isFinite(value) && value >= minimum && value <= maximum && (type !== 'integer' || Number.isInteger(value)), {
      error: (iss) => `${spec.name}: expected ${what}, found ${String(iss.input)}`,
    });
}

/**
 * The schema of the whole file and of one option's value. `unknown` is the message given to unknown
 * keys (the caller turns them into messages with suggestions).
 */
export function configSchemas(specs: Record<keyof RuleOptions, RuleOptionSpec>, settings: readonly [string, ...string[]], unknown: string) {
  const keys = Object.keys(specs) as (keyof RuleOptions)[];
  const Setting = z.enum(settings, { error: (iss) => `expected error, warning or off, found ${describeValue(iss.input)}` });
  const file = z.strictObject(
    {
      rules: z
        .record(z.string(), Setting, { error: (iss) => `rules: expected a mapping of rule ids to error, warning or off, found ${describeValue(iss.input)}` })
        .nullable()
        .optional(),
      options: z
        .strictObject(Object.fromEntries(keys.map((key) => [specs[key].name, optionSchema(specs[key]).optional()])), {
          error: (iss) => (iss.code === 'unrecognized_keys' ? unknown : `options: expected a mapping of option names to numbers, found ${describeValue(iss.input)}`),
        })
        .nullable()
        .optional(),
    },
    { error: (iss) => (iss.code === 'unrecognized_keys' ? unknown : `expected a mapping with rules and options, found ${describeValue(iss.input)}`) },
  );
  return { file, option: optionSchema };
}
