import { useEffect } from 'react';
import site from 'virtual:site';
import type { GuideManifest } from '../machine/guide-definition';

/**
 * The browser tab's title for a screen (also written into prerendered pages): the screen, then
 * the guide it belongs to, or the site's name.
 */
export function documentTitle(title: string, guideTitle?: string): string {
  return `${title} · ${guideTitle ?? site.name}`;
}

/**
 * A guide page's `<meta name="description">`, in the guide's own words: the page, the guide,
 * what the guide is for and the errors it covers (what an engineer searches for).
 */
export function documentDescription(
  title: string,
  guide: Pick<GuideManifest, 'title' | 'summary' | 'errors'>,
): string {
  return `${title} – ${guide.title}. ${guide.summary} (${guide.errors.join(', ')})`;
}

export function useDocumentTitle(title: string, guideTitle?: string) {
  useEffect(() => {
    document.title = documentTitle(title, guideTitle);
  }, [title, guideTitle]);
}
