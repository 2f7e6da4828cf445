import { useEffect } from 'react';

const suffix = 'Azure Backup extension failures';

/** The browser tab's title for a screen (also written into prerendered pages). */
export function documentTitle(title: string): string {
  return `${title} · ${suffix}`;
}

export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = documentTitle(title);
  }, [title]);
}
