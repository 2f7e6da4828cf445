import type { GuideManifest } from '../../machine/guide-definition';
import { guideFiles, type Problem } from './guide-problem';
import { reservedAppPaths } from './reserved-paths';

export interface ListedGuide {
  /** The guide's folder from the repository's root. */
  folder: string;
  manifest: GuideManifest;
}

/**
 * The guides of one build side by side: ids and base paths unique, no guide's URLs inside
 * another's or on a page of the app, and at most one guide claiming the sessions saved before
 * sessions recorded their guide. Problems are keyed by folder.
 */
export function checkGuideSet(
  guides: readonly ListedGuide[],
  /** The app's own pages (`/`, `/search`): no guide may sit on one. */
  appPaths: readonly string[],
): Map<string, Problem[]> {
  const problems = new Map<string, Problem[]>(guides.map((g) => [g.folder, []]));
  const say = (guide: ListedGuide, message: string) =>
    problems.get(guide.folder)!.push({ file: guideFiles.manifest, message });
  const reserved = new Set([...appPaths, ...reservedAppPaths]);

  guides.forEach((guide, i) => {
    const { basePath, id } = guide.manifest;
    if (reserved.has(basePath)) say(guide, `basePath "${basePath}" is a page of the app`);
    guides.forEach((other, j) => {
      if (i === j) return;
      // A clash between two guides is reported on the second.
      if (j < i && other.manifest.id === id) say(guide, `id "${id}" is also ${other.folder}'s`);
      if (j < i && other.manifest.basePath === basePath) {
        say(guide, `basePath "${basePath}" is also ${other.folder}'s`);
      }
      if (basePath.startsWith(`${other.manifest.basePath}/`)) {
        say(
          guide,
          `basePath "${basePath}" is inside ${other.folder}'s ("${other.manifest.basePath}")`,
        );
      }
    });
  });
  const owners = guides.filter((g) => g.manifest.ownsUnlabelledSessions);
  for (const extra of owners.slice(1)) {
    say(
      extra,
      `ownsUnlabelledSessions: ${owners[0]!.folder} already owns the sessions saved before sessions recorded their guide; at most one guide may`,
    );
  }
  return problems;
}
