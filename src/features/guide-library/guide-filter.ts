import type { GuideManifest } from '../../machine/guide-definition';

type Filterable = Pick<GuideManifest, 'id' | 'title' | 'summary' | 'errors' | 'service'>;

/**
 * Whether a guide matches what was typed in the home page's filter: every word typed is in its
 * title, service, summary or an error code it covers (`mdtc` finds
 * `ExtensionInstallationFailedMDTC`), case and accents aside. Nothing typed matches every guide.
 */
export function guideMatches(guide: Filterable, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = fold(
    [guide.title, guide.service ?? '', guide.summary, guide.id, ...guide.errors].join('\n'),
  );
  return words.every((word) => text.includes(word));
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
