/** The guides' problems when the dev server started (`src/guides/format/vite-plugin.ts`). */
declare module 'virtual:guide-problems' {
  const problems: Record<string, readonly string[]>;
  export default problems;
}
