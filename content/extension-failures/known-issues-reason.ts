import { answerLabel } from '../../src/machine/answer-labels';
import type { AnsweredStep } from '../../src/machine/guide-snapshot';

/** Why the guide ended on the other known issues, from the answers that led there. */
export function knownIssuesReason(history: readonly AnsweredStep[]): string | undefined {
  const last = history.at(-1);
  if (!last) return undefined;
  const cause = history.find((h) => h.step.kind === 'cause');
  switch (last.step.id) {
    case 'retry':
      return `The backup still fails after the remediation for ${cause?.step.title ?? 'the matched cause'}.`;
    case 'dll-dates':
      return 'The COMException (0x80110401) was found, but msvcp120.dll and msvcr120.dll have the same Modified date, so Cause 3 does not match.';
    case 'findings':
      return last.value === 'none'
        ? 'The failure matches none of the TSG’s known causes.'
        : `What you found (${answerLabel(last.step, last.value)}) matches none of the TSG’s known causes on its own.`;
    case 'reboot':
      return 'Cause 1 is not confirmed, and nothing else you found matches another known cause.';
    default:
      return undefined;
  }
}
