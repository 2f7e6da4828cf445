import { useMemo, useSyncExternalStore } from 'react';
import { createDraftStore, parseDraft, type ReportDraft } from '../report-draft';

/** This tab's drafts. */
const drafts = createDraftStore(() => window.sessionStorage);

/**
 * A step's report draft and how to change it. Rendered ahead of time (a prerendered page) and on
 * hydration it is empty; the stored draft shows right after.
 */
export function useReportDraft(
  key: string,
): [ReportDraft, (draft: ReportDraft) => void, () => void] {
  const raw = useSyncExternalStore(
    drafts.subscribe,
    () => drafts.read(key),
    () => null,
  );
  const draft = useMemo(() => parseDraft(raw), [raw]);
  return [draft, (next) => drafts.write(key, next), () => drafts.remove(key)];
}
