// Build-time stand-in for zod's locale index: the CLI speaks English in its messages only, and
// bundling every zod locale would add about 350 KB to every start-up.
export { default as en } from 'zod/v4/locales/en.js';
