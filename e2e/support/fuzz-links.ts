import { stepHref, stepPathname } from '../../src/features/guide/links/guide-href';
import { answerValuesFor } from '../../src/machine/guide-events';
import type { GuideModel } from '../../src/machine/guide-model';
import { pathsToTheEnd } from '../../src/machine/guide-paths';
import type { StepMeta } from '../../src/machine/step-meta';
import type { Rng } from './prng';

/**
 * Generated links for the link fuzzer: real links read off every guide's machine (every step,
 * the answers of every way through the guide), and those links bent the ways links get bent in
 * case records, chat tools and by hand; and search links.
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
export const searchHeading = 'Search the guides';

/**
 * Whether a link may show this `h1`: a step of one of the guides, a message with a way forward,
 * the home page or a search page.
 */
export function acceptableHeading(guides: readonly GuideModel[]): (heading: string) => boolean {
  const known = new Set([
    ...guides.flatMap((g) => g.steps.map((s) => s.title)),
    unknownStepHeading,
    badLinkHeading,
    notFoundHeading,
    homeHeading,
    searchHeading,
  ]);
  return (heading) => known.has(heading) || heading.startsWith('Search results for “');
}

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
  '/',
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
  guide: GuideModel;
  step: StepMeta;
  answers: Record<string, string>;
}

function answeredLinks(guide: GuideModel): AnsweredLink[] {
  const seen = new Set<string>();
  const links: AnsweredLink[] = [];
  for (const path of pathsToTheEnd(guide)) {
    const answers: Record<string, string> = {};
    for (const s of path.steps) {
      if (s.value !== undefined) answers[s.step.id] = s.value;
      const href = stepHref(guide, s.next, answers);
      if (seen.has(href)) continue;
      seen.add(href);
      links.push({ guide, step: s.next, answers: { ...answers } });
    }
  }
  return links;
}

/** A link's step and answers as a URL. */
const hrefOf = (link: AnsweredLink) => stepHref(link.guide, link.step, link.answers);
/** A link's step, with no query. */
const pathOf = (link: AnsweredLink) => stepPathname(link.guide, link.step);

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

/** A guide's step. */
interface GuideStep {
  guide: GuideModel;
  step: StepMeta;
}

/** Inserts `bit` at a random place of a step path (after the guide's base). */
function insertIntoPath(rng: Rng, { guide, step }: GuideStep, bit: string): string {
  const path = step.path;
  const at = rng.int(path.length + 1);
  return `${guide.manifest.basePath}/${path.slice(0, at)}${bit}${path.slice(at)}`;
}

function queryOf(link: AnsweredLink): string {
  const href = hrefOf(link);
  return href.slice(href.indexOf('?') + 1);
}

/**
 * `count` links (at least one of each kind) into `guides`, drawn from `rng`: the same seed gives
 * the same links for the same guides.
 */
export function fuzzLinks(rng: Rng, count: number, guides: readonly GuideModel[]): FuzzLink[] {
  const answered = guides.flatMap(answeredLinks);
  const answeredWithQuery = answered.filter((l) => Object.keys(l.answers).length > 0);
  const steps: GuideStep[] = guides.flatMap((guide) =>
    guide.steps.map((step) => ({ guide, step })),
  );
  const pathed = steps.filter((s) => s.step.path !== '');
  const anyAnswered = () => rng.pick(answeredWithQuery);
  const anyGuide = () => rng.pick(guides);
  const base = (s: GuideStep) => s.guide.manifest.basePath;

  const kinds: Record<string, () => FuzzLink> = {
    'valid answers': () => {
      const link = rng.pick(answered);
      return { kind: '', url: hrefOf(link), expectHeading: link.step.title };
    },
    'reference step': () => {
      const { guide, step } = rng.pick(steps);
      return { kind: '', url: stepPathname(guide, step), expectHeading: step.title };
    },
    'real file path': () => {
      const { guide, step } = rng.pick(steps);
      const withAnswers = answeredWithQuery.filter((l) => l.guide === guide);
      const query =
        rng.chance(0.3) && withAnswers.length ? `?${queryOf(rng.pick(withAnswers))}` : '';
      // With a query the answers decide what shows; without, the file's own step.
      return {
        kind: '',
        url: `${stepPathname(guide, step)}/index.html${query}`,
        expectHeading: query ? undefined : step.title,
      };
    },
    'trailing slash': () => {
      const link = rng.pick(answered);
      const [path, query] = hrefOf(link).split('?');
      return {
        kind: '',
        url: `${path}/${query ? `?${query}` : ''}`,
        expectHeading: link.step.title,
      };
    },
    'encoded slash': () => {
      const s = rng.pick(pathed.filter((p) => p.step.path.includes('/')));
      const slash = rng.pick(['%2F', '%2f']);
      return {
        kind: '',
        url: `${base(s)}/${s.step.path.replace('/', slash)}`,
        expectHeading: s.step.title,
      };
    },
    'encoded letters': () => {
      const s = rng.pick(pathed);
      const path = s.step.path.replace(/[a-z]/g, (c) =>
        rng.chance(0.3) ? `%${c.charCodeAt(0).toString(16)}` : c,
      );
      return { kind: '', url: `${base(s)}/${path}`, expectHeading: s.step.title };
    },
    'newline in path': () => {
      const s = rng.pick(pathed);
      return {
        kind: '',
        url: insertIntoPath(rng, s, rng.pick(newlines)),
        expectHeading: unknownStepHeading,
      };
    },
    'newline in query': () => {
      const link = anyAnswered();
      const params = queryOf(link).split('&');
      const i = rng.int(params.length);
      params[i] += rng.pick(newlines);
      return { kind: '', url: `${pathOf(link)}?${params.join('&')}` };
    },
    'random path': () => {
      const segments = Array.from({ length: 1 + rng.int(3) }, () =>
        randomText(rng, 1 + rng.int(12)),
      );
      const under = rng.chance(0.8) ? anyGuide().manifest.basePath : '';
      return { kind: '', url: `${under}/${segments.join('/')}` };
    },
    'near-miss path': () => {
      const s = rng.pick(pathed);
      const withAnswers = answeredWithQuery.filter((l) => l.guide === s.guide);
      const query =
        rng.chance(0.4) && withAnswers.length ? `?${queryOf(rng.pick(withAnswers))}` : '';
      return { kind: '', url: `${base(s)}/${nearMiss(rng, s.step.path)}${query}` };
    },
    'odd slashes': () => {
      const s = rng.pick(pathed);
      const [b, path] = [base(s), s.step.path];
      const variant = rng.pick([
        `${b}//${path}`,
        `${b}/${path}//`,
        `/${b}/${path}`,
        `${b}/${path}/.`,
        `${b}/${path.replace('/', '%5C')}`,
        `${b}/${path}.html`,
        `${b}/${path}/index.htm`,
        `${b}/${path}/index.html/`,
      ]);
      return { kind: '', url: variant };
    },
    'tampered answer': () => {
      const link = anyAnswered();
      const { guide } = link;
      const questions = guide.steps.filter((s) => answerValuesFor(s).length > 0);
      const ids = Object.keys(link.answers);
      const id = rng.pick(ids);
      const step = guide.stepById(id)!;
      const others = questions.filter((s) => s.id !== id);
      const value = link.answers[id]!;
      const tampered = rng.pick([
        others.length ? rng.pick(answerValuesFor(rng.pick(others))) : value,
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
        .concat(`v=${guide.manifest.version}`);
      return { kind: '', url: `${pathOf(link)}?${rng.shuffle(query).join('&')}` };
    },
    'truncated query': () => {
      const link = anyAnswered();
      const query = queryOf(link);
      return { kind: '', url: `${pathOf(link)}?${query.slice(0, rng.int(query.length))}` };
    },
    'duplicated parameter': () => {
      const link = anyAnswered();
      const params = queryOf(link).split('&');
      const copy = rng.pick(params);
      const [key = ''] = copy.split('=');
      const step = link.guide.stepById(key);
      const again = rng.chance(0.5) || !step ? copy : `${key}=${rng.pick(answerValuesFor(step))}`;
      params.splice(rng.int(params.length + 1), 0, again);
      return { kind: '', url: `${pathOf(link)}?${params.join('&')}` };
    },
    'reordered parameters': () => {
      const link = anyAnswered();
      const params = rng.shuffle(queryOf(link).split('&'));
      return {
        kind: '',
        url: `${pathOf(link)}?${params.join('&')}`,
        expectHeading: link.step.title,
      };
    },
    'bad percent-encoding': () => {
      const bad = rng.pick(badPercents);
      if (rng.chance(0.5)) return { kind: '', url: insertIntoPath(rng, rng.pick(pathed), bad) };
      const link = anyAnswered();
      const params = queryOf(link).split('&');
      params[rng.int(params.length)] += bad;
      return { kind: '', url: `${pathOf(link)}?${params.join('&')}` };
    },
    unicode: () => {
      const bit = enc(rng.pick(unicodeBits));
      const where = rng.int(3);
      if (where === 0) return { kind: '', url: insertIntoPath(rng, rng.pick(pathed), bit) };
      const link = anyAnswered();
      const params = queryOf(link).split('&');
      const i = rng.int(params.length);
      params[i] = where === 1 ? `${params[i]}${bit}` : `${bit}${params[i]}`;
      return { kind: '', url: `${pathOf(link)}?${params.join('&')}` };
    },
    'long query': () => {
      const size = rng.pick([10 * 1024, 100 * 1024]);
      const link = anyAnswered();
      const [id, value] = Object.entries(link.answers)[0]!;
      const filler = rng.pick([
        () => `&x=${'a'.repeat(size)}`,
        () =>
          `&${Array.from({ length: Math.ceil(size / 6) }, (_, i) => `k${i % 100}=1`).join('&')}`.slice(
            0,
            size,
          ),
        () => `&${id}=${`${value},`.repeat(Math.ceil(size / (value.length + 1)))}`.slice(0, size),
      ])();
      return { kind: '', url: `${pathOf(link)}?${queryOf(link)}${filler}` };
    },
    'script payload': () => {
      const payload = enc(rng.pick(scriptPayloads));
      const where = rng.int(4);
      if (where === 0) return { kind: '', url: `${anyGuide().manifest.basePath}/${payload}` };
      if (where === 1) return { kind: '', url: insertIntoPath(rng, rng.pick(pathed), payload) };
      const link = anyAnswered();
      const params = queryOf(link).split('&');
      const i = rng.int(params.length);
      const [key] = params[i]!.split('=');
      params[i] = where === 2 ? `${key}=${payload}` : `${payload}=1`;
      return { kind: '', url: `${pathOf(link)}?${params.join('&')}` };
    },
    'odd version': () => {
      const link = anyAnswered();
      const params = queryOf(link)
        .split('&')
        .map((p) => (p.startsWith('v=') ? `v=${enc(rng.pick(oddVersions))}` : p));
      return { kind: '', url: `${pathOf(link)}?${params.join('&')}` };
    },
    'return anywhere': () => {
      const link = anyAnswered();
      const target = rng.chance(0.4) ? rng.pick(link.guide.steps).id : rng.pick(returnTargets);
      return { kind: '', url: `${hrefOf(link)}&return=${enc(target)}` };
    },
    'prototype keys': () => {
      const link = anyAnswered();
      const key = rng.pick(protoKeys);
      const value = rng.chance(0.5) ? 'x' : rng.pick(['1', '{}', ...Object.values(link.answers)]);
      return { kind: '', url: `${hrefOf(link)}&${enc(key)}=${enc(value)}` };
    },
    'outside the guide': () => {
      const guide = anyGuide();
      const guideFile = `${guide.manifest.basePath}/index.html`;
      const path = rng.pick(['/', '/index.html', `/${randomText(rng, 8)}`, guideFile]);
      const expectHeading =
        path === '/' || path === '/index.html'
          ? homeHeading
          : path === guideFile
            ? guide.startStep.title
            : undefined;
      return { kind: '', url: path, expectHeading };
    },
    search: () => {
      const query = rng.pick([
        () => enc(rng.pick(scriptPayloads)),
        () => enc(rng.pick(unicodeBits)),
        () => rng.pick(badPercents),
        () => 'a'.repeat(rng.pick([1024, 10 * 1024])),
        () => enc(randomText(rng, 1 + rng.int(30), 'abcdefx0123456789 ')),
        () => rng.pick(newlines),
        () => '',
      ])();
      const extra = rng.chance(0.2) ? `&q=${enc(rng.pick(scriptPayloads))}` : '';
      return { kind: '', url: `/search?q=${query}${extra}` };
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
