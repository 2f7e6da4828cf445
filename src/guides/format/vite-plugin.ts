import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatProblem } from '../validation/guide-problem.ts';
import { compileGuide, type CompiledGuideSource } from './compile-guide.ts';
import { generatedFiles } from './generated-files.ts';
import { markdownGuideFiles } from './guide-source.ts';
import { moduleCode } from './module-code.ts';
import { guideFolders, readGuideFolder } from './read-guide-folder.ts';

/**
 * Guides written in Markdown, compiled as the app imports them (through each guide's bundle,
 * `guide-bundles-plugin.ts`):
 * `<folder>/guide.md` is the guide's manifest, `guide.md?definition` its machine and notices,
 * `guide.md?why-we-ask` and `guide.md?facts` what its pages' front matter says of them; each
 * data file (`glossary.yml`, `signatures.yml`…) is its data, checked. All made from the folder's
 * files at build time; a guide that cannot be made stops the build with its problems.
 *
 * With `npm run dev` (the live preview), a saved step, decision or data file recompiles its
 * guide: the open step re-renders with the answers already given, the guide's problems are sent
 * to the page (`guide:problems`), and `generated/` is written again.
 */

/** A guide's data files, each a module of its own (loaded where it is used). */
const dataParts = {
  [markdownGuideFiles.glossary]: 'glossary',
  [markdownGuideFiles.searchTerms]: 'searchTerms',
  [markdownGuideFiles.practiceCases]: 'practiceCases',
  [markdownGuideFiles.signatures]: 'signatures',
  [markdownGuideFiles.scenarios]: 'scenarios',
} as const;

export const problemsEvent = 'guide:problems';
export const problemsModule = 'virtual:guide-problems';
const resolvedProblemsModule = `\0${problemsModule}`;

export function markdownGuides(): Plugin {
  let root = process.cwd();
  let server: ViteDevServer | undefined;
  const compiled = new Map<string, CompiledGuideSource>();
  /** The live preview: what each guide's modules were made from, to make again what changed. */
  const published = new Map<string, Record<string, string>>();
  const partsOf = (guide: CompiledGuideSource): Record<string, string> => ({
    '': JSON.stringify(guide.manifest),
    definition: JSON.stringify(guide.compiled),
    'why-we-ask': JSON.stringify(guide.whyWeAsk),
    facts: JSON.stringify(guide.facts),
  });

  const folderOf = (file: string) => {
    const rel = relative(root, file).split(sep).join('/');
    const match = /^((?:content|e2e\/fixtures\/guides)\/[^/]+)\//.exec(rel);
    return match?.[1];
  };
  const guideOf = (folder: string) => {
    let guide = compiled.get(folder);
    if (!guide) {
      guide = compileGuide(readGuideFolder(root, folder));
      compiled.set(folder, guide);
    }
    return guide;
  };
  /**
   * What `check:guides` says from the files (the live preview keeps `generated/` current). The
   * checks are loaded through the dev server, not bundled with the config.
   */
  const problemsOf = async (guide: CompiledGuideSource) => {
    const { checkGuideSource } = (await server!.ssrLoadModule(
      '/src/guides/format/check-guide-source.ts',
    )) as typeof import('./check-guide-source.ts');
    return checkGuideSource(guide, { generated: generatedFiles(guide) }).map((p) =>
      formatProblem({
        ...p,
        guide: guide.folder.slice(guide.folder.lastIndexOf('/') + 1),
        folder: guide.folder,
      }),
    );
  };
  const allProblems = async () =>
    Object.fromEntries(
      await Promise.all(
        guideFolders(root, process.env.VITE_FIXTURE_GUIDES === 'true')
          .filter((folder) => existsSync(join(root, folder, markdownGuideFiles.manifest)))
          .map(async (folder) => [folder, await problemsOf(guideOf(folder))] as const),
      ),
    );
  /** The live preview keeps `generated/` in step with what the author saves. */
  const writeGenerated = (guide: CompiledGuideSource) => {
    for (const [file, text] of Object.entries(generatedFiles(guide))) {
      const path = join(root, guide.folder, file);
      if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  };

  return {
    name: 'markdown-guides',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === problemsModule ? resolvedProblemsModule : null;
    },
    async load(id) {
      if (id === resolvedProblemsModule)
        return `export default ${JSON.stringify(server ? await allProblems() : {})};`;
      const [path = '', query = ''] = id.split('?', 2);
      const folder = folderOf(path);
      const name = path.slice(path.lastIndexOf('/') + 1);
      if (!folder || (name !== markdownGuideFiles.manifest && !(name in dataParts))) return null;
      const dir = join(root, folder);
      if (!existsSync(join(dir, markdownGuideFiles.manifest))) return null;
      const guide = guideOf(folder);
      if (server && !published.has(folder)) published.set(folder, partsOf(guide));
      const fail = (what: string): never => {
        const problems = guide.problems.map((p) =>
          formatProblem({ ...p, guide: folder.slice(folder.lastIndexOf('/') + 1), folder }),
        );
        const error = new Error(
          `${folder}: the guide's ${what} cannot be made:\n${problems.join('\n')}`,
        );
        // The problems are the author's to fix, not this plugin's stack.
        error.stack = error.message;
        throw error;
      };

      const data = dataParts[name as keyof typeof dataParts];
      if (data) {
        const value = guide.data[data];
        if (value === undefined) fail(name);
        return `export default ${moduleCode(value)};`;
      }
      switch (query) {
        case '':
          if (!guide.manifest) fail('manifest');
          return `export const manifest = ${JSON.stringify(guide.manifest)};`;
        case 'definition': {
          if (!guide.compiled) fail('machine');
          const predicates = existsSync(join(dir, markdownGuideFiles.predicates));
          return [
            `import { defineCompiledGuide } from '/src/machine/compiled-guide.ts';`,
            predicates
              ? `import { predicates } from '/${folder}/predicates.ts';`
              : 'const predicates = {};',
            `export const definition = defineCompiledGuide(${JSON.stringify(guide.compiled)}, predicates);`,
            // The live preview: the open step takes the new machine in place.
            `if (import.meta.hot) import.meta.hot.accept((next) => next && globalThis.__guideUpdated?.(${JSON.stringify(guide.manifest?.id)}, next.definition));`,
          ].join('\n');
        }
        case 'why-we-ask':
          return `export const whyWeAsk = ${JSON.stringify(guide.whyWeAsk)};`;
        case 'facts':
          return `export const facts = ${JSON.stringify(guide.facts)};`;
        default:
          throw new Error(`${id}: no part "${query}" of a guide (definition, why-we-ask, facts)`);
      }
    },
    watchChange(id) {
      const folder = folderOf(id);
      if (folder) compiled.delete(folder);
    },
    configureServer(devServer) {
      server = devServer;
      const changed = async (file: string) => {
        const folder = folderOf(file);
        if (!folder || file.includes(`${sep}generated${sep}`)) return;
        const before = published.get(folder);
        compiled.delete(folder);
        if (!existsSync(join(root, folder, markdownGuideFiles.manifest))) return;
        const guide = guideOf(folder);
        if (guide.compiled) writeGenerated(guide);
        server?.ws.send({
          type: 'custom',
          event: problemsEvent,
          data: { folder, problems: await problemsOf(guide) },
        });
        // The problems listed when the page is next loaded.
        const problemsModule = server?.moduleGraph.getModuleById(resolvedProblemsModule);
        if (problemsModule) server?.moduleGraph.invalidateModule(problemsModule);
        // The modules whose part of the guide changed are made again: the machine in place
        // (it accepts itself), the manifest and the data by reloading the page.
        const parts = partsOf(guide);
        published.set(folder, parts);
        const guideFile = join(root, folder, markdownGuideFiles.manifest);
        for (const mod of server?.moduleGraph.getModulesByFile(guideFile) ?? []) {
          const query = mod.id?.split('?', 2)[1] ?? '';
          if (query in parts && parts[query] !== before?.[query]) void server?.reloadModule(mod);
        }
      };
      const report = (file: string) =>
        void changed(file).catch((error: unknown) => {
          devServer.config.logger.error(`markdown-guides: ${String(error)}`);
        });
      devServer.watcher.on('change', report);
      devServer.watcher.on('add', report);
      devServer.watcher.on('unlink', report);
    },
  };
}
