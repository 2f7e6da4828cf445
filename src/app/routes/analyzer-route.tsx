import { useState } from 'react';
import { Link } from 'react-router';
import { signatures } from '../../../content/extension-failures/signatures';
import { guideBasePath } from '../../../content/extension-failures/guide';
import { AddedGuidance } from '../../components/added-guidance';
import { AnalyzerPanel } from '../../features/analyzer/components/analyzer-panel';
import { evidenceLine, type Evidence } from '../../features/analyzer/evidence';
import type { StepOptions } from '../../features/analyzer/analysis-report';
import { stepById, steps } from '../../machine/steps';
import { useDocumentTitle } from '../use-document-title';

const findingsStep = stepById('findings')!;
const findings: StepOptions = {
  step: findingsStep.id,
  options: findingsStep.answer?.type === 'multiple' ? findingsStep.answer.options : [],
};
const causes = steps
  .filter((s) => s.kind === 'cause')
  .map((s) => ({ id: s.id, title: s.shortTitle }));

/**
 * The log analyzer on a page of its own (temporary: it will move under `/<guide>/analyze`, and
 * its findings and evidence will go to the findings step and the case session).
 */
export function AnalyzerRoute() {
  useDocumentTitle('Find the evidence in the logs');
  const [applied, setApplied] = useState<string[] | null>(null);
  const [kept, setKept] = useState<Evidence[] | null>(null);
  return (
    <div className="max-w-4xl">
      <p className="mb-2">
        <Link to={guideBasePath} className="font-medium text-brand-700 underline dark:text-sky-300">
          Extension COM and MDTC failures
        </Link>
      </p>
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">Find the evidence in the logs</h1>
      <AddedGuidance>
        <p className="mb-2">
          The analyzer searches the logs you collected for the texts the TSG asks you to look for:
          WaAppAgent.log, the VMSnapshot plugin logs (IaaSBcdrExtension*.log, CommandExecution.log),
          and the Application and System logs saved from Event Viewer with “Save All Events As…”
          (XML, CSV or text).
        </p>
        <p className="mb-2">
          Event ID 4689 counts only in the <strong>Application</strong> log, with the TSG’s
          description and error code: in the Security log, 4689 is “A process has exited”.
        </p>
        <p>The files are read in this browser only: nothing is uploaded, and nothing is stored.</p>
      </AddedGuidance>
      <AnalyzerPanel
        signatures={signatures}
        findings={findings}
        causes={causes}
        onApplyFindings={setApplied}
        onKeepEvidence={setKept}
      />
      {applied || kept ? (
        <section
          aria-labelledby="analyzer-handover"
          className="mt-8 rounded-md border border-slate-300 p-4 dark:border-slate-600"
        >
          <h2 id="analyzer-handover" className="mb-2 text-lg font-bold">
            For the guide (this page is temporary)
          </h2>
          {applied ? (
            <p className="mb-2">
              Findings to pre-fill:{' '}
              {applied
                .map((v) => findings.options.find((o) => o.value === v)?.label ?? v)
                .join('; ')}
            </p>
          ) : null}
          {kept ? (
            <ul className="list-disc pl-6 font-mono text-sm break-all">
              {kept.map((e) => (
                <li key={`${e.signatureId}|${e.file}|${e.line}`}>{evidenceLine(e)}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
