// Errors that stop a command before there is anything to check: the file cannot be read, bad usage.
import { isWords, type Words } from '../text/words.js';

/**
 * How a sentence reads in English: set by source/catalogue.ts when it is loaded (by the code that
 * prints messages), so that creating an error costs nothing and loads no formatter.
 */
let english: ((w: Words) => string) | undefined;

export function setEnglishWords(format: (w: Words) => string): void {
  english = format;
}

const inEnglish = (w: Words): string => (english ? english(w) : w.id);

/**
 * A failure the user can fix: printed as a message with a hint, never as a stack trace. The message
 * and hint are sentences of the label files (an id and data), printed in the language of the run;
 * `message` and `hint` read them in English.
 */
export class UserError extends Error {
  /** The message as an id and data; undefined for a message given as plain text. */
  readonly words?: Words;
  readonly hintWords?: Words;
  declare readonly hint?: string;

  constructor(
    message: string | Words,
    hint?: string | Words,
    /**
     * 2: usage or I/O, the spec's code for "could not do the job"; 1: the input itself is at fault;
     * 130 and 143: stopped by Ctrl-C or SIGTERM (128 + the signal), as shells expect.
     */
    readonly exitCode: 1 | 2 | 130 | 143 = 2,
  ) {
    super(typeof message === 'string' ? message : message.id);
    this.name = 'UserError';
    if (isWords(message)) {
      this.words = message;
      Object.defineProperty(this, 'message', { get: () => inEnglish(message), configurable: true, enumerable: false });
    }
    if (isWords(hint)) {
      this.hintWords = hint;
      Object.defineProperty(this, 'hint', { get: () => inEnglish(hint), configurable: true, enumerable: true });
    } else {
      Object.defineProperty(this, 'hint', { value: hint, configurable: true, enumerable: true, writable: false });
    }
  }
}
