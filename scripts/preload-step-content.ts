import type { Plugin } from 'vite';
import { guideBasePath } from '../content/extension-failures/guide';
import { steps } from '../src/machine/steps';

/**
 * Lets the first screen's content start downloading with the app's own code instead of after
 * it: a tiny inline script in index.html maps the opened step URL to its content chunk and adds
 * a `modulepreload` for it. The map is read off the machine (step paths) and the build (chunks).
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
        // Marked, so prerendered pages (which load the app after their first paint) can drop it.
        return [
          {
            tag: 'script',
            attrs: { 'data-step-content-preload': true },
            children: script,
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
