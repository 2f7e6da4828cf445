import { useEffect, useState } from 'react';
import { guideRegistry } from '../../../guides/guide-registry';
import { registryAnswerRules } from '../answer-rules';
import type { SchemaContext } from '../session-schema';
import { createSessionWriter } from '../session-writer';
import type { SessionWriter } from '../session-writer-api';
import { browserWriterEnv, flushWhenHidden } from './browser-writer-env';

/** What reading a stored session (or an imported one) needs to know about this build's guides. */
export const pageSchemaContext: SchemaContext = {
  // Read when a session is, by then the guides are known (the app waits for them to start).
  get unlabelledGuideId() {
    return guideRegistry.guides.find((g) => g.ownsUnlabelledSessions)?.id;
  },
};

/**
 * This page load's one writer of case sessions (its id names this tab's journals), for the
 * sessions of every guide in this build. Kept here, not in a component's state, so that React's
 * StrictMode (which renders and mounts twice) never makes a second one.
 */
let pageWriter: SessionWriter | null = null;
let users = 0;
let disposeTimer: ReturnType<typeof setTimeout> | undefined;

function currentPageWriter(): SessionWriter {
  pageWriter ??= createSessionWriter(
    browserWriterEnv(registryAnswerRules(guideRegistry), pageSchemaContext),
  );
  return pageWriter;
}

/**
 * The page's writer, for the provider that holds it: notes waiting are written when the page is
 * hidden or left. Once no provider holds it (after a moment: StrictMode unmounts and mounts again
 * at once), it is flushed and disposed, and a provider mounted later gets a new one.
 */
export function usePageWriter(): SessionWriter {
  const [writer] = useState(currentPageWriter);
  useEffect(() => {
    users++;
    clearTimeout(disposeTimer);
    const stopFlushing = flushWhenHidden(writer);
    return () => {
      stopFlushing();
      writer.flush();
      users--;
      if (users > 0) return;
      disposeTimer = setTimeout(() => {
        if (users > 0 || pageWriter !== writer) return;
        writer.dispose();
        pageWriter = null;
      }, 0);
    };
  }, [writer]);
  return writer;
}
