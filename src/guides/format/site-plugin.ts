import { join } from 'node:path';
import type { Plugin } from 'vite';
import { readSiteConfig, siteConfigFile, type SiteConfig } from './site-config.ts';

export const siteModule = 'virtual:site';
const resolvedSiteModule = `\0${siteModule}`;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The site's words (`content/site.yml`) where the app and its page read them: `virtual:site` for
 * the app, `%site.<field>%` in `index.html`. Saving the file with `npm run dev` reloads the page.
 */
export function siteWords(): Plugin {
  let root = process.cwd();
  let site: SiteConfig | undefined;
  const current = () => (site ??= readSiteConfig(root));
  return {
    name: 'site-words',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === siteModule ? resolvedSiteModule : null;
    },
    load(id) {
      if (id !== resolvedSiteModule) return null;
      this.addWatchFile(join(root, siteConfigFile));
      return `export default ${JSON.stringify(current())};`;
    },
    transformIndexHtml(html) {
      return html.replace(/%site\.(\w+)%/g, (whole, field: string) => {
        const value = current()[field as keyof SiteConfig] as string | undefined;
        if (value === undefined) throw new Error(`index.html: ${whole} is not a field of site.yml`);
        return escapeHtml(value);
      });
    },
    configureServer(server) {
      const file = join(root, siteConfigFile);
      server.watcher.add(file);
      server.watcher.on('change', (changed) => {
        if (changed !== file) return;
        site = undefined;
        const mod = server.moduleGraph.getModuleById(resolvedSiteModule);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
