/**
 * A value as JavaScript source for a generated module: JSON, but regular expressions stay
 * regular expressions (a guide's log signatures).
 */
export function moduleCode(value: unknown): string {
  if (value instanceof RegExp)
    return `new RegExp(${JSON.stringify(value.source)}, ${JSON.stringify(value.flags)})`;
  if (Array.isArray(value)) return `[${value.map(moduleCode).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${JSON.stringify(k)}:${moduleCode(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
