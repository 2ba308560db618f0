// Day sheets for everyone show the same event (a lunch for all, a duty contact) on hundreds of sheets,
// and Handlebars would run its partial again on each. A partial whose output can depend only on the
// object it is given (and the labels) is run once per object and its output reused. Whether a partial
// is such is read from its syntax tree, so that an office's own layouts and partials keep working
// exactly as written: one that reads anything else is always run.
import type { HandlebarsRuntime } from './documents.js';

/** The parts of Handlebars' syntax tree read here (see the `hbs.AST` types). */
interface Node {
  type: string;
  body?: Node[];
  path?: Node;
  name?: Node;
  params?: Node[];
  hash?: { pairs: { value: Node }[] };
  program?: Node;
  inverse?: Node;
  data?: boolean;
  depth?: number;
  parts?: unknown[];
  original?: unknown;
}

/** The data variables an `{{#each}}` inside the partial sets itself. */
const LOOP_VARIABLES = new Set(['index', 'first', 'last', 'key']);

/**
 * The partials whose output depends only on the object they are given: they read neither `../`, nor
 * `@root` other than `@root.labels`, nor the caller's `@index` (only that of their own `{{#each}}`),
 * call no helper with side effects, and call only partials of the same kind. None at all when any
 * template uses inline partials, partial blocks or decorators, which change partials as they run.
 * `layout` and `partials` are the syntax trees `Handlebars.parse` gives.
 */
export function contextOnlyPartials(layout: unknown, partials: ReadonlyMap<string, unknown>): Set<string> {
  const trees = partials as ReadonlyMap<string, Node>;
  if ([layout as Node, ...trees.values()].some(changesPartials)) return new Set();
  const verdicts = new Map<string, boolean>();
  const isContextOnly = (name: string): boolean => {
    const known = verdicts.get(name);
    if (known !== undefined) return known;
    const tree = trees.get(name);
    // Until it is decided, a partial that calls itself counts as not reusable.
    verdicts.set(name, false);
    const verdict = tree !== undefined && readsOnlyContext(tree, false, isContextOnly);
    verdicts.set(name, verdict);
    return verdict;
  };
  return new Set([...trees.keys()].filter(isContextOnly));
}

function changesPartials(node: Node): boolean {
  if (node.type === 'PartialBlockStatement' || node.type === 'DecoratorBlock' || node.type === 'Decorator') return true;
  return children(node).some(changesPartials);
}

function children(node: Node): Node[] {
  const out: Node[] = [];
  if (node.body) out.push(...node.body);
  if (node.path) out.push(node.path);
  if (node.name) out.push(node.name);
  if (node.params) out.push(...node.params);
  if (node.hash) out.push(...node.hash.pairs.map((pair) => pair.value));
  if (node.program) out.push(node.program);
  if (node.inverse) out.push(node.inverse);
  return out;
}

/** `inLoop`: inside the partial's own `{{#each}}` block, whose `@index` is its own. */
function readsOnlyContext(node: Node, inLoop: boolean, isContextOnly: (name: string) => boolean): boolean {
  switch (node.type) {
    case 'PathExpression': {
      if ((node.depth ?? 0) > 0) return false;
      if (!node.data) return true;
      const parts = node.parts ?? [];
      if (parts[0] === 'root') return parts[1] === 'labels';
      return inLoop && parts.length === 1 && LOOP_VARIABLES.has(String(parts[0]));
    }
    case 'MustacheStatement':
    case 'SubExpression':
    case 'BlockStatement': {
      const path = node.path!;
      if (path.type === 'PathExpression' && typeof path.original === 'string' && HELPERS_WITH_EFFECTS.has(path.original)) return false;
      const own = [path, ...(node.params ?? []), ...(node.hash?.pairs.map((pair) => pair.value) ?? [])];
      if (!own.every((n) => readsOnlyContext(n, inLoop, isContextOnly))) return false;
      const loop = node.type === 'BlockStatement' && path.type === 'PathExpression' && path.original === 'each';
      if (node.program && !readsOnlyContext(node.program, inLoop || loop, isContextOnly)) return false;
      return !node.inverse || readsOnlyContext(node.inverse, inLoop, isContextOnly);
    }
    case 'PartialStatement': {
      const name = node.name!;
      if (name.type !== 'PathExpression' || name.data || (name.depth ?? 0) > 0 || typeof name.original !== 'string') return false;
      if (!isContextOnly(name.original)) return false;
      return [...(node.params ?? []), ...(node.hash?.pairs.map((pair) => pair.value) ?? [])].every((n) => readsOnlyContext(n, inLoop, isContextOnly));
    }
    case 'Program':
      return (node.body ?? []).every((n) => readsOnlyContext(n, inLoop, isContextOnly));
    case 'ContentStatement':
    case 'CommentStatement':
    case 'StringLiteral':
    case 'NumberLiteral':
    case 'BooleanLiteral':
    case 'UndefinedLiteral':
    case 'NullLiteral':
      return true;
    default:
      return false;
  }
}

/** Helpers whose call does more than return text (Handlebars' `log` writes to the console). */
const HELPERS_WITH_EFFECTS = new Set(['log']);

interface Reused {
  partial: unknown;
  labels: unknown;
  html: string;
}

/**
 * Make `hb` run each partial of `names` once per object it is given (the same object, the same labels
 * at `@root.labels`) and reuse its output; a partial called with `name=value` pairs or with a block is
 * always run. An object is remembered only when it comes a second time: most are shown once.
 */
export function reusePartials(hb: HandlebarsRuntime, names: ReadonlySet<string>): void {
  if (names.size === 0) return;
  type Invoke = (this: unknown, partial: unknown, context: unknown, options: PartialOptions) => unknown;
  const vm = hb.VM as unknown as { invokePartial: Invoke };
  const run = vm.invokePartial;
  const outputs = new Map<string, WeakMap<object, Reused>>();
  const seen = new Map<string, WeakSet<object>>();
  for (const name of names) {
    outputs.set(name, new WeakMap());
    seen.set(name, new WeakSet());
  }
  const invokePartial: Invoke = function (this: unknown, partial, context, options) {
    const kept = options.name === undefined ? undefined : outputs.get(options.name);
    const root = options.data?.root;
    if (!kept || typeof partial !== 'function' || options.hash || options.fn || typeof context !== 'object' || context === null || context === root) {
      return run.call(this, partial, context, options);
    }
    const labels = typeof root === 'object' && root !== null ? (root as { labels?: unknown }).labels : undefined;
    const known = kept.get(context);
    if (known && known.partial === partial && known.labels === labels) return known.html;
    const once = seen.get(options.name!)!;
    const html = run.call(this, partial, context, options);
    if (typeof html !== 'string') return html;
    if (once.has(context)) kept.set(context, { partial, labels, html });
    else once.add(context);
    return html;
  };
  hb.VM = { ...hb.VM, invokePartial } as unknown as typeof hb.VM;
}

interface PartialOptions {
  name?: string;
  hash?: unknown;
  fn?: unknown;
  data?: { root?: unknown };
}
