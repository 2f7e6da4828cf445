import type { Plugin, Rollup } from 'vite';
import { guideBasePath } from '../content/extension-failures/guide';
import { steps } from '../src/machine/steps';

/**
 * Lets the first screen's content start downloading with the app's own code instead of after
 * it: a tiny script loaded by index.html (`async`, a file of its own, so the page needs no inline
 * script under its Content-Security-Policy) maps the opened step URL to its content chunk and
 * adds a `modulepreload` for it. The map is read off the machine (step paths) and the build
 * (chunks). Prerendered step pages, which load the app after their first paint, drop it.
 */
export function preloadStepContent(): Plugin {
  return {
    name: 'preload-step-content',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const chunks = Object.values(ctx.bundle).filter((c) => c.type === 'chunk');
        const map: Record<string, string> = {};
        for (const step of steps) {
          const chunk = chunks.find((c) =>
            c.facadeModuleId?.endsWith(`/content/extension-failures/${step.id}.mdx`),
          );
          if (!chunk) continue;
          const path = step.path ? `${guideBasePath}/${step.path}` : guideBasePath;
          map[path] = `/${chunk.fileName}`;
        }
        const script = `(function(){var m=${JSON.stringify(map)};var p=location.pathname.replace(/\\/+$/,'');if(m[p]){var l=document.createElement('link');l.rel='modulepreload';l.href=m[p];document.head.appendChild(l)}})()`;
        // In a build, transformIndexHtml runs inside generateBundle, where files can be emitted.
        const build = this as unknown as Rollup.PluginContext;
        const fileName = build.getFileName(
          build.emitFile({ type: 'asset', name: 'step-content-preload.js', source: script }),
        );
        // Marked, so prerendered pages can drop it.
        return [
          {
            tag: 'script',
            attrs: { src: `/${fileName}`, async: true, 'data-step-content-preload': true },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
