// How the configuration reader reaches its zod schemas (config-schema.ts). From the sources it is an
// ordinary import; the build replaces this module with a synchronous require() of them bundled on
// their own (dist/lazy/config-schema.cjs), so that zod is loaded only when a configuration file is read.
import * as configSchema from './config-schema.js';

export function loadConfigSchema(): typeof configSchema {
  return configSchema;
}
