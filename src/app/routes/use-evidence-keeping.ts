import { useMemo, useState } from 'react';
import type { KeptEvidenceItem } from '../../features/analyzer/components/evidence-list';
import { evidenceId, type Evidence } from '../../features/analyzer/evidence';
import { plural } from '../../lib/plural';
import { useActiveSession } from '../../features/sessions/active/active-session-context';
import { useGuideSession } from '../../features/sessions/active/use-guide-session';
import type { GuideModel } from '../../machine/guide-model';
import type { Answers } from '../../machine/guide-snapshot';
import { keepIntents, keptLogEvidence, removeIntent } from '../log-evidence';

/**
 * Where the analyzer's evidence goes: the tab's case session for this guide, as `evidence-kept`
 * intents (so it survives a reload, shows on its step and goes in the case note); without one,
 * this page only, until the engineer starts a session (which then takes it) or leaves.
 */
export interface EvidenceKeeping {
  /** Whether the tab has a case session for this guide. */
  inSession: boolean;
  /** Whether the tab's case session is for another guide. */
  otherGuide: boolean;
  caseNumber?: string;
  /** What is kept: the session's evidence (every step), or this page's. */
  items: KeptEvidenceItem[];
  keptIds: ReadonlySet<string>;
  /** Why the browser is not keeping the session, if it is not. */
  problem: string | null;
  /** Keeps these lines; says what became of them. */
  keep(evidence: readonly Evidence[]): string;
  remove(id: string): void;
  /** Starts a case session for this guide (at `stepId`, with the link's answers), with the lines kept here. */
  startSession(): void;
}

export function useEvidenceKeeping(
  guide: GuideModel,
  stepId: string,
  answers: Answers,
): EvidenceKeeping {
  const { session: tabSession, send, start, problem } = useActiveSession();
  const session = useGuideSession(guide);
  const [page, setPage] = useState<readonly Evidence[]>([]);
  const items = useMemo<KeptEvidenceItem[]>(
    () =>
      session
        ? keptLogEvidence(session)
        : page.map((evidence) => ({ id: evidenceId(evidence), evidence })),
    [session, page],
  );
  const keptIds = useMemo(() => new Set(items.map((i) => i.id)), [items]);

  return {
    inSession: session !== null,
    otherGuide: tabSession !== null && session === null,
    caseNumber: session?.caseNumber,
    items,
    keptIds,
    problem,
    keep(evidence) {
      if (evidence.length === 0) return 'No line is ticked: tick the lines to keep.';
      if (session) {
        for (const intent of keepIntents(evidence)) send(intent);
        return `${plural(evidence.length, 'line')} kept as evidence in this case session.`;
      }
      setPage((current) => {
        const ids = new Set(evidence.map(evidenceId));
        return [...current.filter((e) => !ids.has(evidenceId(e))), ...evidence];
      });
      return `${plural(evidence.length, 'line')} kept on this page only: this tab has no case session for this guide. Start one to keep them.`;
    },
    remove(id) {
      if (session) {
        const kept = session.evidence?.[id];
        if (kept) send(removeIntent(id, kept.stepId));
      } else {
        setPage((current) => current.filter((e) => evidenceId(e) !== id));
      }
    },
    startSession() {
      start({
        guideId: guide.manifest.id,
        guideVersion: guide.manifest.version,
        stepId,
        answers: { ...answers },
      });
      // The session is the tab's at once: the lines kept on the page go into it.
      for (const intent of keepIntents(page)) send(intent);
      setPage([]);
    },
  };
}
