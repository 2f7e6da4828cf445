import type { CompiledGuideSource } from './compile-guide.ts';
import { flowPage } from './flow-graph.ts';
import { markdownGuideFiles } from './guide-source.ts';

/**
 * What `npm run guide:graph` writes into a guide's folder, committed for review: the compiled
 * machine (JSON) and its flow as a Mermaid graph. `npm run check:guides` fails when they are not
 * what the guide's files compile to.
 */
export function generatedFiles(guide: CompiledGuideSource): Record<string, string> {
  if (!guide.compiled || !guide.manifest) return {};
  return {
    [markdownGuideFiles.machine]: `${JSON.stringify(guide.compiled, null, 2)}\n`,
    [markdownGuideFiles.graph]: flowPage(guide.manifest.title, guide.compiled),
  };
}
