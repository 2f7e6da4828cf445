/**
 * The step path a URL path names below a guide's base path: `'collect/asc'` for
 * `/extension-failures/collect/asc`, `''` for the base itself, `undefined` when the path is not
 * under that base. Read as a static host reads it, so the app shows what the host served:
 * percent-encoding decoded (`collect%2Fasc` is `collect/asc`), repeated and trailing slashes and
 * a final `/index.html` (a prerendered page's own file) dropped, the base matched in any case (as
 * the router matches it). What is left must name a step exactly; a path that cannot be decoded is
 * kept as it is (and names no step).
 */
export function stepPathBelow(basePath: string, pathname: string): string | undefined {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // A bad percent-encoding: no step has it in its path.
  }
  const trimmed = decoded
    .replace(/\/{2,}/g, '/')
    .replace(/\/+$/, '')
    .replace(/\/index\.html$/, '');
  const base = basePath.toLowerCase();
  const lower = trimmed.toLowerCase();
  if (lower === base) return '';
  if (!lower.startsWith(`${base}/`)) return undefined;
  return trimmed.slice(basePath.length + 1);
}

/**
 * The guide (of `basePaths`) a URL path is in, and the step path below its base; the longest
 * base wins, should one guide's base be inside another's.
 */
export function findGuideBase(
  basePaths: readonly string[],
  pathname: string,
): { basePath: string; rest: string } | undefined {
  let found: { basePath: string; rest: string } | undefined;
  for (const basePath of basePaths) {
    const rest = stepPathBelow(basePath, pathname);
    if (rest !== undefined && (!found || basePath.length > found.basePath.length)) {
      found = { basePath, rest };
    }
  }
  return found;
}
