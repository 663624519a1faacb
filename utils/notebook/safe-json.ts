/**
 * Reading JSON from a file the reader chose, which anyone may have crafted. `JSON.parse` itself is
 * safe: it only makes plain objects, arrays and primitives, and a `"__proto__"` key becomes an own
 * property. What is not safe is the code that walks the result afterwards: a key or a path named
 * `__proto__`, `constructor` or `prototype`, followed with `target[key]`, leaves the data and
 * reaches the page's own objects (a backup once deleted `Array.prototype.includes` that way). So
 * such keys are refused wherever they appear, before any other code sees the data; strings and
 * nesting are bounded too, since later steps (checks, IndexedDB's copy) recurse and allocate.
 */

/** Keys that lead from data into the objects every page shares. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}

export type JsonPath = ReadonlyArray<string | number>;

export type JsonFlaw =
  { path: JsonPath; flaw: 'forbiddenKey'; key: string } | { path: JsonPath; flaw: 'tooLong'; length: number } | { path: JsonPath; flaw: 'tooDeep' };

export interface JsonBounds {
  /** Longest string (value or key). */
  textLength: number;
  /** Deepest nesting of objects and arrays below the top. */
  depth: number;
}

/** An object as JSON.parse makes it: not an array, not a class instance, nothing borrowed. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

interface Step {
  value: unknown;
  key: string | number | undefined;
  parent: Step | undefined;
  depth: number;
}

function pathOf(step: Step): JsonPath {
  const path: Array<string | number> = [];
  for (let at: Step | undefined = step; at?.key !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * Reports every flaw of parsed JSON: forbidden keys, over-long strings, nesting past the bound.
 * Only own keys of plain objects and items of arrays are followed; the walk keeps its own stack,
 * so no nesting can overflow the call stack.
 */
export function jsonFlaws(root: unknown, bounds: JsonBounds, report: (flaw: JsonFlaw) => void): void {
  const stack: Step[] = [{ value: root, key: undefined, parent: undefined, depth: 0 }];
  for (let step = stack.pop(); step; step = stack.pop()) {
    const { value, depth } = step;
    if (typeof value === 'string') {
      if (value.length > bounds.textLength) report({ path: pathOf(step), flaw: 'tooLong', length: value.length });
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= bounds.depth) {
      report({ path: pathOf(step), flaw: 'tooDeep' });
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: i, parent: step, depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      const child: Step = { value: undefined, key, parent: step, depth: depth + 1 };
      if (isForbiddenKey(key)) report({ path: pathOf(child), flaw: 'forbiddenKey', key });
      else if (key.length > bounds.textLength) report({ path: pathOf(child), flaw: 'tooLong', length: key.length });
      else stack.push({ ...child, value: (value as Record<string, unknown>)[key] });
    }
  }
}

/** What is wrong with a type annotation of a dexie-export-import row. */
export type TypeFlaw = { flaw: 'typePath'; path: string } | { flaw: 'type'; path: string; type: string };

/**
 * A row as dexie-export-import wrote it, with its `$types` annotations applied: a property that was
 * `undefined` (written as a placeholder) is removed, an array marked `arrayNonindexKeys` is kept as
 * it is. Each annotated path must lead, through own properties only, to a field the row has; any
 * other path or type is a flaw and the row is not touched further. The row must be flaw-free JSON
 * (see `jsonFlaws`); it is changed in place.
 */
export function applyTypeAnnotations(row: Record<string, unknown>): TypeFlaw | undefined {
  if (!Object.hasOwn(row, '$types')) return undefined;
  const types = row.$types;
  delete row.$types;
  if (!isPlainObject(types)) return { flaw: 'type', path: '$types', type: typeof types };
  for (const [path, type] of Object.entries(types)) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    let target: unknown = row;
    for (const key of keys) {
      if (isForbiddenKey(key) || !(isPlainObject(target) || Array.isArray(target)) || !Object.hasOwn(target, key)) return { flaw: 'typePath', path };
      target = (target as Record<string, unknown>)[key];
    }
    if (isForbiddenKey(last) || !isPlainObject(target) || !Object.hasOwn(target, last)) return { flaw: 'typePath', path };
    if (type === 'undef' || type === 'undefined') delete target[last];
    else if (type !== 'arrayNonindexKeys' || !Array.isArray(target[last])) return { flaw: 'type', path, type: String(type) };
  }
  return undefined;
}
