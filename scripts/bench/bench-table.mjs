// One table from the harness's result files (schema wizard-bench/1): our figures beside the
// static and SurveyJS peers measured in the same run, the ratios, and the targets; on
// the click rows, the harness's floor (the same click on a page that only swaps its heading).

const kib = 1024;
const ms = (x) =>
  x == null ? '–' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`;
const kb = (x) => (x == null ? '–' : `${(x / kib).toFixed(1)} KiB`);
const plain = (x) => (x == null ? '–' : String(x));
const ratio = (a, b) => (a == null || b == null || b === 0 ? '–' : `${(a / b).toFixed(2)}×`);

const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (v.length === 0) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

const lh = (result, preset) => result?.lighthouse?.[preset]?.median;
const flow = (result, profile) => result?.flow?.profiles?.[profile];

/** The SurveyJS peer's median click on a profile: the median of its clicks' medians. */
export function peerMedianClick(result, profile) {
  return median(flow(result, profile)?.steps.map((s) => s.latencyMs.median) ?? []);
}

/**
 * Rows of the table: `{ measure, ours, static, surveyjs, floor, target, met, format, compare }`.
 * `compare: false` leaves the ratio columns empty (a peer figure that is not the same measure).
 * `met` is true, false, or undefined (no target).
 */
export function benchRows({ start, cause, answered, staticPeer, surveyjs, floor }) {
  const rows = [];
  const pages = [
    ['start page', start],
    ['cause page', cause],
    ['answered link', answered],
  ];
  const staticMobileLcp = lh(staticPeer, 'mobile')?.lcp;
  for (const preset of ['mobile', 'desktop']) {
    for (const [page, result] of pages) {
      const ours = lh(result, preset);
      const peer = (p) => lh(p, preset);
      const row = (name, key, format, target, met) =>
        rows.push({
          measure: `Lighthouse ${preset}, ${page}: ${name}`,
          ours: ours?.[key],
          static: peer(staticPeer)?.[key],
          surveyjs: peer(surveyjs)?.[key],
          format,
          target,
          met: ours?.[key] == null || !met ? undefined : met(ours[key]),
        });
      const firstScreen = preset === 'mobile' && page !== 'answered link';
      row(
        'performance',
        'performance',
        plain,
        firstScreen ? '100' : '',
        firstScreen && ((x) => x === 100),
      );
      if (preset === 'mobile' && page === 'answered link') {
        row(
          'LCP',
          'lcp',
          ms,
          staticMobileLcp == null
            ? '≤ 1.2× static'
            : `≤ 1.2× static (${ms(1.2 * staticMobileLcp)})`,
          staticMobileLcp != null && ((x) => x <= 1.2 * staticMobileLcp),
        );
      } else {
        row('LCP', 'lcp', ms, '', false);
      }
      row(
        'TBT',
        'tbt',
        ms,
        preset === 'mobile' ? '≤ 50 ms' : '',
        preset === 'mobile' && ((x) => x <= 50),
      );
      if (preset === 'mobile') row('CLS', 'cls', plain, '0', (x) => x === 0);
      if (preset === 'mobile' && page === 'start page') {
        row('JS on first load (brotli)', 'jsBytes', kb, '≤ 90 KiB', (x) => x <= 90 * kib);
      }
    }
  }
  for (const [profile, limit] of [
    ['desktop', 16],
    ['mobile', 50],
  ]) {
    const ours = flow(start, profile);
    const floorFlow = flow(floor, profile);
    const sjsClick = peerMedianClick(surveyjs, profile);
    rows.push({
      measure: `clicks ${profile}: ready (navigation → first step usable)`,
      ours: ours?.readyMs.median,
      static: flow(staticPeer, profile)?.readyMs.median,
      surveyjs: flow(surveyjs, profile)?.readyMs.median,
      floor: floorFlow?.readyMs.median,
      format: ms,
    });
    for (const [i, step] of (ours?.steps ?? []).entries()) {
      const x = step.latencyMs.median;
      const bound = sjsClick == null ? limit : Math.min(limit, sjsClick);
      rows.push({
        measure: `clicks ${profile}: ${i + 1}. ${step.name}`,
        ours: x,
        surveyjs: sjsClick,
        floor: floorFlow?.steps[i]?.latencyMs.median,
        format: ms,
        target: `≤ ${limit} ms, ≤ SurveyJS`,
        met: x == null ? undefined : x <= bound,
      });
    }
    rows.push({
      measure: `clicks ${profile}: ready + all clicks`,
      ours: ours?.appMs.median,
      surveyjs: flow(surveyjs, profile)?.appMs.median,
      floor: floorFlow?.appMs.median,
      format: ms,
    });
  }
  return rows;
}

const mark = (met) => (met === undefined ? '' : met ? 'yes' : 'NO');

/** The rows as one Markdown table (readable in a terminal, pasteable into docs/performance.md). */
export function benchTable(rows) {
  const head = [
    'measure',
    'ours',
    'static',
    'SurveyJS',
    'floor',
    'ours / static',
    'ours / SurveyJS',
    'target',
    'met',
  ];
  const lines = [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
  ];
  for (const r of rows) {
    const cells = [
      r.measure,
      r.format(r.ours),
      r.format(r.static),
      r.format(r.surveyjs),
      r.format(r.floor),
      r.compare === false ? '–' : ratio(r.ours, r.static),
      r.compare === false ? '–' : ratio(r.ours, r.surveyjs),
      r.target ?? '',
      mark(r.met),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** How many targets were measured and met. */
export function targetsMet(rows) {
  const judged = rows.filter((r) => r.met !== undefined);
  return { met: judged.filter((r) => r.met).length, of: judged.length };
}
