import { useEffect } from 'react';

const appName = 'Azure Backup troubleshooting';

/**
 * The browser tab's title for a screen (also written into prerendered pages): the screen, then
 * the guide it belongs to, or the app's name.
 */
export function documentTitle(title: string, guideTitle?: string): string {
  return `${title} · ${guideTitle ?? appName}`;
}

export function useDocumentTitle(title: string, guideTitle?: string) {
  useEffect(() => {
    document.title = documentTitle(title, guideTitle);
  }, [title, guideTitle]);
}
