// Colour for terminal output: on when stdout is a terminal, off with NO_COLOR or --no-color.
import { Chalk } from 'chalk';
import { PLAIN_STYLE, type Style } from '../report/index.js';

export function terminalStyle(stream: NodeJS.WriteStream, colorFlag: boolean | undefined): Style {
  const env = process.env;
  let enabled: boolean;
  if (colorFlag === false || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) enabled = false;
  else if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') enabled = true;
  else enabled = Boolean(stream.isTTY) && env.TERM !== 'dumb';
  if (!enabled) return PLAIN_STYLE;
  const chalk = new Chalk({ level: 1 });
  return {
    error: (t) => chalk.red(t),
    warning: (t) => chalk.yellow(t),
    dim: (t) => chalk.dim(t),
    bold: (t) => chalk.bold(t),
    accent: (t) => chalk.cyan(t),
  };
}

export function colorEnabled(stream: NodeJS.WriteStream, colorFlag: boolean | undefined): boolean {
  return terminalStyle(stream, colorFlag) !== PLAIN_STYLE;
}
