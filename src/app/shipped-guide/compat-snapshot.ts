import { buildCaseNote } from '../../features/sessions/case-note';
import { resumeStepId } from '../../features/sessions/resume-target';
import type { CaseSession } from '../../features/sessions/session-record';
import type { ChecklistCatalog } from '../../features/guide/content/checklist-catalog';
import { stepHref } from '../../features/guide/links/guide-href';
import { resolveStep, type GuideView } from '../../features/guide/links/resolve-step';
import { findGuideBase } from '../../guides/guide-pathname';
import type { GuideModel } from '../../machine/guide-model';
import type { Answers } from '../../machine/guide-snapshot';
import { replay } from '../../machine/replay';

/**
 * What a guide makes of a link and of a saved case session, as plain data a user would notice:
 * the step shown, the answers kept, the messages, the notices, the links the app then makes,
 * the case note. Compared against the figures taken from the guide before it was ported
 * (`__golden__/`), so that every link and session made before keeps working.
 */

const ids = (steps: readonly { id: string }[]) => steps.map((s) => s.id);

function noticesOf(view: GuideView) {
  if (view.status !== 'step') return [];
  return view.guide.notices({ step: view.step, snapshot: view.snapshot, history: view.history });
}

/** What opening `url` (a path and query on the app's origin) shows. */
export function linkResolution(guide: GuideModel, url: string) {
  const [pathname = '', search = ''] = url.split('?', 2) as [string, string?];
  const found = findGuideBase([guide.manifest.basePath], pathname);
  if (!found) return { status: 'not-in-guide' };
  const view = resolveStep(guide, found.rest, search ? `?${search}` : '');
  switch (view.status) {
    case 'unknown-step':
      return { status: view.status, suggestions: ids(view.suggestions) };
    case 'bad-link':
      return {
        status: view.status,
        step: view.step.id,
        reasons: view.reasons,
        leadsTo: view.leadsTo && {
          step: view.leadsTo.step.id,
          href: stepHref(guide, view.leadsTo.step, view.leadsTo.answers),
        },
        salvage: view.salvage && {
          step: view.salvage.step.id,
          href: stepHref(guide, view.salvage.step, view.salvage.answers),
        },
        linkVersion: view.linkVersion,
      };
    case 'step':
      return {
        status: view.status,
        step: view.step.id,
        mode: view.mode,
        history: view.history.map((h) => `${h.step.id}=${h.value}`),
        href: stepHref(guide, view.step, view.answers),
        trail: ids(replay(guide, view.answers).trail),
        returnTo: view.returnTo?.id,
        linkVersion: view.linkVersion,
        notices: noticesOf(view),
      };
  }
}

/** What a saved session resumes at, and its case note. */
export function sessionOutcome(
  guide: GuideModel,
  session: CaseSession,
  checklistItems: ChecklistCatalog,
) {
  const trailOf = (answers: Answers) => replay(guide, answers).trail;
  const resume = resumeStepId(session, trailOf);
  const note = buildCaseNote(guide, session, {
    includeNotes: true,
    origin: 'https://wizard.example',
    checklistItems,
  });
  return { resume, ...note };
}
