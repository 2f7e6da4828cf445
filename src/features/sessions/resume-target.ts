import type { CaseSession } from './session-record';

/**
 * The step Resume opens: where the engineer last was, with every answer of the session in the
 * link. When the session's answers do not lead there (the engineer last looked at a step as a
 * reference page), the furthest step they do lead to. `trailOf` is the guide's replay through the
 * answers (`replay(answers).trail`).
 */
export function resumeStepId(
  session: Pick<CaseSession, 'stepId' | 'answers'>,
  trailOf: (answers: Readonly<Record<string, string>>) => readonly { id: string }[],
): string {
  const trail = trailOf(session.answers);
  if (trail.some((step) => step.id === session.stepId)) return session.stepId;
  return trail.at(-1)?.id ?? session.stepId;
}
