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
 * Guides written in Markdown, compiled as the app imports them (`src/guides/guide-sources.ts`):
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
  const problemsOf = (guide: CompiledGuideSource) =>
    guide.problems.map((p) =>
      formatProblem({
        ...p,
        guide: guide.folder.slice(guide.folder.lastIndexOf('/') + 1),
        folder: guide.folder,
      }),
    );
  const allProblems = () =>
    Object.fromEntries(
      guideFolders(root, process.env.VITE_FIXTURE_GUIDES === 'true')
        .filter((folder) => existsSync(join(root, folder, markdownGuideFiles.manifest)))
        .map((folder) => [folder, problemsOf(guideOf(folder))]),
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
    load(id) {
      if (id === resolvedProblemsModule) return `export default ${JSON.stringify(allProblems())};`;
      const [path = '', query = ''] = id.split('?', 2);
      const folder = folderOf(path);
      const name = path.slice(path.lastIndexOf('/') + 1);
      if (!folder || (name !== markdownGuideFiles.manifest && !(name in dataParts))) return null;
      const dir = join(root, folder);
      if (!existsSync(join(dir, markdownGuideFiles.manifest))) return null;
      const guide = guideOf(folder);
      for (const file of Object.keys(readGuideFolder(root, folder).files))
        this.addWatchFile(join(dir, file));
      const fail = (what: string): never => {
        throw new Error(
          `${folder}: the guide's ${what} cannot be made:\n${problemsOf(guide).join('\n')}`,
        );
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
      const changed = (file: string) => {
        const folder = folderOf(file);
        if (!folder || file.includes(`${sep}generated${sep}`)) return;
        compiled.delete(folder);
        if (!existsSync(join(root, folder, markdownGuideFiles.manifest))) return;
        const guide = guideOf(folder);
        if (guide.compiled) writeGenerated(guide);
        server?.ws.send({
          type: 'custom',
          event: problemsEvent,
          data: { folder, problems: problemsOf(guide) },
        });
        // A page added or removed: the guide's modules are made again.
        const guideFile = join(root, folder, markdownGuideFiles.manifest);
        for (const mod of server?.moduleGraph.getModulesByFile(guideFile) ?? []) {
          void server?.reloadModule(mod);
        }
      };
      devServer.watcher.on('change', changed);
      devServer.watcher.on('add', changed);
      devServer.watcher.on('unlink', changed);
    },
  };
}
