import { tokenizeText, type TextToken } from './search-tokens';

/** What an engineer typed or pasted, read as a search (see `search-tokens.ts`). */

/** Longer queries are cut here (a pasted log line fits). */
export const maxQueryLength = 1000;
/** At most this many tokens are searched. */
export const maxQueryTokens = 32;

export interface ParsedQuery {
  /** The query as searched: control characters removed, spaces collapsed, cut to the limit. */
  text: string;
  /** Whether the query was longer than `maxQueryLength` characters or tokens. */
  shortened: boolean;
  tokens: readonly TextToken[];
}

export function parseQuery(raw: string): ParsedQuery {
  const cleaned = raw
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Cut at a character boundary, never inside a surrogate pair.
  const text = [...cleaned].slice(0, maxQueryLength).join('');
  const all = tokenizeText(text);
  const tokens = all.slice(0, maxQueryTokens);
  return { text, shortened: text.length < cleaned.length || tokens.length < all.length, tokens };
}
