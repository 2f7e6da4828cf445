import type { GuideManifest, GuideSearchTerms } from '../../machine/guide-definition';
import type { StepKind, StepMeta } from '../../machine/step-meta';
import {
  canonicalTerm,
  hasInnerCapital,
  tokenizeText,
  wordSequence,
  type TextToken,
} from './search-tokens';

/**
 * What the search index knows of one step: what the step shows (its titles, the text of its
 * page, its answer options), the codes its page states, and the other names its guide gives
 * for what it says (`search-terms.yml`). Built at build time from the rendered pages.
 */
export interface SearchDocument {
  /** `<guide id>/<step id>`. */
  id: string;
  guideId: string;
  guideTitle: string;
  stepId: string;
  kind: StepKind;
  /** The step's own link, without answers: its reference view. */
  href: string;
  title: string;
  shortTitle: string;
  /** The page's text, block by block (paragraphs, list items, lines of code). */
  blocks: readonly string[];
  /** The answer options' labels (and the question's prompt), as the step shows them. */
  answerLabels: readonly string[];
  /** The codes the page states: error names, HRESULTs, event ids, file and registry names. */
  codes: string;
  /** The guide's other names for what the step says (its search terms). */
  aliases: string;
  /** Indexed, not stored: `blocks` and `answerLabels` as text. */
  text: string;
  answers: string;
  /** The guide's search-term groups that apply to the step (to highlight what an alias found). */
  aliasGroups: GuideSearchTerms;
}

/** One step of a guide, with the text its page renders. */
export interface StepText {
  step: StepMeta;
  href: string;
  blocks: readonly string[];
}

export interface GuideText {
  manifest: GuideManifest;
  steps: readonly StepText[];
  searchTerms?: GuideSearchTerms;
}

const hresult = /^(?:0x)?[0-9a-f]{8}$/i;
const timestamp = /^\d{4}-\d{2}-\d{2}/;

/** A token that names something exactly: an HRESULT, a file or registry name, an error name. */
function isCodeToken(token: TextToken, errorNames: ReadonlySet<string>): boolean {
  if (errorNames.has(token.term)) return true;
  if (hresult.test(token.raw) && /\d/.test(token.raw)) return true;
  if (!token.code || timestamp.test(token.raw)) return false;
  return (
    (token.raw.match(/\p{L}/gu)?.length ?? 0) >= 2 &&
    (/\p{N}/u.test(token.raw) || hasInnerCapital(token.raw) || /[._]/.test(token.raw))
  );
}

/** An event id: a number written right after "Event" or "Event ID". */
function isEventId(tokens: readonly TextToken[], i: number): boolean {
  if (!/^\p{N}{3,6}$/u.test(tokens[i]!.raw)) return false;
  const before = tokens[i - 1]?.term;
  return before === 'event' || (before === 'id' && tokens[i - 2]?.term === 'event');
}

/** The codes a page states, each once, as first written. */
export function statedCodes(blocks: readonly string[], errorNames: readonly string[]): string[] {
  const names = new Set(errorNames.map(canonicalTerm));
  const codes = new Map<string, string>();
  for (const block of blocks) {
    const tokens = tokenizeText(block);
    tokens.forEach((token, i) => {
      if ((isCodeToken(token, names) || isEventId(tokens, i)) && !codes.has(token.term)) {
        codes.set(token.term, token.raw);
      }
    });
  }
  return [...codes.values()];
}

function containsSequence(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((w, j) => words[i + j] === w)) return true;
  }
  return false;
}

/** The guide's search-term groups that a step's words contain (any term of the group). */
export function matchingGroups(
  words: readonly string[],
  searchTerms: GuideSearchTerms,
): GuideSearchTerms {
  return searchTerms.filter((group) =>
    group.some((term) => containsSequence(words, wordSequence(term))),
  );
}

function answerLabelsOf(step: StepMeta): string[] {
  const answer = step.answer;
  if (!answer || step.kind === 'start') return [];
  const options = answer.type === 'multiple' ? [...answer.options, answer.none] : answer.options;
  return [
    ...(answer.type === 'single' && answer.prompt ? [answer.prompt] : []),
    ...options.flatMap((o) => (o.hint ? [o.label, o.hint] : [o.label])),
  ];
}

/** The search index's documents for the guides: one per step. */
export function buildSearchDocuments(guides: readonly GuideText[]): SearchDocument[] {
  return guides.flatMap(({ manifest, steps, searchTerms = [] }) =>
    steps.map(({ step, href, blocks }) => {
      const answerLabels = answerLabelsOf(step);
      const words = wordSequence(
        [step.title, step.shortTitle, ...blocks, ...answerLabels].join('\n'),
      );
      const groups = matchingGroups(words, searchTerms);
      return {
        id: `${manifest.id}/${step.id}`,
        guideId: manifest.id,
        guideTitle: manifest.title,
        stepId: step.id,
        kind: step.kind,
        href,
        title: step.title,
        shortTitle: step.shortTitle,
        blocks,
        answerLabels,
        codes: statedCodes([...blocks, ...answerLabels], manifest.errors).join(' '),
        aliases: groups.flat().join('\n'),
        text: blocks.join('\n'),
        answers: answerLabels.join('\n'),
        aliasGroups: groups,
      };
    }),
  );
}
