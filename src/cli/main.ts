// Entry point: runs the program and turns every failure into a message and an exit code.
import { CommanderError } from 'commander';
import { UserError } from '../source/errors.js';
import { err, stdoutFailure } from './output.js';
import { buildFullProgram, buildProgram, outlineCommands, type CommandOutline } from './program.js';
import { interruptEdit } from './interrupt.js';
import { safeText } from '../text/safe.js';
import { setRunArguments, takeUsageError } from './language.js';

export async function main(argv: readonly string[]): Promise<void> {
  setRunArguments(argv.slice(2));
  // A reader that stops early (`| head`) is not an error; a full disk or a broken device is.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    void import('./say.js').then(({ errorText }) => {
      process.stderr.write(`delegation: ${errorText(stdoutFailure(error)).message}\n`);
      process.exit(2);
    });
  });
  // Ctrl-C and SIGTERM: files are written whole or not at all (src/io/atomic.ts), so stopping between
  // steps is safe; say so instead of dying silently, and exit as shells expect (128 + the signal). An
  // edit of the user's file in progress is abandoned before its rename and says so itself.
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.on(signal, () => {
      if (interruptEdit(signal)) return;
      void import('./say.js').then(({ say }) => {
        err(`\ndelegation: ${say('interrupted')}\n`);
        process.exit(code);
      });
    });
  }
  // A failure outside the command's own flow (a callback of the PDF browser's connection, memory
  // running out there) is reported as any other, exit 2, never as node's stack trace and exit 1.
  for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
    process.on(event, (error: unknown) => {
      void handleError(error).then((code) => process.exit(code));
    });
  }
  forceInternalError(process.env.DELEGATION_TEST_INTERNAL_ERROR);
  try {
    const program = await buildProgram(argv);
    await program.parseAsync([...argv]);
  } catch (error) {
    process.exitCode = await handleError(error);
  }
}

/**
 * For tests only: DELEGATION_TEST_INTERNAL_ERROR=exception (or =rejection) makes a failure outside the
 * command's flow, as a bug in a callback would, so that the handlers above can be seen to work.
 */
function forceInternalError(kind: string | undefined): void {
  if (kind === 'exception') {
    setImmediate(() => {
      throw new Error('forced failure outside the command (DELEGATION_TEST_INTERNAL_ERROR)');
    });
  } else if (kind === 'rejection') {
    void Promise.reject(new Error('forced rejection outside the command (DELEGATION_TEST_INTERNAL_ERROR)'));
  }
}

async function handleError(error: unknown): Promise<number> {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    // commander held its message back (cli/program.ts): it is printed here, in the run's language.
    const held = takeUsageError();
    if (held !== undefined) err((await import('./usage.js')).usageText(held));
    return 2;
  }
  // The messages' texts and their formatter are loaded only now that there is something to say.
  const { errorText, say } = await import('./say.js');
  if (error instanceof UserError) {
    // Messages quote paths, ids and values the user gave: their control characters are shown, not sent.
    const { message, hint } = errorText(error);
    err(`delegation: ${safeText(message, 'text')}\n`);
    if (hint) err(`  ${safeText(hint, 'text')}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  err(`delegation: ${say('internalError', { message })}\n  ${say('internalErrorHint')}\n`);
  if (process.env.DELEGATION_DEBUG && error instanceof Error && error.stack) err(`${error.stack}\n`);
  return 2;
}

/** Every command's outline, from the real definitions: the build writes them to dist/commands.json. */
export async function commandOutlines(): Promise<CommandOutline[]> {
  return outlineCommands(await buildFullProgram());
}
