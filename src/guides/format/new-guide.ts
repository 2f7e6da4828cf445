import { stringify } from 'yaml';
import { todo } from './guide-source.ts';
import { readTsgCards, type TsgCard } from './tsg-cards.ts';

/**
 * `npm run new-guide`: a guide folder started from a TSG as received. The manifest from its
 * `<properties>`, a start page, one page per card (or, for a TSG of one card, per section), each
 * with the TSG's words, and an end page. What only an author can say (the question each step
 * asks, its options, where each leads) is left as `TODO`, which `npm run check:guides` lists.
 */

const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48)
    .replace(/-$/, '') || 'step';

/** A heading's text without the TSG's emphasis (`__Collect logs__`, `**Cause 1**`). */
const plainHeading = (text: string) =>
  text
    .replace(/[_*`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Markdown as MDX reads it: `<br>` self-closed (or dropped where it only spaces lines), braces escaped. */
function mdxSafe(markdown: string): string {
  return markdown
    .replace(/^[ \t]*<br\s*\/?>[ \t]*$/gim, '')
    .replace(/<br\s*>/gi, '<br />')
    .replace(/(?<!\\)([{}])/g, '\\$1')
    .replace(/\t/g, '    ')
    .trim();
}

interface Section {
  title: string;
  body: string;
}

/** A card's sections: split at its highest heading level below the title (`##`, `###`, …). */
function sectionsOf(card: TsgCard): Section[] {
  const body = card.body.replace(/^#\s.*$/m, '');
  const levels = [...body.matchAll(/^(#{2,6})\s+\S/gm)].map((m) => m[1]!.length);
  if (levels.length === 0) return [{ title: card.title, body }];
  const level = Math.min(...levels);
  const pattern = new RegExp(`^#{${level}}\\s+(.+)$`, 'gm');
  const heads = [...body.matchAll(pattern)];
  return heads.map((head, i) => ({
    title: plainHeading(head[1]!),
    body: body.slice(head.index + head[0].length, heads[i + 1]?.index ?? body.length),
  }));
}

const frontMatter = (value: object, body = '') =>
  `---\n${stringify(value, { lineWidth: 0, singleQuote: true })}---\n${body ? `\n${body}\n` : ''}`;

export function newGuide(
  tsg: string,
  today: string,
): { files: Record<string, string>; cards: number } {
  const cards = readTsgCards(tsg);
  if (cards.length === 0) throw new Error('the TSG has no <properties … /> block');
  const several = cards.length > 1;
  const first = cards[0]!.properties;
  const phases = several
    ? cards.map((card) => ({ id: slugOf(card.title), label: card.title }))
    : [{ id: 'troubleshoot', label: 'Troubleshoot' }];
  const steps = (
    several ? cards.map((card) => ({ title: card.title, body: card.body })) : sectionsOf(cards[0]!)
  ).map((section, i) => ({
    ...section,
    id: slugOf(section.title),
    phase: several ? phases[i]!.id : phases[0]!.id,
  }));
  const unique = new Set<string>();
  for (const step of steps) {
    let id = step.id;
    for (let n = 2; unique.has(id) || ['start', 'resolved'].includes(id); n++)
      id = `${step.id}-${n}`;
    unique.add(id);
    step.id = id;
  }

  const files: Record<string, string> = { 'tsg.txt': tsg };
  files['guide.md'] = frontMatter(
    {
      title: first.pageTitle ?? cards[0]!.title,
      summary: `${todo}: one sentence: what the guide is for`,
      version: 1,
      changelog: [{ version: 1, date: today, changes: 'First interactive version of the TSG.' }],
      errors: [`${todo}: the error names the TSG covers, as it writes them`],
      owner: { name: first.ownershipId || first.authors || `${todo}: who owns the TSG` },
      phases: [...phases, { id: 'outcome', label: 'Outcome' }],
      steps: ['start', ...steps.map((s) => s.id), 'resolved'],
    },
    `Started with \`npm run new-guide\` from ${several ? `a TSG of ${cards.length} cards` : 'a TSG'}. \`npm run check:guides -- <this folder>\` lists what is left to do.`,
  );
  files['pages/start.mdx'] = frontMatter(
    {
      title: first.pageTitle ?? cards[0]!.title,
      shortTitle: 'Start',
      kind: 'start',
      phase: phases[0]!.id,
      question: { type: 'none', button: 'Start', value: 'start', next: steps[0]?.id ?? 'resolved' },
    },
    `${todo}: say what this guide is for.\n\n<CoveredErrors />\n\n<GuideProperties />`,
  );
  for (const step of steps) {
    files[`pages/${step.id}.mdx`] = frontMatter(
      {
        title: step.title,
        kind: 'question',
        phase: step.phase,
        question: {
          type: 'one',
          options: [
            { value: 'answer-1', label: `${todo}: an answer`, next: `${todo}: where it leads` },
            {
              value: 'answer-2',
              label: `${todo}: another answer`,
              next: `${todo}: where it leads`,
            },
          ],
        },
      },
      mdxSafe(step.body),
    );
  }
  files['pages/resolved.mdx'] = frontMatter(
    {
      title: 'Resolved',
      kind: 'end',
      phase: 'outcome',
      end: { outcome: 'resolved', next: `${todo}: what the engineer does next` },
    },
    `${todo}: what the engineer records when the case is resolved.`,
  );
  return { files, cards: cards.length };
}
