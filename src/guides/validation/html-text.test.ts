import { expect, test } from 'vitest';
import { headingsIn, htmlText, linksIn } from './html-text';

test('text as a reader sees it: inline tags join, blocks separate, entities decoded', () => {
  const html =
    '<ul><li>C:\\Windows\\<code>msvcr120.dll</code></li><li>Error&nbsp;Code = 0x8000ffff<!-- --> &amp; more</li></ul><p>a&#x27;b&#39;c &quot;d&quot;</p>';
  expect(htmlText(html)).toBe(
    'C:\\Windows\\msvcr120.dll Error Code = 0x8000ffff & more a\'b\'c "d"',
  );
});

test('scripts and styles are not text', () => {
  expect(htmlText('<style>p{color:red}</style><p>shown</p><script>hidden()</script>')).toBe(
    'shown',
  );
});

test('links and headings are read with their attributes anywhere', () => {
  const html =
    '<h1 class="x" tabindex="-1">Cause 1: <em>heap</em></h1><a class="l" href="/a?b=1&amp;c=2">x</a><a href=\'#top\'>y</a>';
  expect(linksIn(html)).toEqual(['/a?b=1&c=2', '#top']);
  expect(headingsIn(html, 1)).toEqual(['Cause 1: heap']);
});
