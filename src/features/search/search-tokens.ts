/**
 * How text is cut into search terms, the same way for the guides' content (at build time) and
 * for what an engineer types or pastes. Built for what engineers paste: error names
 * (`ExtensionInstallationFailedMDTC`), HRESULTs (`0x80110401`, also written `80110401`), event
 * ids (`4689`), registry keys and values (`HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\BcdrAgent`,
 * `IsProviderInstalled`), file names (`msvcr120.dll`, `WaAppAgent.log`, `vcredist2013_x64`),
 * commands (`REG ADD`) and plain words.
 *
 * A token is a run of letters and digits, joined by `.`, `_` or `-` (`msvcr120.dll`,
 * `HKEY_LOCAL_MACHINE`); anything else separates tokens (spaces, `\`, `/`, `>`, `:`, quotes).
 * Each token gives its whole term and its parts: the pieces between `.`, `_` and `-`, and the
 * words of a camel-case name (`IsProviderInstalled` → `provider`, `installed`), so the content is
 * found by the whole name or by a part of it.
 */

/** A term and where it is in the text it was read from. */
export interface TermSpan {
  term: string;
  start: number;
  end: number;
}

export interface TextToken extends TermSpan {
  /** The token as written. */
  raw: string;
  /** Its parts, when it has more than one (each also a term); never the whole term itself. */
  parts: readonly TermSpan[];
  /**
   * Written like a code rather than a word (a digit, a `.`, `_` or `-` inside, an inner capital,
   * or all capitals): searched for exactly, never by prefix or by a near spelling.
   */
  code: boolean;
}

const tokenPattern = /[\p{L}\p{N}\p{M}]+(?:[._-]+[\p{L}\p{N}\p{M}]+)*/gu;
const segmentPattern = /[\p{L}\p{N}\p{M}]+/gu;
const hexCode = /^0x([0-9a-f]+)$/;

/** Words too common to search for. */
const stopWords = new Set(
  'a an and are as at be by do for from has have if in into is it its of on or so than that the then there these this those to was were when which while will with you your'.split(
    ' ',
  ),
);

/**
 * The term a piece of text is searched by: without accents or letter case, its compatibility
 * forms folded (full-width digits), and an HRESULT without its `0x` (so `0x80110401` and
 * `80110401` are one term).
 */
export function canonicalTerm(raw: string): string {
  const folded = raw
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  const hex = hexCode.exec(folded);
  return hex ? hex[1]! : folded;
}

const isUpper = (c: string | undefined) => c !== undefined && /\p{Lu}/u.test(c);
const isLower = (c: string | undefined) => c !== undefined && /\p{Ll}/u.test(c);
const isDigit = (c: string | undefined) => c !== undefined && /\p{N}/u.test(c);

/** Where a camel-case segment splits: `IsProvider|Installed`, `COM|Exception`, `BCDR|Agent`. */
function camelPieces(segment: string, offset: number): TermSpan[] {
  const chars = [...segment];
  const pieces: TermSpan[] = [];
  let start = 0;
  let position = 0;
  chars.forEach((c, i) => {
    const previous = chars[i - 1];
    const boundary =
      i > 0 &&
      isUpper(c) &&
      (isLower(previous) || isDigit(previous) || (isUpper(previous) && isLower(chars[i + 1])));
    if (boundary) {
      pieces.push({ term: segment.slice(start, position), start, end: position });
      start = position;
    }
    position += c.length;
  });
  pieces.push({ term: segment.slice(start), start, end: segment.length });
  return pieces.map((p) => ({
    term: canonicalTerm(p.term),
    start: offset + p.start,
    end: offset + p.end,
  }));
}

const searchable = (term: string) => term.length >= 2 && !stopWords.has(term);

/** The parts of a token: its `.`/`_`/`-` segments and their camel-case words, searchable ones. */
function partsOf(raw: string, start: number, whole: string): TermSpan[] {
  if (hexCode.test(raw.toLowerCase())) return [];
  const parts: TermSpan[] = [];
  const segments = [...raw.matchAll(segmentPattern)];
  for (const match of segments) {
    const segmentStart = start + match.index;
    if (segments.length > 1) {
      parts.push({
        term: canonicalTerm(match[0]),
        start: segmentStart,
        end: segmentStart + match[0].length,
      });
    }
    const pieces = camelPieces(match[0], segmentStart);
    if (pieces.length > 1) parts.push(...pieces);
  }
  const seen = new Set([whole]);
  return parts.filter((p) => {
    if (!searchable(p.term) || seen.has(p.term)) return false;
    seen.add(p.term);
    return true;
  });
}

/** Mixed case with a capital inside: `IsProviderInstalled`, `BCDRAgent`, `WaAppAgent`. */
export function hasInnerCapital(raw: string): boolean {
  return /.\p{Lu}/u.test(raw) && /\p{Ll}/u.test(raw);
}

function looksLikeCode(raw: string): boolean {
  return (
    /\p{N}/u.test(raw) || /[._-]/.test(raw) || hasInnerCapital(raw) || /^\p{Lu}{2,}$/u.test(raw)
  );
}

/** Every searchable token of a text, in order, with where it is. */
export function tokenizeText(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    const raw = match[0];
    const term = canonicalTerm(raw);
    const parts = partsOf(raw, match.index, term);
    // A stop word or a single character is dropped, unless its parts are worth keeping.
    if (!searchable(term) && parts.length === 0) continue;
    tokens.push({
      raw,
      term,
      start: match.index,
      end: match.index + raw.length,
      parts,
      code: looksLikeCode(raw),
    });
  }
  return tokens;
}

/** The terms a text is indexed by: each token's whole term, then its parts. */
export function indexTerms(text: string): string[] {
  return tokenizeText(text).flatMap((t) => [
    ...(searchable(t.term) ? [t.term] : []),
    ...t.parts.map((p) => p.term),
  ]);
}

/**
 * The words of a text in reading order, with where they are: a name's parts in place of the
 * name (`ExtensionInstallationFailedMDTC` → extension installation failed mdtc). Used to find a
 * phrase in a text whatever its spelling.
 */
export function wordSpans(text: string): TermSpan[] {
  return tokenizeText(text).flatMap((t) => {
    const leaves = t.parts.filter(
      (p) => !t.parts.some((q) => q !== p && q.start >= p.start && q.end <= p.end),
    );
    return leaves.length > 0 ? leaves : [{ term: t.term, start: t.start, end: t.end }];
  });
}

/** The words of a text in reading order (see `wordSpans`). */
export function wordSequence(text: string): string[] {
  return wordSpans(text).map((w) => w.term);
}
