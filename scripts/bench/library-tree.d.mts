// Types for library-tree.mjs (a plain script `npm run bench:library` runs with node), for its unit test.

export const shippedGuide: string;

export function copyId(index: number): string;

export function copyGuideManifest(text: string, index: number): string;

export function makeLibraryTree(options: {
  app: string;
  dir: string;
  guides: number;
  log?: (...args: unknown[]) => void;
}): string[];
