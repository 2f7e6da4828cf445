/**
 * Every guide's bundle by folder, at build time and in unit tests (`ssr`); `undefined` in the
 * browser, which finds them in `/guides.json` (`src/guides/format/guide-bundles-plugin.ts`).
 */
declare module 'virtual:guide-bundles' {
  type Bundles = Readonly<Record<string, () => Promise<import('./guide-bundle').GuideBundle>>>;
  export const guideBundles: Bundles | undefined;
  /** The test build's fixture guides (`e2e/fixtures/guides/`), when the build has them. */
  export const fixtureBundles: Bundles | undefined;
}
