import { stepHref } from '../features/guide/links/guide-href';
import { resolveStep } from '../features/guide/links/resolve-step';
import type { GuideModel } from '../machine/guide-model';
import { pathsToTheEnd } from '../machine/guide-paths';
import type { StepMeta } from '../machine/step-meta';

/**
 * Whether some way to `step` through the guide's machine shows a notice above its title (a
 * cause ruled out symptom by symptom): opened with those answers, the step's heading and content
 * sit lower than on its page opened alone, so that page cannot be shown while the app renders
 * the answers (it would jump). Read off the machine's ways to the end, as the app replays them.
 */
export function mayShowNoticeAboveTitle(guide: GuideModel, step: StepMeta): boolean {
  for (const path of pathsToTheEnd(guide)) {
    const answers: Record<string, string> = {};
    for (const s of path.steps) {
      if (s.value !== undefined) answers[s.step.id] = s.value;
      if (s.next.id !== step.id) continue;
      const href = new URL(stepHref(guide, step, answers), 'http://build.invalid');
      const view = resolveStep(guide, step.path, href.search);
      if (view.status !== 'step') continue;
      const notices = guide.notices({ step, snapshot: view.snapshot, history: view.history });
      if (notices.some((n) => n.kind !== 'reason')) return true;
    }
  }
  return false;
}
