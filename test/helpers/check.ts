// Run the engine over YAML text, as validate does for a file.
import { checkSource, type CheckOptions } from '../../src/engine/check.js';
import { decodeText } from '../../src/source/decode.js';

export function checkText(text: string, options?: CheckOptions) {
  return checkSource(decodeText(Buffer.from(text, 'utf8')), options);
}
