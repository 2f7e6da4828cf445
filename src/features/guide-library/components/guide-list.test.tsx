import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { expect, test } from 'vitest';
import type { GuideManifest } from '../../../machine/guide-definition';
import { GuideList } from './guide-list';

const guide = (n: number): { manifest: GuideManifest } => ({
  manifest: {
    id: `guide-${n}`,
    basePath: `/guide-${n}`,
    title: `Guide ${String(n).padStart(3, '0')}`,
    summary: 'A guide of the library.',
    version: 1,
    changelog: [{ version: 1, date: '2026-12-07', changes: 'First.' }],
    errors: [`Error${n}Failed`],
    cards: [],
    articleId: `article-${n}`,
    owner: { name: 'Owners' },
    phases: [{ id: 'one', label: 'One' }],
  },
});

function render(count: number, kept: string[] = []) {
  return renderToString(
    <MemoryRouter>
      <GuideList
        guides={Array.from({ length: count }, (_, i) => guide(i + 1))}
        keptOffline={new Set(kept)}
      />
    </MemoryRouter>,
  );
}

test('a library is shown a page at a time, by title, with how many there are', () => {
  const html = render(200, ['guide-2']);
  expect(html.match(/<h3/g)).toHaveLength(12);
  expect(html).toContain('Guide 001');
  expect(html).toContain('Guide 012');
  expect(html).not.toContain('Guide 013');
  expect(html).toMatch(/200 guides(<!-- -->)?, (<!-- -->)?12(<!-- -->)? shown/);
  expect(html).toMatch(/Show (<!-- -->)?12(<!-- -->)? more (<!-- -->)?guides/);
  expect(html.match(/available offline in this browser/g)).toHaveLength(1);
});

test('a few guides are all shown, with no button for more', () => {
  const html = render(3);
  expect(html.match(/<h3/g)).toHaveLength(3);
  expect(html).not.toContain('more guide');
});
