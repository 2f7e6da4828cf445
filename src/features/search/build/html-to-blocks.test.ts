import { expect, test } from 'vitest';
import { decodeEntities, htmlToBlocks } from './html-to-blocks';

test('paragraphs, list items and headings are blocks; inline markup is text', () => {
  expect(
    htmlToBlocks(
      '<h2>Remediation</h2><p>Go to <strong>Control panel</strong> &gt; <em>Programs</em></p><ul><li>one</li><li>two <code>x.dll</code></li></ul>',
    ),
  ).toEqual(['Remediation', 'Go to Control panel > Programs', 'one', 'two x.dll']);
});

test('each line of a code block is a block; the Copy button is not text', () => {
  expect(
    htmlToBlocks(
      '<div class="relative"><pre class="x"><code>C:\\A\\\nC:\\B\\WaAppAgent.log</code></pre><span class="no-print"><button type="button" aria-label="Copy: C">Copy</button><span role="status" class="sr-only"></span></span></div>',
    ),
  ).toEqual(['C:\\A\\', 'C:\\B\\WaAppAgent.log']);
});

test('screen-reader-only text is left out', () => {
  expect(
    htmlToBlocks(
      '<p>Review the <a href="https://x" target="_blank">known issues<span class="sr-only"> (opens in a new tab)</span></a></p>',
    ),
  ).toEqual(['Review the known issues']);
});

test('checklist inputs and labels', () => {
  expect(
    htmlToBlocks(
      '<ol data-checklist="c" aria-label="Checklist, 0 of 1 done"><li class="flex"><input id="a" type="checkbox"/><div class="min-w-0"><label for="a"><span class="font-semibold">1. </span>Open <strong>regedit</strong>.</label></div></li></ol>',
    ),
  ).toEqual(['1. Open regedit.']);
});

test('entities as React writes them', () => {
  expect(decodeEntities('&quot;a&quot; &amp; &#x27;b&#x27; &lt;c&gt; &#8230; &bogus;')).toBe(
    '"a" & \'b\' <c> … &bogus;',
  );
});
