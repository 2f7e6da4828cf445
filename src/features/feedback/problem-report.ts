/**
 * "Report a problem with this step": the report an engineer sends to a guide's owners, as plain
 * text to copy, or as a `mailto:` link. Pure: no server, no storage. What goes in is the guide's
 * and the step's identity, the step's link with the answers that led to it, those answers as
 * the screen labels them, the kind of problem and the engineer's comment. Never anything of a
 * case session (case number, label, notes): the report goes to people outside the case.
 */

export const problemKinds = [
  { value: 'incorrect', label: 'Incorrect', hint: 'It says something that is wrong.' },
  { value: 'outdated', label: 'Outdated', hint: 'A product, tool, path or link has changed.' },
  { value: 'unclear', label: 'Unclear', hint: 'It is hard to follow or to act on.' },
  {
    value: 'missing',
    label: 'Missing something',
    hint: 'A situation, a step or a detail it does not cover.',
  },
] as const;

export type ProblemKind = (typeof problemKinds)[number]['value'];

export function isProblemKind(value: unknown): value is ProblemKind {
  return problemKinds.some((k) => k.value === value);
}

export function problemKindLabel(kind: ProblemKind): string {
  return problemKinds.find((k) => k.value === kind)!.label;
}

/** The longest comment a report takes, in characters. */
export const maxCommentLength = 2000;

/** Characters as a reader counts them (an emoji is one). */
export function characterCount(text: string): number {
  return [...text].length;
}

export interface ProblemReport {
  guide: {
    title: string;
    articleId: string;
    version: number;
    owner: { name: string; email?: string };
  };
  step: { id: string; title: string };
  /** The step's shareable link: it opens the step with the answers that led to it. */
  url: string;
  /** The answers that led to the step, in order, as the screen labels them. */
  answers: readonly { question: string; answer: string }[];
  kind: ProblemKind;
  comment: string;
}

export type ReportProblem = 'no-kind' | 'no-comment' | 'comment-too-long';

/** What keeps a draft from being sent, in the order the form asks for it. */
export function reportProblems(draft: { kind?: ProblemKind; comment: string }): ReportProblem[] {
  const problems: ReportProblem[] = [];
  if (!draft.kind) problems.push('no-kind');
  if (draft.comment.trim() === '') problems.push('no-comment');
  else if (characterCount(draft.comment) > maxCommentLength) problems.push('comment-too-long');
  return problems;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function reportSubject(report: ProblemReport): string {
  return oneLine(
    `Guide feedback (${problemKindLabel(report.kind)}): ${report.step.title} · ${report.guide.title}, version ${report.guide.version}`,
  );
}

/** The report as plain text: what it is about first, the comment last. */
export function buildProblemReport(report: ProblemReport): string {
  const { guide, step } = report;
  const answers =
    report.answers.length > 0
      ? report.answers.map((a) => `- ${oneLine(a.question)}: ${oneLine(a.answer)}`)
      : ['- None: the step was opened on its own, as a reference.'];
  const comment = report.comment.replace(/\r\n?/g, '\n').trimEnd();
  return [
    `Problem report for a step of the guide "${oneLine(guide.title)}"`,
    `To: ${guide.owner.name}${guide.owner.email ? ` <${guide.owner.email}>` : ''}`,
    '',
    `Guide: ${oneLine(guide.title)}`,
    `TSG article id: ${guide.articleId}`,
    `Guide version: ${guide.version}`,
    `Step: ${oneLine(step.title)}`,
    `Step id: ${step.id}`,
    `Step link (with the answers below): ${report.url}`,
    'Answers that led to the step:',
    ...answers,
    '',
    `Problem: ${problemKindLabel(report.kind)}`,
    'Comment:',
    comment,
    '',
  ].join('\n');
}

/** Longest `mailto:` link made: mail programs and browsers cut or refuse longer ones. */
export const maxMailtoLength = 2000;

export const truncationNote =
  '[Shortened to fit in an e-mail link. Use "Copy report" on the step for the full text.]';

function mailtoHref(email: string, subject: string, body: string): string {
  // RFC 6068: %20 for spaces, CRLF line breaks.
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}?subject=${encode(subject)}&body=${encode(body)}`;
}

/**
 * The report as a `mailto:` link to `email`, at most `maxLength` characters: a body too long
 * for it is cut (between characters, never inside an escape) and ends with `truncationNote`.
 */
export function problemReportMailto(
  email: string,
  report: ProblemReport,
  maxLength = maxMailtoLength,
): { href: string; truncated: boolean } {
  const subject = reportSubject(report);
  const body = buildProblemReport(report);
  const whole = mailtoHref(email, subject, body);
  if (whole.length <= maxLength) return { href: whole, truncated: false };
  const characters = [...body];
  const cut = (n: string[]) => `${n.join('').trimEnd()}\n…\n\n${truncationNote}\n`;
  let low = 0;
  let high = characters.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (mailtoHref(email, subject, cut(characters.slice(0, mid))).length <= maxLength) low = mid;
    else high = mid - 1;
  }
  return { href: mailtoHref(email, subject, cut(characters.slice(0, low))), truncated: true };
}
