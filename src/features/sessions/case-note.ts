import {
  coveredErrors,
  guideProperties,
  guideVersion,
  knownIssuesWikiUrl,
} from '../../../content/extension-failures/guide';
import { replay, type Replay } from '../../machine/replay';
import type { StepMeta } from '../../machine/step-meta';
import { stepById, steps } from '../../machine/steps';
import { answerLabel } from '../guide/explain/answer-labels';
import { desktopHeapRuledOut } from '../guide/explain/desktop-heap-verdict';
import { knownIssuesReason } from '../guide/explain/known-issues-reason';
import { stepHref } from '../guide/links/guide-href';
import type { AnsweredStep } from '../guide/links/resolve-step';
import type { CaseSession } from './session-record';

/**
 * A case note to paste into a support case record: what was checked, what was found, what was
 * done, and what is left, for a reader who has never seen the guide. Everything is read off the
 * machine and the session; the checklists' texts come in `checklistItems` (generated from the
 * content pages, which a pure module cannot read).
 */

export interface ChecklistContent {
  /** The step whose content page holds the `<Checklist>`. */
  stepId: string;
  /** A short name for the list ("Remediation"). */
  title: string;
  /** Whether the page shows it numbered. */
  ordered: boolean;
  /** In page order; `id` is the 1-based index as a string, `text` plain text (no Markdown). */
  items: readonly { id: string; text: string }[];
}

/** Checklist id → its content. */
export type ChecklistCatalog = Readonly<Record<string, ChecklistContent>>;

export interface CaseNoteOptions {
  includeNotes: boolean;
  /** The site's origin, e.g. `https://wizard.example`: links are `origin` + path. */
  origin: string;
  checklistItems: ChecklistCatalog;
}

/** A run of inline text: plain, or a code span in Markdown (error codes, DLLs, paths). */
type Inline = string | { code: string } | { link: string; text: string };
type Block =
  | {
      kind: 'line';
      depth: 0 | 1;
      bullet: boolean;
      /** A checklist item: `false` not done, else the ISO time it was done. */
      check?: string | false;
      inline: Inline[];
    }
  | { kind: 'verbatim'; text: string };
interface Section {
  heading?: string;
  blocks: Block[];
}

const knownIssuesId = 'known-issues';
const desktopHeapCauseId = 'cause-desktop-heap';

/** Error names, HRESULTs, DLL names and Windows paths read best as code in Markdown. */
const codePattern = new RegExp(
  `(${[...coveredErrors, String.raw`0x[0-9A-Fa-f]{8}`, String.raw`\b[\w.-]+\.dll\b`, String.raw`[A-Za-z]:\\[^\s()]*[^\s.,;:()]`].join('|')})`,
);

function inline(text: string): Inline[] {
  return text
    .split(codePattern)
    .map((part, i) => (i % 2 === 1 ? { code: part } : part))
    .filter((part) => part !== '');
}

const line = (inlineParts: Inline[], depth: 0 | 1 = 0, bullet = true): Block => ({
  kind: 'line',
  depth,
  bullet,
  inline: inlineParts,
});

/** `YYYY-MM-DD HH:MM UTC`, or the text as it is when it is not a time. */
export function formatTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function answeredSteps(walk: Replay, answers: CaseSession['answers']): AnsweredStep[] {
  return walk.trail
    .filter((s) => walk.used.includes(s.id))
    .map((s) => ({ step: s, value: answers[s.id]! }));
}

/** When the current answer to a step was given: the latest timeline entry with that value. */
function answeredAt(session: CaseSession, stepId: string, value: string): string | undefined {
  return session.timeline.findLast((e) => e.stepId === stepId && e.value === value)?.at;
}

function stepTitle(id: string): string {
  return stepById(id)?.shortTitle ?? id;
}

function pathSection(session: CaseSession, history: readonly AnsweredStep[]): Section {
  const blocks = history.map(({ step, value }) => {
    const at = answeredAt(session, step.id, value);
    return line([
      `${step.shortTitle}: `,
      ...inline(answerLabel(step, value)),
      at ? ` (answered ${formatTime(at)})` : '',
    ]);
  });
  return { heading: 'Path taken', blocks: blocks.length ? blocks : [line(['No answers yet'])] };
}

function notesSection(session: CaseSession, trail: readonly StepMeta[]): Section | undefined {
  const order = [...trail.map((s) => s.id), ...steps.map((s) => s.id)];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const ids = Object.keys(session.notes)
    .filter((id) => session.notes[id]!.text.trim() !== '')
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  if (ids.length === 0) return undefined;
  return {
    heading: 'Evidence noted',
    blocks: ids.flatMap((id) => {
      const note = session.notes[id]!;
      return [
        line([`${stepTitle(id)} (noted ${formatTime(note.updatedAt)}):`]),
        { kind: 'verbatim', text: note.text.trim() } as const,
      ];
    }),
  };
}

function causeSection(walk: Replay, history: readonly AnsweredStep[]): Section {
  const cause = walk.trail.find((s) => s.kind === 'cause');
  const last = walk.trail.at(-1)!;
  const blocks: Block[] = [];
  if (cause) blocks.push(line(inline(cause.title)));
  else if (last.id !== knownIssuesId) blocks.push(line(['Not identified yet']));
  else blocks.push(line(['None of the known causes matched']));
  if (last.id === knownIssuesId) {
    const reason = knownIssuesReason(history);
    if (reason) blocks.push(line(inline(reason)));
  }
  const verdict = desktopHeapRuledOut(walk.snapshot.context);
  if (verdict) {
    const name = stepById(desktopHeapCauseId)?.title ?? 'Cause 1';
    blocks.push(
      line([
        `Ruled out ${name}: it applies only when its three symptoms hold together, and ${verdict.held} of 3 hold:`,
      ]),
      ...verdict.symptoms.map((s) => line([`${s.label}: `, ...inline(s.detail)], 1)),
    );
  }
  return { heading: 'Cause identified', blocks };
}

function checklistBlocks(id: string, session: CaseSession, catalog: ChecklistCatalog): Block[] {
  const checked = session.checklists[id] ?? {};
  const content = catalog[id];
  const items =
    content?.items ??
    Object.keys(checked).map((itemId) => ({ id: itemId, text: `Item ${itemId}` }));
  const done = items.filter((item) => checked[item.id] !== undefined).length;
  const where = content ? `${stepTitle(content.stepId)}, ${content.title}` : `Checklist ${id}`;
  return [
    line([`${where} (${done} of ${items.length} done):`], 0, false),
    ...items.map((item): Block => {
      const at = checked[item.id];
      const number = content?.ordered ? `${item.id}. ` : '';
      return {
        kind: 'line',
        depth: 0,
        bullet: true,
        check: at ?? false,
        inline: inline(`${number}${item.text}`),
      };
    }),
  ];
}

function remediationSection(
  session: CaseSession,
  cause: StepMeta | undefined,
  ended: boolean,
  catalog: ChecklistCatalog,
): Section {
  const own = Object.keys(catalog).filter((id) => cause && catalog[id]!.stepId === cause.id);
  const stepRank = (id: string) => {
    const index = steps.findIndex((s) => s.id === catalog[id]?.stepId);
    return index === -1 ? steps.length : index;
  };
  const others = Object.keys(session.checklists)
    .filter((id) => !own.includes(id) && Object.keys(session.checklists[id]!).length > 0)
    .sort((a, b) => stepRank(a) - stepRank(b) || a.localeCompare(b));
  const blocks: Block[] = [];
  if (!cause && ended) blocks.push(line(['None: no known cause matched']));
  else if (!cause) blocks.push(line(['None yet: no cause identified']));
  else if (own.length === 0) blocks.push(line(['The remediation checklist is not available']));
  own.forEach((id) => blocks.push(...checklistBlocks(id, session, catalog)));
  if (others.length > 0) blocks.push(line(['Other checklists with checked items:'], 0, false));
  others.forEach((id) => blocks.push(...checklistBlocks(id, session, catalog)));
  return { heading: 'Remediation steps', blocks };
}

function nextSteps(walk: Replay, history: readonly AnsweredStep[]): Block[] {
  const last = walk.trail.at(-1)!;
  const cause = walk.trail.find((s) => s.kind === 'cause');
  const retried = history.some((h) => h.step.phase === 'outcome');
  if (last.id === knownIssuesId) {
    return [
      line([
        'Review the other known issues: ',
        { link: knownIssuesWikiUrl, text: knownIssuesWikiUrl },
      ]),
    ];
  }
  if (last.kind === 'end') return [line(['None: the backup succeeds'])];
  const blocks: Block[] = [];
  if (cause && !retried)
    blocks.push(line(['Apply the remediation, retry the backup and record the result']));
  if (last.kind === 'question' || last.kind === 'instruction') {
    blocks.push(line(['Continue at: ', ...inline(last.title)]));
  }
  return blocks;
}

/** The note's content, shared by both renderings. */
function caseNoteSections(session: CaseSession, options: CaseNoteOptions): Section[] {
  const walk = replay(session.answers);
  const history = answeredSteps(walk, session.answers);
  const cause = walk.trail.find((s) => s.kind === 'cause');
  const last = walk.trail.at(-1)!;
  const outcome = history.find((h) => h.step.phase === 'outcome');
  const usedAnswers = Object.fromEntries(history.map((h) => [h.step.id, h.value]));
  const url = `${options.origin.replace(/\/+$/, '')}${stepHref(last, usedAnswers)}`;
  const title = singleLine(guideProperties.pageTitle) || coveredErrors.join(' ');

  const sections: (Section | undefined)[] = [
    {
      blocks: [
        line(
          [
            ...inline(title),
            ` (TSG article id ${guideProperties.articleId}, guide version ${guideVersion})`,
          ],
          0,
          false,
        ),
        line(['Case note from the guided troubleshooting wizard for this TSG.'], 0, false),
      ],
    },
    {
      blocks: [
        line(
          [`Case number: ${session.caseNumber ? singleLine(session.caseNumber) : 'not recorded'}`],
          0,
          false,
        ),
        ...(session.label ? [line([`Label: ${singleLine(session.label)}`], 0, false)] : []),
        line([`Last updated: ${formatTime(session.updatedAt)}`], 0, false),
      ],
    },
    pathSection(session, history),
    options.includeNotes ? notesSection(session, walk.trail) : undefined,
    causeSection(walk, history),
    remediationSection(session, cause, last.kind === 'end', options.checklistItems),
    {
      heading: 'Outcome of the retried backup',
      blocks: [
        line(
          outcome
            ? inline(answerLabel(outcome.step, outcome.value))
            : [
                cause || last.kind !== 'end'
                  ? 'Not known yet'
                  : 'Not retried: no known cause matched, so no remediation was applied',
              ],
        ),
      ],
    },
    { heading: 'Next steps', blocks: nextSteps(walk, history) },
    {
      heading: 'Link to the current step',
      blocks: [line([{ link: url, text: last.title }], 0, false)],
    },
  ];
  return sections.filter((s): s is Section => s !== undefined);
}

function renderText(sections: readonly Section[]): string {
  const text = (parts: Inline[]) =>
    parts.map((p) => (typeof p === 'string' ? p : 'code' in p ? p.code : p.link)).join('');
  const block = (b: Block): string => {
    if (b.kind === 'verbatim')
      return b.text
        .split('\n')
        .map((l) => `    ${l}`.trimEnd())
        .join('\n');
    const mark =
      b.check === undefined ? '' : b.check ? `[done ${formatTime(b.check)}] ` : '[not done] ';
    return `${'  '.repeat(b.depth)}${b.bullet ? '- ' : ''}${mark}${text(b.inline)}`;
  };
  return `${sections
    .map((s) => [...(s.heading ? [s.heading] : []), ...s.blocks.map(block)].join('\n'))
    .join('\n\n')}\n`;
}

/** Escapes what CommonMark would read as formatting; intraword `_` and lone `\` stay as they are. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\')
    .replace(/[`*[\]<~]/g, '\\$&')
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_');
}

function codeSpan(code: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return longest > 0 ? `${fence} ${code} ${fence}` : `${fence}${code}${fence}`;
}

function renderMarkdown(sections: readonly Section[]): string {
  const md = (parts: Inline[]) =>
    parts
      .map((p) =>
        typeof p === 'string'
          ? escapeMarkdown(p)
          : 'code' in p
            ? codeSpan(p.code)
            : p.text === p.link
              ? `<${p.link}>`
              : `[${escapeMarkdown(p.text)}](${p.link})`,
      )
      .join('');
  const block = (b: Block): string => {
    if (b.kind === 'verbatim') {
      const longest = Math.max(2, ...(b.text.match(/`+/g) ?? []).map((run) => run.length));
      const fence = '`'.repeat(longest + 1);
      return ['', `${fence}text`, ...b.text.split('\n'), fence, '']
        .map((l) => (l ? `  ${l}` : l))
        .join('\n');
    }
    const mark = b.check === undefined ? '' : b.check ? '[x] ' : '[ ] ';
    const done = b.check ? ` (done ${formatTime(b.check)})` : '';
    // A line starting "1." would itself become a numbered list.
    const content = mark
      ? `${mark}${md(b.inline)}${done}`
      : md(b.inline).replace(/^(\d+)\./, '$1\\.');
    return b.bullet ? `${'  '.repeat(b.depth)}- ${content}` : `\n${content}\n`;
  };
  return `${sections
    .map((s) => [...(s.heading ? [`## ${s.heading}`, ''] : []), ...s.blocks.map(block)].join('\n'))
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

export function buildCaseNote(
  session: CaseSession,
  options: CaseNoteOptions,
): { text: string; markdown: string } {
  const sections = caseNoteSections(session, options);
  return { text: renderText(sections), markdown: renderMarkdown(sections) };
}
