import type { GuideNotice, NoticeContext } from '../../src/machine/guide-definition';
import { desktopHeapRuledOut } from './desktop-heap-verdict';
import { knownIssuesReason } from './known-issues-reason';
import type { GuideContext } from './machine';

/**
 * What this guide explains on its screens (and in the case note): on the other known issues,
 * why the guide ended there; on any step after Cause 1 was ruled out although Event 4689 was
 * found, which of its three symptoms held.
 */
export function extensionFailuresNotices({
  step,
  snapshot,
  history,
}: NoticeContext): GuideNotice[] {
  const notices: GuideNotice[] = [];
  if (step.id === 'known-issues') {
    const reason = knownIssuesReason(history);
    if (reason) notices.push({ kind: 'reason', text: reason });
  }
  const verdict = snapshot ? desktopHeapRuledOut(snapshot.context as GuideContext) : undefined;
  if (verdict) {
    notices.push({
      kind: 'verdict',
      heading: `Not Cause 1 (desktop heap exhausted): ${verdict.held} of its 3 symptoms`,
      quote: 'This apply if only you have the 3 symptoms together',
      summary: `Ruled out Cause 1: Error desktop heap exhausted: it applies only when its three symptoms hold together, and ${verdict.held} of 3 hold:`,
      checks: verdict.symptoms,
    });
  }
  return notices;
}
