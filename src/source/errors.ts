// Errors that stop a command before there is anything to check: the file cannot be read, bad usage.

/** A failure the user can fix: printed as a message with a hint, never as a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    /** 2: usage or I/O, the spec's code for "could not do the job"; 1: the input itself is at fault. */
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
