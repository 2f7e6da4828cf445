import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { cardsFileName, guideBundleFile, libraryFileName, libraryFiles } from '../guide-bundle.ts';
import type { GuideManifest } from '../../machine/guide-definition.ts';
import { markdownGuideFiles } from './guide-source.ts';
import { guideFolders } from './read-guide-folder.ts';

/**
 * Each guide as one small module, its bundle (`<folder>/guide-bundle.virtual.js`, made here from
 * the folder's files): its manifest, and how to load each of its parts (machine, pages, data),
 * each its own chunk. So a page of one guide loads that guide's bundle and nothing of the others.
 *
 * - In the browser, the app finds the guides in `/guides.json` (each guide's address and its
 *   bundle's URL; their cards, for the lists, in `/guide-cards.json`), written by the prerender
 *   (`scripts/prerender.mjs`) and served here by the dev server. `npm run build` makes each bundle a chunk of its own (nothing imports it).
 * - At build time and in unit tests (`ssr`), `virtual:guide-bundles` imports every bundle by name.
 *
 * A guide is written in Markdown (`guide.md`, YAML data) or in TypeScript (`guide.ts`,
 * `index.ts`, `.ts` data: ADR 009); the bundle reads the same either way.
 */

export const guideBundlesModule = 'virtual:guide-bundles';
const resolvedBundlesModule = `\0${guideBundlesModule}`;

/** A data part: its Markdown guide's file, its TypeScript guide's file and export. */
const dataParts = {
  glossary: [markdownGuideFiles.glossary, 'glossary.ts', 'glossary'],
  practiceCases: [markdownGuideFiles.practiceCases, 'practice-cases.ts', 'practiceCases'],
  searchTerms: [markdownGuideFiles.searchTerms, 'search-terms.ts', 'searchTerms'],
  signatures: [markdownGuideFiles.signatures, 'signatures.ts', 'signatures'],
} as const;

/** The bundle module's code, from what the folder (`content/x`) holds. */
export function guideBundleCode(root: string, folder: string): string {
  const dir = join(root, folder);
  const has = (file: string) => existsSync(join(dir, file));
  const markdown = has(markdownGuideFiles.manifest);
  const at = (file: string) => `/${folder}/${file}`;
  const lazy = (file: string, name: string) =>
    `() => import(${JSON.stringify(at(file))}).then((m) => m.${name})`;
  const files: Record<string, string> = {};
  const parts: string[] = [];
  const part = (name: string, file: string | undefined, exported: string) => {
    if (file) files[name] = at(file).slice(1);
    parts.push(`export const ${name} = ${file ? lazy(file, exported) : 'undefined'};`);
  };
  part(
    'definition',
    markdown ? `${markdownGuideFiles.manifest}?definition` : 'index.ts',
    'definition',
  );
  part(
    'whyWeAsk',
    markdown
      ? `${markdownGuideFiles.manifest}?why-we-ask`
      : has('why-we-ask.ts')
        ? 'why-we-ask.ts'
        : undefined,
    'whyWeAsk',
  );
  for (const [name, [yml, ts, exported]] of Object.entries(dataParts)) {
    const file = markdown ? yml : ts;
    part(name, has(file) ? file : undefined, markdown ? 'default' : exported);
  }
  const pageIds = has('pages')
    ? readdirSync(join(dir, 'pages'))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => f.slice(0, -'.mdx'.length))
        .sort()
    : [];
  const pageMap = (query: string) =>
    `{\n${pageIds
      .map(
        (id) =>
          `  ${JSON.stringify(id)}: ${lazy(`${markdownGuideFiles.page(id)}${query}`, 'default')},`,
      )
      .join('\n')}\n}`;
  return [
    `export { manifest } from ${JSON.stringify(at(markdown ? markdownGuideFiles.manifest : 'guide.ts'))};`,
    ...parts,
    `export const pages = ${pageMap('')};`,
    `export const pageSources = ${pageMap('?raw')};`,
    `export const files = ${JSON.stringify({
      ...files,
      bundle: at(guideBundleFile).slice(1),
      pages: Object.fromEntries(
        pageIds.map((id) => [id, at(markdownGuideFiles.page(id)).slice(1)]),
      ),
    })};`,
  ].join('\n');
}

export function guideBundles(): Plugin {
  let root = process.cwd();
  let building = false;
  const withFixtures = () => process.env.VITE_FIXTURE_GUIDES === 'true';
  const folders = () => guideFolders(root, withFixtures());
  /** `/content/x/guide-bundle.virtual.js` (or its absolute path) → `content/x`. */
  const folderOfBundle = (id: string) => {
    const path = id.startsWith(root) ? relative(root, id).split(sep).join('/') : id.slice(1);
    const match = /^((?:content|e2e\/fixtures\/guides)\/[^/]+)\/guide-bundle\.virtual\.js$/.exec(
      path,
    );
    return match?.[1];
  };
  const bundleId = (folder: string) => `/${folder}/${guideBundleFile}`;

  /** The dev server's `/guides.json` and `/guide-cards.json`, from the bundles' manifests. */
  const devLibrary = async (server: ViteDevServer) =>
    libraryFiles(
      await Promise.all(
        folders().map(async (folder) => ({
          folder: `/${folder}`,
          manifest: ((await server.ssrLoadModule(bundleId(folder))) as { manifest: GuideManifest })
            .manifest,
          bundle: bundleId(folder),
        })),
      ),
    );

  return {
    name: 'guide-bundles',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
    },
    resolveId(id) {
      if (id === guideBundlesModule) return resolvedBundlesModule;
      const folder = folderOfBundle(id);
      return folder ? join(root, folder, guideBundleFile) : null;
    },
    load(id, options) {
      if (id === resolvedBundlesModule) {
        if (!options?.ssr)
          return 'export const guideBundles = undefined, fixtureBundles = undefined;';
        // Unit tests may ask for the fixture guides too (`loadLibrary`).
        const listed = guideFolders(root, withFixtures() || process.env.VITEST !== undefined);
        const map = (fixtures: boolean) =>
          `{\n${listed
            .filter((f) => f.startsWith('content/') !== fixtures)
            .map(
              (f) => `  ${JSON.stringify(`/${f}`)}: () => import(${JSON.stringify(bundleId(f))}),`,
            )
            .join('\n')}\n}`;
        return `export const guideBundles = ${map(false)};\nexport const fixtureBundles = ${map(true)};`;
      }
      const folder = folderOfBundle(id);
      return folder ? guideBundleCode(root, folder) : null;
    },
    buildStart() {
      // The browser's build: every bundle a chunk of its own, found through `/guides.json`.
      if (!building || this.environment.config.consumer !== 'client') return;
      for (const folder of folders()) {
        this.emitFile({
          type: 'chunk',
          id: bundleId(folder),
          name: `${folder.slice(folder.lastIndexOf('/') + 1)}-bundle`,
          preserveSignature: 'strict',
        });
      }
    },
    configureServer(server) {
      for (const [file, part] of [
        [libraryFileName, 'library'],
        [cardsFileName, 'cards'],
      ] as const) {
        server.middlewares.use(`/${file}`, (_req, res, next) => {
          devLibrary(server).then((files) => {
            res.setHeader('Content-Type', 'application/json');
            res.setHeader('Cache-Control', 'no-store');
            res.end(files[part]);
          }, next);
        });
      }
      // A page added or removed: its guide's bundle lists it.
      const changed = (file: string) => {
        const match = /^((?:content|e2e\/fixtures\/guides)\/[^/]+)\/pages\/[^/]+\.mdx$/.exec(
          relative(root, file).split(sep).join('/'),
        );
        const mod =
          match && server.moduleGraph.getModuleById(join(root, match[1]!, guideBundleFile));
        if (mod) void server.reloadModule(mod);
      };
      server.watcher.on('add', changed);
      server.watcher.on('unlink', changed);
    },
  };
}
