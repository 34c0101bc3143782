// Python's private name mangling: inside a class named `_Account`, an identifier `__balance`
// (two leading underscores, not two trailing ones) stands for `_Account__balance`.

/** The class name that prefixes private names: without its leading underscores; null if none remain. */
export function manglingPrefix(className: string): string | null {
  const stripped = className.replace(/^_+/, '');
  return stripped === '' ? null : stripped;
}

/** `name` as written inside a class whose prefix is `prefix` (see manglingPrefix). */
export function mangle(prefix: string | null, name: string): string {
  if (prefix === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) {
    return name;
  }
  return `_${prefix}${name}`;
}
