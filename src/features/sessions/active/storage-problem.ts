import type { StorageFailure } from '../session-store';

/** What to tell the engineer when the browser will not keep their work. */
export function storageProblemMessage(failure: StorageFailure): string {
  return failure.reason === 'quota'
    ? 'This browser’s storage is full, so your latest changes are not saved. The guide still works in this tab: copy the case note before you close it, or delete old sessions on the home page.'
    : 'This browser does not let the guide save anything (private browsing, or storage is blocked). The guide still works in this tab: copy the case note before you close it.';
}
