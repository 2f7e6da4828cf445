// The tables of bench:library (library.mjs): one tree's figures beside the other's, and the
// saved-sessions loads, as Markdown (readable in a terminal, pasteable into docs/performance.md).
import { searchQueries } from './library-search.mjs';

const kib = 1024;
const ms = (x) =>
  x == null
    ? '–'
    : x >= 10_000
      ? `${(x / 1000).toFixed(0)} s`
      : x >= 1000
        ? `${(x / 1000).toFixed(1)} s`
        : `${Math.round(x)} ms`;
const size = (x) =>
  x == null
    ? '–'
    : x >= 10 * kib * kib
      ? `${(x / kib / kib).toFixed(1)} MiB`
      : `${(x / kib).toFixed(1)} KiB`;
const plain = (x) => (x == null ? '–' : String(x));
const ratio = (a, b) => (a == null || b == null || b === 0 ? '–' : `${(a / b).toFixed(2)}×`);

/** The rows: `[measure, figure of a tree → number, format]`. */
const rows = [
  ['guides (check:guides, the fixtures included)', (t) => t.checkGuides?.guides, plain],
  ['`npm run build`', (t) => t.buildMs, ms],
  ['`npm run check:guides`', (t) => t.checkGuidesMs, ms],
  ['pages prerendered', (t) => t.prerenderedPages, plain],
  [
    'start page: JS on first load (Lighthouse mobile, brotli)',
    (t) => t.lighthouseStart?.median.jsBytes,
    size,
  ],
  ['start page: JS files on first load', (t) => t.lighthouseStart?.median.jsRequests, plain],
  ['start page: TBT (Lighthouse mobile)', (t) => t.lighthouseStart?.median.tbt, ms],
  ['start page: LCP (Lighthouse mobile)', (t) => t.lighthouseStart?.median.lcp, ms],
  [
    'start page: performance (Lighthouse mobile)',
    (t) => t.lighthouseStart?.median.performance,
    plain,
  ],
  ['`assets/app-*.js` raw', (t) => t.appJs?.raw, size],
  ['`assets/app-*.js` gzip', (t) => t.appJs?.gzip, size],
  ['`assets/step-preload-*.js` raw (until 2026-12-07)', (t) => t.stepPreloadJs?.raw, size],
  ['`guides.json` raw (every page fetches it)', (t) => t.libraryFile?.raw, size],
  ['`guides.json` brotli', (t) => t.libraryFile?.br, size],
  ['`assets/<guide>-bundle-*.js` (one guide) brotli', (t) => t.guideBundle?.br, size],
  ['service worker precache: files', (t) => t.precache?.files, plain],
  ['service worker precache: bytes (raw)', (t) => t.precache?.bytes, size],
  ["one guide's offline copy: files", (t) => t.guideCopy?.files, plain],
  ["one guide's offline copy: bytes (raw)", (t) => t.guideCopy?.bytes, size],
  ['`search-index.json` raw (the whole index until it was split)', (t) => t.searchIndex?.raw, size],
  ['`search-index.json` brotli', (t) => t.searchIndex?.br, size],
  ["search files (index, parts, guides' shown fields)", (t) => t.searchFiles?.files, plain],
  ['search files: bytes (raw)', (t) => t.searchFiles?.raw, size],
  ...searchQueries.flatMap((query, i) => {
    const name = query.length > 24 ? `${query.slice(0, 24)}…` : query;
    return [
      [`first search “${name}”: fetched (brotli)`, (t) => t.search?.[i]?.fetchedKiB * kib, size],
      [
        `first search “${name}”: answered after its data arrived (4× CPU)`,
        (t) => t.search?.[i]?.answerMs,
        ms,
      ],
      [`…then the next search (4× CPU)`, (t) => t.search?.[i]?.nextMs, ms],
    ];
  }),
  ['dist/: files', (t) => t.dist?.files, plain],
  ['dist/: bytes', (t) => t.dist?.bytes, size],
];

const line = (cells) => `| ${cells.join(' | ')} |`;

/** measure | 1 guide | N guides | N / 1. */
export function libraryTable(one, library) {
  const head = ['measure', one?.label ?? '1 guide', library?.label ?? 'N guides', 'ratio'];
  return [
    line(head),
    `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.map(([measure, of, format]) => {
      const a = one ? of(one) : undefined;
      const b = library ? of(library) : undefined;
      return line([measure, format(a), format(b), ratio(b, a)]);
    }),
  ].join('\n');
}

/** page (tree) | shown, 10 | shown, 1,000 | ratio | elements, 10 | elements, 1,000. */
export function sessionsTable(...trees) {
  const head = [
    'page (build)',
    'shown, 10 sessions',
    'shown, 1,000 sessions',
    '1,000 / 10',
    'elements, 10 sessions',
    'elements, 1,000 sessions',
  ];
  const out = [line(head), `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  for (const tree of trees) {
    const byPath = new Map();
    for (const r of tree?.sessions ?? []) {
      byPath.set(r.path, { ...byPath.get(r.path), [r.sessions]: r });
    }
    for (const [path, by] of byPath) {
      const few = by[10];
      const many = by[1000];
      out.push(
        line([
          `\`${path}\` (${tree.label})`,
          ms(few?.shownMs),
          ms(many?.shownMs),
          ratio(many?.shownMs, few?.shownMs),
          plain(few?.domNodes),
          plain(many?.domNodes),
        ]),
      );
    }
  }
  return out.join('\n');
}
