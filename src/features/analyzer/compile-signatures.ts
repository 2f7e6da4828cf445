import {
  isEventMatch,
  type EventMatch,
  type GuideSignatures,
  type LogSource,
  type TextMatch,
  type TextPattern,
} from '../../machine/guide-signatures';

/**
 * A guide's signatures made ready to scan with: each pattern a regular expression, and a few
 * "anchor" expressions run over whole chunks of text to find the few places worth a closer look.
 * Structured-clone safe (plain objects and RegExps), so it can be built in a worker.
 */

export interface CompiledRule {
  id: string;
  kind: 'signature' | 'not-evidence';
  sources: readonly LogSource[];
  /** Events only: the event id that must match too. */
  eventId?: number;
  allOf: RegExp[];
  anyOf: RegExp[];
  noneOf: RegExp[];
  /** A record the rule matches holds one of these (see `anchorExpressions`). */
  anchors: Anchor[];
}

export interface CompiledSignatures {
  rules: CompiledRule[];
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern as a global regular expression: strings are literal and ignore case. */
export function patternRegExp(pattern: TextPattern): RegExp {
  if (typeof pattern === 'string') return new RegExp(escapeRegExp(pattern), 'gi');
  return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'g');
}

export interface Anchor {
  source: string;
  flags: string;
  /** The length of the literal text it stands for; 0 when it is not a plain literal. */
  literal: number;
}

function anchorOf(pattern: TextPattern): Anchor {
  if (typeof pattern === 'string') {
    return { source: escapeRegExp(pattern), flags: 'i', literal: pattern.length };
  }
  const flags = pattern.flags.replace(/[gy]/g, '');
  // A word boundary at either end does not stop the rest from being a plain literal.
  const source = pattern.source.replace(/^\\b/, '').replace(/\\b$/, '');
  const plain = /^(?:[^.*+?^${}()|[\]\\]|\\[.*+?^${}()|[\]\\/-])*$/.test(source);
  const length = source.replace(/\\(.)/g, '$1').length;
  return plain ? { source, flags, literal: length } : { source: pattern.source, flags, literal: 0 };
}

/** The anchors of a rule: one of them is in every record it matches. Picks the longest. */
function anchorsOf(match: TextMatch | EventMatch): Anchor[] {
  const options: Anchor[][] = (match.allOf ?? []).map((p) => [anchorOf(p)]);
  if (match.anyOf && match.anyOf.length > 0) options.push(match.anyOf.map(anchorOf));
  if (options.length === 0) {
    if (isEventMatch(match)) {
      return [{ source: String(match.eventId), flags: '', literal: String(match.eventId).length }];
    }
    throw new Error('A signature needs at least one pattern in allOf or anyOf, or an event id');
  }
  const score = (set: Anchor[]) => Math.min(...set.map((a) => a.literal));
  return options.reduce((best, set) => (score(set) > score(best) ? set : best));
}

/** Long plain literals, by flags, up to this many in one union. */
const maxUnion = 8;
/** Shorter literals (or any non-literal) get an expression of their own. */
const minUnionLiteral = 9;

/**
 * Global expressions, each a union of anchors, to find the records the rules may match. Several
 * short unions search faster than one long one (V8 skips ahead only when every alternative of a
 * union is long), so anchors are grouped.
 */
export function anchorExpressions(rules: readonly CompiledRule[]): RegExp[] {
  const anchors = rules.flatMap((r) => r.anchors);
  const unique = [...new Map(anchors.map((a) => [`${a.flags}/${a.source}`, a])).values()];
  const groups: RegExp[] = [];
  const unions = new Map<string, string[]>();
  for (const a of unique) {
    if (a.literal >= minUnionLiteral) {
      const list = unions.get(a.flags) ?? [];
      list.push(a.source);
      unions.set(a.flags, list);
    } else {
      groups.push(new RegExp(a.source, a.flags + 'g'));
    }
  }
  for (const [flags, sources] of unions) {
    for (let i = 0; i < sources.length; i += maxUnion) {
      groups.push(new RegExp(sources.slice(i, i + maxUnion).join('|'), flags + 'g'));
    }
  }
  return groups;
}

function compileRule(
  id: string,
  kind: CompiledRule['kind'],
  sources: readonly LogSource[],
  match: TextMatch | EventMatch,
): CompiledRule {
  return {
    id,
    kind,
    sources,
    eventId: isEventMatch(match) ? match.eventId : undefined,
    allOf: (match.allOf ?? []).map(patternRegExp),
    anyOf: (match.anyOf ?? []).map(patternRegExp),
    noneOf: (match.noneOf ?? []).map(patternRegExp),
    anchors: anchorsOf(match),
  };
}

export function compileSignatures(guide: GuideSignatures): CompiledSignatures {
  const ids = new Set<string>();
  for (const { id } of [...guide.signatures, ...guide.notEvidence]) {
    if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`Signature id "${id}" is not [a-z0-9-]+`);
    if (ids.has(id)) throw new Error(`Two signatures have the id "${id}"`);
    ids.add(id);
  }
  const rules = [
    ...guide.signatures.map((s) => compileRule(s.id, 'signature', s.sources, s.match)),
    ...guide.notEvidence.map((n) => compileRule(n.id, 'not-evidence', n.sources, n.match)),
  ];
  return { rules };
}

/** Where any anchor starts in `text` between `from` and `to`, in order. */
export function findAnchors(
  text: string,
  anchors: readonly RegExp[],
  from = 0,
  to = text.length,
): number[] {
  const positions: number[] = [];
  for (const re of anchors) {
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null && m.index < to) {
      positions.push(m.index);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  if (anchors.length > 1) positions.sort((a, b) => a - b);
  return positions;
}

export type MatchRange = readonly [start: number, end: number];

const maxRangesPerPattern = 8;

function rangesOf(re: RegExp, text: string): MatchRange[] {
  const ranges: MatchRange[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (ranges.length < maxRangesPerPattern && (m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

/** The rule's text match on `text`: where its patterns matched, or null when it does not match. */
export function matchRuleText(rule: CompiledRule, text: string): MatchRange[] | null {
  const ranges: MatchRange[] = [];
  for (const re of rule.allOf) {
    const found = rangesOf(re, text);
    if (found.length === 0) return null;
    ranges.push(...found);
  }
  if (rule.anyOf.length > 0) {
    let any = false;
    for (const re of rule.anyOf) {
      const found = rangesOf(re, text);
      if (found.length > 0) {
        any = true;
        ranges.push(...found);
      }
    }
    if (!any) return null;
  }
  for (const re of rule.noneOf) {
    re.lastIndex = 0;
    if (re.test(text)) return null;
  }
  return mergeRanges(ranges);
}

export function mergeRanges(ranges: readonly MatchRange[]): MatchRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
