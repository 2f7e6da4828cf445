import { stepHref } from '../features/guide/links/guide-href';
import { resolveStep } from '../features/guide/links/resolve-step';
import type { GuideModel } from '../machine/guide-model';
import { pathsToTheEnd } from '../machine/guide-paths';

const computed = new WeakMap<GuideModel, ReadonlySet<string>>();

/**
 * The ids of the steps that some way through the guide's machine opens with a notice above the
 * title (a cause ruled out symptom by symptom): opened with those answers, the step's heading and
 * content sit lower than on its page opened alone, so that page cannot be shown while the app
 * renders the answers (it would jump). Read off the machine's ways to the end, as the app replays
 * them, once per guide.
 */
export function stepsWithNoticeAboveTitle(guide: GuideModel): ReadonlySet<string> {
  const known = computed.get(guide);
  if (known) return known;
  const found = new Set<string>();
  for (const path of pathsToTheEnd(guide)) {
    const answers: Record<string, string> = {};
    for (const { step, value, next } of path.steps) {
      if (value !== undefined) answers[step.id] = value;
      if (found.has(next.id)) continue;
      const href = new URL(stepHref(guide, next, answers), 'http://build.invalid');
      const view = resolveStep(guide, next.path, href.search);
      if (view.status !== 'step') continue;
      const notices = guide.notices({ step: next, snapshot: view.snapshot, history: view.history });
      if (notices.some((n) => n.kind !== 'reason')) found.add(next.id);
    }
  }
  computed.set(guide, found);
  return found;
}
