// Errors that stop a command before there is anything to check: the file cannot be read, bad usage.

/** A failure the user can fix: printed as a message with a hint, never as a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    /**
     * 2: usage or I/O, the spec's code for "could not do the job"; 1: the input itself is at fault;
     * 130 and 143: stopped by Ctrl-C or SIGTERM (128 + the signal), as shells expect.
     */
    readonly exitCode: 1 | 2 | 130 | 143 = 2,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
