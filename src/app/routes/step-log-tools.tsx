import { useLocation } from 'react-router';
import { AnalyzeLogsLink } from '../../features/analyzer/components/analyze-logs-link';
import { analyzerHref } from '../../features/analyzer/analyzer-links';
import { EvidenceList } from '../../features/analyzer/components/evidence-list';
import type { StepView } from '../../features/guide/links/resolve-step';
import { useActiveSession } from '../../features/sessions/active/active-session-context';
import { useGuideSession } from '../../features/sessions/active/use-guide-session';
import { keptLogEvidence, removeIntent } from '../log-evidence';
import { useGuideSignatures } from '../use-guide-signatures';

/** What a navigation to a step pre-filled by the analyzer carries (router state, not the URL). */
export interface PrefilledFromLogs {
  prefilledFromLogs?: boolean;
}

/**
 * The log analyzer on a step: on the step its signatures answer, a way to open it with the
 * step's answers; on any step, the evidence kept on it in the case session, with a way to remove
 * each line.
 */
export function StepLogTools({ view }: { view: StepView }) {
  const { guide, step } = view;
  const signatures = useGuideSignatures(guide.manifest.id);
  const session = useGuideSession(guide);
  const { send } = useActiveSession();
  const state = useLocation().state as PrefilledFromLogs | null;
  const evidence = keptLogEvidence(session, step.id);
  const answersHere = signatures?.step === step.id && step.kind !== 'start';
  return (
    <>
      {answersHere ? (
        <AnalyzeLogsLink
          href={analyzerHref(guide, view.answers, { returnTo: view.returnTo?.id })}
          prefilled={view.mode === 'answered' && state?.prefilledFromLogs === true}
        />
      ) : null}
      {evidence.length > 0 ? (
        <EvidenceList
          heading="Evidence from the logs"
          items={evidence}
          onRemove={(id) => send(removeIntent(id, step.id))}
        >
          <p className="text-slate-700 dark:text-slate-300">
            Kept in this case session from the log analyzer; they go in the case note.
          </p>
        </EvidenceList>
      ) : null}
    </>
  );
}
