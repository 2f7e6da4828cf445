import { expect, test } from 'vitest';
import { prerenderedDocument, shellDocument } from './prerendered-document';

const template = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="The site, in its own words." />
    <title>Shell title</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/jsx-runtime-def.js">
    <link rel="stylesheet" crossorigin href="/assets/index-ghi.css">
    <link rel="preload" href="/guides.json" as="fetch" crossorigin />
  </head>
  <body>
    <div id="root"></div>
    <noscript>Needs JavaScript for the questions. Start: <!--guide-starts-->.</noscript>
  </body>
</html>`;

const page = {
  guideId: 'extension-failures',
  stepId: 'cause-desktop-heap',
  pathname: '/extension-failures/cause/desktop-heap',
  title: 'Cause 1 <heap> & more · Extension COM and MDTC failures',
  description: 'Cause 1 – Extension "COM" & MDTC failures.',
  guideStart: { title: 'Extension COM & MDTC failures', pathname: '/extension-failures' },
  html: '<h1>Cause 1</h1><p>Costs $& and $1 verbatim</p>',
  modules: ['content/extension-failures/index.ts'],
  shownWithAnswers: false,
};
const assets = {
  loader: '(function(){var s=document.currentScript})();',
  entry: '/assets/index-abc.js',
  preloads: ['/assets/jsx-runtime-def.js', '/assets/cause-desktop-heap-xyz.js'],
  css: 'body{color:red}',
};

test('the step screen goes in the root, as it is, with its escaped title', () => {
  const html = prerenderedDocument(template, page, assets);
  expect(html).toContain('<div id="root"><h1>Cause 1</h1><p>Costs $& and $1 verbatim</p></div>');
  expect(html).toContain(
    '<title>Cause 1 &lt;heap&gt; &amp; more · Extension COM and MDTC failures</title>',
  );
  expect(html).not.toContain('Shell title');
});

test('the page is described in its guide’s words, and without JavaScript leads to its guide', () => {
  const html = prerenderedDocument(template, page, assets);
  expect(html).toContain(
    '<meta name="description" content="Cause 1 – Extension &quot;COM&quot; &amp; MDTC failures." />',
  );
  expect(html).not.toContain('The site, in its own words.');
  expect(html).toContain(
    '<noscript>Needs JavaScript for the questions. Start: <a class="underline" href="/extension-failures">Extension COM &amp; MDTC failures</a>.</noscript>',
  );
});

test('the shell keeps the site’s description and leads to every guide without JavaScript', () => {
  const html = shellDocument(template, [
    { title: 'Guide A', pathname: '/a' },
    { title: 'Guide <B>', pathname: '/b' },
  ]);
  expect(html).toContain('content="The site, in its own words."');
  expect(html).toContain(
    'Start: <a class="underline" href="/a">Guide A</a>, <a class="underline" href="/b">Guide &lt;B&gt;</a>.',
  );
  expect(() => shellDocument('<html></html>', [])).toThrow('<!--guide-starts-->');
});

test('the stylesheet is inline and the build’s loading tags are gone', () => {
  const html = prerenderedDocument(template, page, assets);
  expect(html).toContain(
    '<style>body{color:red}\nhtml[data-prerender="stale"] #root{display:none}' +
      '\nhtml[data-prerender="answered"] #root [data-prerender-hint="reference-only"]{display:none}' +
      '\nhtml[data-prerender="answered"] #root [data-prerender-hint="answer-dependent"]{visibility:hidden}</style>',
  );
  expect(html).not.toContain('<link rel="stylesheet"');
  expect(html).not.toContain('<link rel="modulepreload"');
  expect(html).not.toContain('<script type="module"');
  expect(html).not.toContain('<link rel="preload"');
});

test('the guard runs in the head; the loader, inline, ends the body and says what to load', () => {
  const html = prerenderedDocument(template, page, assets);
  const head = html.slice(0, html.indexOf('</head>'));
  expect(head).toContain(
    '<script data-path="/extension-failures/cause/desktop-heap" data-hide-answered>(function(){',
  );
  expect(head).toContain('sessionStorage.getItem("tsg-wizard:active-session")');
  expect(head.indexOf('data-prerender')).toBeLessThan(head.indexOf('<title>'));
  expect(html).toMatch(
    new RegExp(
      '<script data-entry="/assets/index-abc.js" ' +
        'data-preloads="/assets/jsx-runtime-def.js /assets/cause-desktop-heap-xyz.js">' +
        '\\(function\\(\\)\\{var s=document.currentScript\\}\\)\\(\\);</script>\\s*</body>',
    ),
  );
  // Nothing is fetched before the first paint but the page: no script file, no stylesheet.
  expect(html).not.toMatch(/<script[^>]* src=|<link rel="stylesheet"/);
  expect(html.match(/<script[ >]/g)).toHaveLength(2);
});

test('a loader that cannot be inlined as it is is refused', () => {
  expect(() => prerenderedDocument(template, page, { ...assets, loader: 'a="</script>"' })).toThrow(
    'The loader cannot be inlined as it is',
  );
});

test('a template or stylesheet it cannot use is refused, not half-used', () => {
  expect(() =>
    prerenderedDocument(template.replace('<div id="root"></div>', ''), page, assets),
  ).toThrow('index.html has no <div id="root"></div>');
  expect(() =>
    prerenderedDocument(template, page, { ...assets, css: 'a{}</style><script>' }),
  ).toThrow('The stylesheet cannot be inlined as it is');
});
