import { guideBasePath, guideVersion } from '../../content/extension-failures/guide';
import { stepHref, stepPathname } from '../../src/features/guide/links/guide-href';
import { answerValuesFor } from '../../src/machine/guide-events';
import { pathsToTheEnd } from '../../src/machine/guide-paths';
import type { StepMeta } from '../../src/machine/step-meta';
import { steps } from '../../src/machine/steps';
import type { Rng } from './prng';

/**
 * Generated guide links for the link fuzzer: real links read off the machine (every step, the
 * answers of every way through the guide), and those links bent the ways links get bent in case
 * records, chat tools and by hand.
 */

export interface FuzzLink {
  kind: string;
  /** A path and query on the app's origin. */
  url: string;
  /** What it must show, when that is certain: a step's title, or another `h1`. */
  expectHeading?: string;
}

export const unknownStepHeading = 'There is no such step in this guide';
export const badLinkHeading = "This link can't be opened as it is";
export const notFoundHeading = 'Page not found';
export const homeHeading = 'Guided troubleshooting';

/** Every `h1` a link may show: a step, or a message with a way forward. */
export const acceptableHeadings: ReadonlySet<string> = new Set([
  ...steps.map((s) => s.title),
  unknownStepHeading,
  badLinkHeading,
  notFoundHeading,
  homeHeading,
]);

/** A payload that, should it ever run, leaves a trace the test looks for. */
export const payloadGlobal = '__fuzzPayloadRan';
const scriptPayloads = [
  `<script>window.${payloadGlobal}=1;alert(1)</script>`,
  `"><img src=x onerror="window.${payloadGlobal}=1;alert(1)">`,
  `'><svg onload=alert(1)>`,
  `javascript:window.${payloadGlobal}=1`,
  `</title><script>alert(1)</script>`,
  `{{constructor.constructor('alert(1)')()}}`,
  `\${alert(1)}`,
  `<iframe srcdoc="<script>parent.${payloadGlobal}=1</script>">`,
  `data:text/html,<script>alert(1)</script>`,
];

const newlines = ['%0a', '%0d', '%0D%0A', '%E2%80%A8', '%E2%80%A9', '%C2%85', '%0b', '%0c'];
const badPercents = ['%', '%G1', '%E0%A4%A', '%C0%AF', '%FF', '%ED%A0%80', '%%', '%2', '%u2028'];
const unicodeBits = [
  'é',
  'e\u0301',
  'ı',
  'İ',
  'ß',
  '\u200b',
  '\u200d',
  '\u202e',
  '\ufeff',
  '😀',
  '👩‍💻',
  'ｃｏｌｌｅｃｔ',
  'Ω',
  '中文',
  '\u0000',
];
const oddVersions = [
  '0',
  '-1',
  '1.0',
  '1e0',
  '01',
  '999999',
  '1000000',
  ' 1',
  '0x1',
  '',
  'v',
  'NaN',
];
const returnTargets = [
  'https://example.com/',
  '//example.com',
  'javascript:alert(1)',
  '/extension-failures/retry',
  '__proto__',
  'constructor',
  'toString',
  'nope',
  '',
];
const protoKeys = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString'];

const enc = encodeURIComponent;

/** A step's answered links: the answers of a way through the guide, up to that step. */
interface AnsweredLink {
  step: StepMeta;
  answers: Record<string, string>;
}

function answeredLinks(): AnsweredLink[] {
  const seen = new Set<string>();
  const links: AnsweredLink[] = [];
  for (const path of pathsToTheEnd()) {
    const answers: Record<string, string> = {};
    for (const s of path.steps) {
      if (s.value !== undefined) answers[s.step.id] = s.value;
      const href = stepHref(s.next, answers);
      if (seen.has(href)) continue;
      seen.add(href);
      links.push({ step: s.next, answers: { ...answers } });
    }
  }
  return links;
}

function randomText(rng: Rng, length: number, alphabet = 'abcdefghijklmnopqrstuvwxyz-0123456789') {
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet[rng.int(alphabet.length)];
  return text;
}

/** A step path with one typo: a letter dropped, added, changed or swapped, or another case. */
function nearMiss(rng: Rng, path: string): string {
  const i = rng.int(path.length);
  switch (rng.int(7)) {
    case 0:
      return path.slice(0, i) + path.slice(i + 1);
    case 1:
      return path.slice(0, i) + randomText(rng, 1) + path.slice(i);
    case 2:
      return path.slice(0, i) + randomText(rng, 1) + path.slice(i + 1);
    case 3:
      return i + 1 < path.length
        ? path.slice(0, i) + path[i + 1] + path[i] + path.slice(i + 2)
        : path + 's';
    case 4:
      return path.toUpperCase();
    case 5:
      return `${path}/${randomText(rng, 1 + rng.int(8))}`;
    default:
      return path.includes('/') ? path.slice(path.indexOf('/') + 1) : `x/${path}`;
  }
}

/** Inserts `bit` at a random place of a step path (after the guide's base). */
function insertIntoPath(rng: Rng, step: StepMeta, bit: string): string {
  const path = step.path;
  const at = rng.int(path.length + 1);
  return `${guideBasePath}/${path.slice(0, at)}${bit}${path.slice(at)}`;
}

function queryOf(link: AnsweredLink): string {
  const href = stepHref(link.step, link.answers);
  return href.slice(href.indexOf('?') + 1);
}

/**
 * `count` links (at least one of each kind), drawn from `rng`: the same seed gives the same
 * links for the same machine.
 */
export function fuzzLinks(rng: Rng, count: number): FuzzLink[] {
  const answered = answeredLinks();
  const answeredWithQuery = answered.filter((l) => Object.keys(l.answers).length > 0);
  const questions = steps.filter((s) => answerValuesFor(s).length > 0);
  const pathed = steps.filter((s) => s.path !== '');
  const anyAnswered = () => rng.pick(answeredWithQuery);

  const kinds: Record<string, () => FuzzLink> = {
    'valid answers': () => {
      const link = rng.pick(answered);
      return { kind: '', url: stepHref(link.step, link.answers), expectHeading: link.step.title };
    },
    'reference step': () => {
      const step = rng.pick(steps);
      return { kind: '', url: stepPathname(step), expectHeading: step.title };
    },
    'real file path': () => {
      const step = rng.pick(steps);
      const query = rng.chance(0.3) ? `?${queryOf(anyAnswered())}` : '';
      // With a query the answers decide what shows; without, the file's own step.
      return {
        kind: '',
        url: `${stepPathname(step)}/index.html${query}`,
        expectHeading: query ? undefined : step.title,
      };
    },
    'trailing slash': () => {
      const link = rng.pick(answered);
      const href = stepHref(link.step, link.answers);
      const [path, query] = href.split('?');
      return {
        kind: '',
        url: `${path}/${query ? `?${query}` : ''}`,
        expectHeading: link.step.title,
      };
    },
    'encoded slash': () => {
      const step = rng.pick(pathed.filter((s) => s.path.includes('/')));
      const slash = rng.pick(['%2F', '%2f']);
      return {
        kind: '',
        url: `${guideBasePath}/${step.path.replace('/', slash)}`,
        expectHeading: step.title,
      };
    },
    'encoded letters': () => {
      const step = rng.pick(pathed);
      const path = step.path.replace(/[a-z]/g, (c) =>
        rng.chance(0.3) ? `%${c.charCodeAt(0).toString(16)}` : c,
      );
      return { kind: '', url: `${guideBasePath}/${path}`, expectHeading: step.title };
    },
    'newline in path': () => {
      const step = rng.pick(pathed);
      return {
        kind: '',
        url: insertIntoPath(rng, step, rng.pick(newlines)),
        expectHeading: unknownStepHeading,
      };
    },
    'newline in query': () => {
      const link = anyAnswered();
      const params = queryOf(link).split('&');
      const i = rng.int(params.length);
      params[i] += rng.pick(newlines);
      return { kind: '', url: `${stepPathname(link.step)}?${params.join('&')}` };
    },
    'random path': () => {
      const segments = Array.from({ length: 1 + rng.int(3) }, () =>
        randomText(rng, 1 + rng.int(12)),
      );
      const base = rng.chance(0.8) ? guideBasePath : '';
      return { kind: '', url: `${base}/${segments.join('/')}` };
    },
    'near-miss path': () => {
      const step = rng.pick(pathed);
      const query = rng.chance(0.4) ? `?${queryOf(anyAnswered())}` : '';
      return { kind: '', url: `${guideBasePath}/${nearMiss(rng, step.path)}${query}` };
    },
    'odd slashes': () => {
      const step = rng.pick(pathed);
      const variant = rng.pick([
        `${guideBasePath}//${step.path}`,
        `${guideBasePath}/${step.path}//`,
        `/${guideBasePath}/${step.path}`,
        `${guideBasePath}/${step.path}/.`,
        `${guideBasePath}/${step.path.replace('/', '%5C')}`,
        `${guideBasePath}/${step.path}.html`,
        `${guideBasePath}/${step.path}/index.htm`,
        `${guideBasePath}/${step.path}/index.html/`,
      ]);
      return { kind: '', url: variant };
    },
    'tampered answer': () => {
      const link = anyAnswered();
      const ids = Object.keys(link.answers);
      const id = rng.pick(ids);
      const step = steps.find((s) => s.id === id)!;
      const other = rng.pick(questions.filter((s) => s.id !== id));
      const value = link.answers[id]!;
      const tampered = rng.pick([
        rng.pick(answerValuesFor(other)),
        value.toUpperCase(),
        `${value},${rng.pick(answerValuesFor(step))}`,
        `${value} `,
        '',
        randomText(rng, 1 + rng.int(20)),
        `${value}%00`,
        rng.pick(answerValuesFor(step)),
      ]);
      const answers = { ...link.answers, [id]: tampered };
      const query = Object.entries(answers)
        .map(([k, v]) => `${k}=${v.includes('%') ? v : enc(v)}`)
        .concat(`v=${guideVersion}`);
      return { kind: '', url: `${stepPathname(link.step)}?${rng.shuffle(query).join('&')}` };
    },
    'truncated query': () => {
      const link = anyAnswered();
      const query = queryOf(link);
      return {
        kind: '',
        url: `${stepPathname(link.step)}?${query.slice(0, rng.int(query.length))}`,
      };
    },
    'duplicated parameter': () => {
      const link = anyAnswered();
      const params = queryOf(link).split('&');
      const copy = rng.pick(params);
      const [key] = copy.split('=');
      const step = steps.find((s) => s.id === key);
      const again = rng.chance(0.5) || !step ? copy : `${key}=${rng.pick(answerValuesFor(step))}`;
      params.splice(rng.int(params.length + 1), 0, again);
      return { kind: '', url: `${stepPathname(link.step)}?${params.join('&')}` };
    },
    'reordered parameters': () => {
      const link = anyAnswered();
      const params = rng.shuffle(queryOf(link).split('&'));
      return {
        kind: '',
        url: `${stepPathname(link.step)}?${params.join('&')}`,
        expectHeading: link.step.title,
      };
    },
    'bad percent-encoding': () => {
      const bad = rng.pick(badPercents);
      if (rng.chance(0.5)) return { kind: '', url: insertIntoPath(rng, rng.pick(pathed), bad) };
      const link = anyAnswered();
      const params = queryOf(link).split('&');
      params[rng.int(params.length)] += bad;
      return { kind: '', url: `${stepPathname(link.step)}?${params.join('&')}` };
    },
    unicode: () => {
      const bit = enc(rng.pick(unicodeBits));
      const where = rng.int(3);
      if (where === 0) return { kind: '', url: insertIntoPath(rng, rng.pick(pathed), bit) };
      const link = anyAnswered();
      const params = queryOf(link).split('&');
      const i = rng.int(params.length);
      params[i] = where === 1 ? `${params[i]}${bit}` : `${bit}${params[i]}`;
      return { kind: '', url: `${stepPathname(link.step)}?${params.join('&')}` };
    },
    'long query': () => {
      const size = rng.pick([10 * 1024, 100 * 1024]);
      const link = anyAnswered();
      const filler = rng.pick([
        () => `&x=${'a'.repeat(size)}`,
        () =>
          `&${Array.from({ length: Math.ceil(size / 6) }, (_, i) => `k${i % 100}=1`).join('&')}`.slice(
            0,
            size,
          ),
        () => `&log-permission=${'granted,'.repeat(Math.ceil(size / 8))}`.slice(0, size),
      ])();
      return { kind: '', url: `${stepPathname(link.step)}?${queryOf(link)}${filler}` };
    },
    'script payload': () => {
      const payload = enc(rng.pick(scriptPayloads));
      const where = rng.int(4);
      if (where === 0) return { kind: '', url: `${guideBasePath}/${payload}` };
      if (where === 1) return { kind: '', url: insertIntoPath(rng, rng.pick(pathed), payload) };
      const link = anyAnswered();
      const params = queryOf(link).split('&');
      const i = rng.int(params.length);
      const [key] = params[i]!.split('=');
      params[i] = where === 2 ? `${key}=${payload}` : `${payload}=1`;
      return { kind: '', url: `${stepPathname(link.step)}?${params.join('&')}` };
    },
    'odd version': () => {
      const link = anyAnswered();
      const params = queryOf(link)
        .split('&')
        .map((p) => (p.startsWith('v=') ? `v=${enc(rng.pick(oddVersions))}` : p));
      return { kind: '', url: `${stepPathname(link.step)}?${params.join('&')}` };
    },
    'return anywhere': () => {
      const link = anyAnswered();
      const target = rng.chance(0.4) ? rng.pick(steps).id : rng.pick(returnTargets);
      return { kind: '', url: `${stepHref(link.step, link.answers)}&return=${enc(target)}` };
    },
    'prototype keys': () => {
      const link = anyAnswered();
      const key = rng.pick(protoKeys);
      const value = rng.chance(0.5) ? 'x' : rng.pick(['granted', '1', '{}']);
      return { kind: '', url: `${stepHref(link.step, link.answers)}&${enc(key)}=${enc(value)}` };
    },
    'outside the guide': () => {
      const path = rng.pick([
        '/',
        '/index.html',
        `/${randomText(rng, 8)}`,
        `${guideBasePath}/index.html`,
      ]);
      const expectHeading =
        path === '/' || path === '/index.html'
          ? homeHeading
          : path === `${guideBasePath}/index.html`
            ? steps.find((s) => s.kind === 'start')!.title
            : undefined;
      return { kind: '', url: path, expectHeading };
    },
  };

  const names = Object.keys(kinds);
  const links: FuzzLink[] = [];
  for (let i = 0; i < Math.max(count, names.length); i++) {
    // Every kind once, then at random.
    const name = i < names.length ? names[i]! : rng.pick(names);
    links.push({ ...kinds[name]!(), kind: name });
  }
  return links;
}
