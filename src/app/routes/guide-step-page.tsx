import { use } from 'react';
import { useLocation } from 'react-router';
import { ChecklistStateContext } from '../../components/checklist-state';
import { ReportProblem } from '../../features/feedback/components/report-problem';
import { StepScreen } from '../../features/guide/components/step-screen';
import type { StepView } from '../../features/guide/links/resolve-step';
import { useStepSession } from '../../features/sessions/active/use-step-session';
import { CasePanel } from '../../features/sessions/components/case-panel';
import { SessionList } from '../../features/sessions/components/session-list';
import { DescribeEvidenceContext } from '../../features/sessions/components/describe-evidence-context';
import { StartCaseSession } from '../../features/sessions/components/start-case-session';
import { TrainingNav } from '../../features/training/components/training-nav';
import { describeLogEvidence } from '../log-evidence';
import { loadStepAids } from './step-aids';
import { StepLogTools } from './step-log-tools';

/**
 * A guide's step with this tab's case session beside it: the guide's screen, the case panel
 * (case number, notes, case note), the session's answers, times and checklist ticks, on the
 * start page the form that starts a session and the guide's recent sessions, before the answer
 * the log analyzer's link and the evidence kept from the logs, and under the step a way to
 * report a problem with it to the guide's owners. The training feature adds the glossary's
 * terms, "Why we ask this" and the links to the training pages.
 */
export function GuideStepPage({ view }: { view: StepView }) {
  const { key } = useLocation();
  const { checklists, recordAnswer, answeredAt, knownAnswers } = useStepSession(view, key);
  const aids = use(loadStepAids(view.guide.manifest.id));
  const answers = Object.fromEntries(view.history.map((h) => [h.step.id, h.value]));
  return (
    <ChecklistStateContext.Provider value={checklists}>
      <StepScreen
        view={view}
        onAnswer={recordAnswer}
        answeredAt={answeredAt}
        knownAnswers={knownAnswers}
        renderStart={(proceed) => (
          <>
            <StartCaseSession view={view} proceed={proceed} />
            <SessionList guideId={view.guide.manifest.id} />
          </>
        )}
        aside={
          <>
            {/* The case note reads the log analyzer's evidence as the analyzer describes it. */}
            <DescribeEvidenceContext.Provider value={describeLogEvidence}>
              <CasePanel view={view} />
            </DescribeEvidenceContext.Provider>
            <TrainingNav guide={view.guide} answers={answers} />
          </>
        }
        beforeAnswer={<StepLogTools view={view} />}
        footer={<ReportProblem key={`${view.guide.manifest.id}/${view.step.id}`} view={view} />}
        contentComponents={aids?.components}
        help={aids?.help(view.step)}
      />
    </ChecklistStateContext.Provider>
  );
}
