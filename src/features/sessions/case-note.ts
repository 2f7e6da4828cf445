import { guideWords } from '../../machine/guide-definition';
import { answerLabel } from '../../machine/answer-labels';
import type { GuideModel } from '../../machine/guide-model';
import type { AnsweredStep } from '../../machine/guide-snapshot';
import { replay, type Replay } from '../../machine/replay';
import type { ChecklistCatalog } from '../guide/content/checklist-catalog';
import { stepHref } from '../guide/links/guide-href';
import type { CaseSession, KeptEvidence } from './session-record';

/**
 * A case note to paste into a support case record: what was checked, what was found, what was
 * done, and what is left, for a reader who has never seen the guide. Everything is read off the
 * guide's machine and the session; the checklists' texts come in `checklistItems` (read from the
 * guide's content pages by `loadChecklistCatalog`).
 */

/**
 * Something kept as evidence, as the note shows it: what it supports, where it was found, and
 * its text (a log line). The feature that kept it says so (`describeEvidence`).
 */
export interface EvidenceNote {
  label: string;
  where: string;
  text: string;
  /** Milliseconds since 1970, to order the evidence of a step by time. */
  time?: number;
}

export type DescribeEvidence = (evidence: KeptEvidence) => EvidenceNote | undefined;

export interface CaseNoteOptions {
  includeNotes: boolean;
  /** Whether the evidence kept in the session goes in (it does unless told otherwise). */
  includeEvidence?: boolean;
  /** How kept evidence reads; evidence it does not describe is named by its kind. */
  describeEvidence?: DescribeEvidence;
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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Error names, HRESULTs, DLL names and Windows paths read best as code in Markdown. */
function codePatternFor(guide: GuideModel): RegExp {
  return new RegExp(
    `(${[...guide.manifest.errors.map(escapeRegExp), String.raw`0x[0-9A-Fa-f]{8}`, String.raw`\b[\w.-]+\.dll\b`, String.raw`[A-Za-z]:\\[^\s()]*[^\s.,;:()]`].join('|')})`,
  );
}

/** Splits text into plain runs and code spans (see `codePatternFor`). */
type InlineText = (text: string) => Inline[];

function inlineWith(codePattern: RegExp): InlineText {
  return (text) =>
    text
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
function formatTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function answeredSteps(replayed: Replay, answers: CaseSession['answers']): AnsweredStep[] {
  return replayed.trail
    .filter((s) => replayed.used.includes(s.id))
    .map((s) => ({ step: s, value: answers[s.id]! }));
}

/** When the current answer to a step was given: the latest timeline entry with that value. */
function answeredAt(session: CaseSession, stepId: string, value: string): string | undefined {
  return session.timeline.findLast((e) => e.stepId === stepId && e.value === value)?.at;
}

/** What every section of one note is built from. */
interface NoteContext {
  guide: GuideModel;
  session: CaseSession;
  /** The replay of the session's answers through the guide's machine. */
  replayed: Replay;
  history: readonly AnsweredStep[];
  inline: InlineText;
  stepTitle(id: string): string;
}

function pathSection({ session, history, inline }: NoteContext): Section {
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

function notesSection({ guide, session, replayed, stepTitle }: NoteContext): Section | undefined {
  const order = [...replayed.trail.map((s) => s.id), ...guide.steps.map((s) => s.id)];
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

/** The evidence kept on each step (log lines, with where they were found), in the way's order. */
function evidenceSection(
  { guide, session, replayed, inline, stepTitle }: NoteContext,
  describe: DescribeEvidence | undefined,
): Section | undefined {
  const order = [...replayed.trail.map((s) => s.id), ...guide.steps.map((s) => s.id)];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const items = Object.values(session.evidence ?? {}).map((kept) => ({
    kept,
    note: describe?.(kept) ?? { label: `Kept as ${kept.kind}`, where: '', text: '' },
  }));
  if (items.length === 0) return undefined;
  items.sort(
    (a, b) =>
      rank(a.kept.stepId) - rank(b.kept.stepId) ||
      (a.note.time ?? Infinity) - (b.note.time ?? Infinity) ||
      a.note.where.localeCompare(b.note.where) ||
      a.kept.at.localeCompare(b.kept.at),
  );
  return {
    heading: 'Evidence',
    blocks: items.flatMap(({ kept, note }): Block[] => [
      line([`${stepTitle(kept.stepId)}: `, ...inline(note.label)]),
      line(
        [
          note.where
            ? `${note.where} (kept ${formatTime(kept.at)})`
            : `Kept ${formatTime(kept.at)}`,
        ],
        1,
      ),
      ...(note.text.trim() ? [{ kind: 'verbatim', text: note.text } as const] : []),
    ]),
  };
}

/** Whether the guide has cause steps (else the note has no cause section). */
const hasCauses = (guide: GuideModel) => guide.steps.some((s) => s.kind === 'cause');

/**
 * The cause found (or not) and what the guide says of it; in a guide without causes, only what
 * it says of where the replay ended, under "Findings" (left out when it says nothing).
 */
function causeSection({ guide, replayed, history, inline }: NoteContext): Section | undefined {
  const causes = hasCauses(guide);
  const cause = replayed.trail.find((s) => s.kind === 'cause');
  const last = replayed.trail.at(-1)!;
  const blocks: Block[] = [];
  if (causes) {
    const status = last.kind === 'end' ? 'None of the known causes matched' : 'Not identified yet';
    blocks.push(line(cause ? inline(cause.title) : [status]));
  }
  for (const notice of guide.notices({ step: last, snapshot: replayed.snapshot, history })) {
    if (notice.kind === 'reason') blocks.push(line(inline(notice.text)));
    else {
      blocks.push(
        line([notice.summary]),
        ...notice.checks.map((s) => line([`${s.label}: `, ...inline(s.detail)], 1)),
      );
    }
  }
  if (!causes) return blocks.length > 0 ? { heading: 'Findings', blocks } : undefined;
  return { heading: 'Cause identified', blocks };
}

function checklistBlocks(
  { session, inline, stepTitle }: NoteContext,
  id: string,
  catalog: ChecklistCatalog,
): Block[] {
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

/**
 * The cause's remediation checklist and the other checklists with checked items; in a guide
 * without causes, only those, under "Checklists" (left out when there are none).
 */
function remediationSection(note: NoteContext, catalog: ChecklistCatalog): Section | undefined {
  const { guide, session, replayed } = note;
  const causes = hasCauses(guide);
  const cause = replayed.trail.find((s) => s.kind === 'cause');
  const ended = replayed.trail.at(-1)!.kind === 'end';
  const own = Object.keys(catalog).filter((id) => cause && catalog[id]!.stepId === cause.id);
  const stepRank = (id: string) => {
    const index = guide.steps.findIndex((s) => s.id === catalog[id]?.stepId);
    return index === -1 ? guide.steps.length : index;
  };
  const others = Object.keys(session.checklists)
    .filter((id) => !own.includes(id) && Object.keys(session.checklists[id]!).length > 0)
    .sort((a, b) => stepRank(a) - stepRank(b) || a.localeCompare(b));
  const blocks: Block[] = [];
  if (!causes) {
    if (others.length === 0) return undefined;
    others.forEach((id) => blocks.push(...checklistBlocks(note, id, catalog)));
    return { heading: 'Checklists', blocks };
  }
  if (!cause && ended) blocks.push(line(['None: no known cause matched']));
  else if (!cause) blocks.push(line(['None yet: no cause identified']));
  else if (own.length === 0) blocks.push(line(['The remediation checklist is not available']));
  own.forEach((id) => blocks.push(...checklistBlocks(note, id, catalog)));
  if (others.length > 0) blocks.push(line(['Other checklists with checked items:'], 0, false));
  others.forEach((id) => blocks.push(...checklistBlocks(note, id, catalog)));
  return { heading: 'Remediation steps', blocks };
}

/** The answer that records the outcome (left out when the guide has no such question). */
function outcomeSection({ guide, replayed, history, inline }: NoteContext): Section | undefined {
  if (!guide.steps.some((s) => s.recordsOutcome)) return undefined;
  const cause = replayed.trail.find((s) => s.kind === 'cause');
  const last = replayed.trail.at(-1)!;
  const outcome = history.find((h) => h.step.recordsOutcome);
  const words = guideWords(guide.manifest);
  return {
    heading: words.outcome,
    blocks: [
      line(
        outcome
          ? inline(answerLabel(outcome.step, outcome.value))
          : [cause || last.kind !== 'end' ? 'Not known yet' : words.noOutcome],
      ),
    ],
  };
}

function nextStepsSection({ guide, replayed, history, inline }: NoteContext): Section {
  const last = replayed.trail.at(-1)!;
  const cause = replayed.trail.find((s) => s.kind === 'cause');
  const retried = history.some((h) => h.step.recordsOutcome);
  const blocks: Block[] = [];
  if (last.end) {
    const { next, link } = last.end;
    // "Review the other known issues: <link>": the link follows the words after a space.
    const words = link && !/\s$/.test(next) ? `${next} ` : next;
    blocks.push(line(link ? [words, { link, text: link }] : [next]));
  } else {
    if (cause && !retried) blocks.push(line([guideWords(guide.manifest).afterCause]));
    if (last.kind === 'question' || last.kind === 'instruction') {
      blocks.push(line(['Continue at: ', ...inline(last.title)]));
    }
  }
  return { heading: 'Next steps', blocks };
}

/** The note's content, shared by both renderings. */
function caseNoteSections(
  guide: GuideModel,
  session: CaseSession,
  options: CaseNoteOptions,
): Section[] {
  const replayed = replay(guide, session.answers);
  const history = answeredSteps(replayed, session.answers);
  const inline = inlineWith(codePatternFor(guide));
  const note: NoteContext = {
    guide,
    session,
    replayed,
    history,
    inline,
    stepTitle: (id) => guide.stepById(id)?.shortTitle ?? id,
  };
  const last = replayed.trail.at(-1)!;
  const usedAnswers = Object.fromEntries(history.map((h) => [h.step.id, h.value]));
  const url = `${options.origin.replace(/\/+$/, '')}${stepHref(guide, last, usedAnswers)}`;
  const { manifest } = guide;
  const title =
    singleLine(manifest.cards.flatMap((card) => card.pageTitle ?? []).join(' / ')) ||
    manifest.errors.join(' ');

  const sections: (Section | undefined)[] = [
    {
      blocks: [
        line(
          [
            ...inline(title),
            ` (TSG article id ${manifest.articleId}, guide version ${manifest.version})`,
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
    pathSection(note),
    options.includeEvidence === false ? undefined : evidenceSection(note, options.describeEvidence),
    options.includeNotes ? notesSection(note) : undefined,
    causeSection(note),
    remediationSection(note, options.checklistItems),
    outcomeSection(note),
    nextStepsSection(note),
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
  guide: GuideModel,
  session: CaseSession,
  options: CaseNoteOptions,
): { text: string; markdown: string } {
  const sections = caseNoteSections(guide, session, options);
  return { text: renderText(sections), markdown: renderMarkdown(sections) };
}
