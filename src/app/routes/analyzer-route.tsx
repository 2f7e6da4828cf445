import { use, useMemo } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { AddedGuidance } from '../../components/added-guidance';
import { prefilledTarget, returnTarget } from '../../features/analyzer/analyzer-links';
import { AnalyzerPanel } from '../../features/analyzer/components/analyzer-panel';
import { EvidenceList } from '../../features/analyzer/components/evidence-list';
import type { Evidence } from '../../features/analyzer/evidence';
import { parseGuideQuery } from '../../features/guide/links/guide-query';
import { guideRegistry } from '../../guides/guide-registry';
import { guideSignatures } from '../../guides/signature-source';
import { settleAnswers } from '../../machine/replay';
import type { Answers } from '../../machine/guide-snapshot';
import { useDocumentTitle } from '../use-document-title';
import { AnalyzerCaseSession } from './analyzer-case-session';
import { useEvidenceKeeping } from './use-evidence-keeping';
import type { PrefilledFromLogs } from './step-log-tools';
import { linkClass } from '../../components/link-classes';

/**
 * A guide's log analyzer, `/<guide>/analyze`, opened from the step its signatures answer (with
 * that step's link: the answers so far) or on its own. The logs are read in a worker in this
 * page and never leave it; the engineer pre-fills the guide's answers from what they support,
 * and keeps matching lines as evidence in the tab's case session.
 */
export function AnalyzerRoute({ guideId }: { guideId: string }) {
  const guide = use(guideRegistry.loadGuide(guideId));
  const signatures = use(guideSignatures.load(guideId));
  const { search } = useLocation();
  const navigate = useNavigate();
  // The link's answers: the analyzer keeps them, and never writes anything of the logs in a URL.
  const link = useMemo(() => {
    const { query, problems } = parseGuideQuery(guide, search);
    if (problems.length > 0) return { answers: {}, unreadable: true };
    const answers: Answers = settleAnswers(guide, query.answers).kept;
    return { answers, returnTo: query.returnTo, unreadable: false };
  }, [guide, search]);
  const stepId = signatures?.step ?? guide.startStep.id;
  const back = returnTarget(guide, link.answers, stepId, { returnTo: link.returnTo });
  const keeping = useEvidenceKeeping(guide, back.step.id, link.answers);

  useDocumentTitle('Find the evidence in the logs', guide.manifest.title);

  return (
    <div className="max-w-4xl">
      <p className="no-print mb-6">
        <Link to={back.href} className={`${linkClass} inline-flex items-center gap-1`}>
          <span aria-hidden="true">‹</span>{' '}
          {back.reached || Object.keys(link.answers).length === 0
            ? `Back to “${back.step.shortTitle}”`
            : `Back to the guide (“${back.step.shortTitle}”)`}
        </Link>
      </p>
      <h1 tabIndex={-1} className="mb-4 text-3xl leading-tight font-bold sm:text-4xl">
        Find the evidence in the logs
      </h1>
      <p className="mb-4 text-slate-700 dark:text-slate-300">{guide.manifest.title}</p>

      {!signatures ? (
        <p className="rounded-md border-l-4 border-slate-500 bg-slate-100 px-4 py-3 dark:bg-slate-800">
          This guide has no log signatures: there is nothing the log analyzer could look for in its
          logs. Read the logs as the guide’s steps say, and answer them from what you find.
        </p>
      ) : (
        <>
          {link.unreadable ? (
            <p role="note" className="mb-4 rounded-md bg-slate-100 px-4 py-2 dark:bg-slate-800">
              The answers in this link could not be read, so the analyzer opens without them: it
              will pre-fill the guide from its first question.
            </p>
          ) : null}
          <AddedGuidance>
            <p className="mb-2">
              The analyzer searches the logs you collected for the texts the TSG tells you to look
              for, and shows which answers of “{guide.stepById(signatures.step)?.shortTitle}” they
              support. It never decides a cause: you confirm every answer on the guide’s steps.
            </p>
            {signatures.logs && signatures.logs.length > 0 ? (
              <>
                <p className="mb-1">Add:</p>
                <ul className="mb-2 list-disc pl-6">
                  {signatures.logs.map((log) => (
                    <li key={log} className="break-words">
                      {log}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {signatures.notEvidence.length > 0 ? (
              <>
                <p className="mb-1">Never counted:</p>
                <ul className="mb-2 list-disc pl-6">
                  {signatures.notEvidence.map((n) => (
                    <li key={n.id}>{n.explanation}</li>
                  ))}
                </ul>
              </>
            ) : null}
            <p>
              The files are read in this browser only: nothing is uploaded, and nothing is stored
              but the lines you keep as evidence.
            </p>
          </AddedGuidance>
          <AnalyzerCaseSession guide={guide} keeping={keeping} />
          <AnalyzerPanel
            guide={guide}
            signatures={signatures}
            answers={link.answers}
            keptIds={keeping.keptIds}
            onApplyFindings={(prefill) => {
              const target = prefilledTarget(guide, link.answers, prefill, {
                returnTo: link.returnTo,
              });
              const state: PrefilledFromLogs = { prefilledFromLogs: true };
              void navigate(target.href, { state });
            }}
            onKeepEvidence={(evidence: Evidence[]) => keeping.keep(evidence)}
          />
          {keeping.items.length > 0 ? (
            <EvidenceList
              heading={keeping.inSession ? 'Kept in this case session' : 'Kept on this page only'}
              items={keeping.items}
              onRemove={keeping.remove}
            >
              <p className="text-slate-700 dark:text-slate-300">
                {keeping.inSession
                  ? 'Each line shows on the step it answers, and goes in the case note under “Evidence”.'
                  : 'Start a case session above to keep them: they are gone once you leave or reload this page.'}
              </p>
            </EvidenceList>
          ) : null}
        </>
      )}
    </div>
  );
}
