import { caseSummary, casesDone, type TrainingProgress } from './training-progress';

/**
 * A trainee's progress as a short report a trainer can read: plain text or Markdown, to copy
 * or download. Times are written in UTC so the report reads the same wherever it is opened.
 */

export interface ReportCase {
  id: string;
  title: string;
}

export interface ReportOptions {
  format: 'text' | 'markdown';
  guideTitle: string;
  generatedAt: Date;
  /** The trainee's name, if they gave one (it stays in the report, never in storage). */
  trainee?: string;
  /** Step titles by id, to name where a walk went wrong. */
  stepTitle?: (stepId: string) => string | undefined;
}

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? `${m} min ${String(s).padStart(2, '0')} s` : `${s} s`;
}

function formatUtc(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** A Markdown table cell: pipes escaped, one line. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

export function progressReport(
  progress: TrainingProgress,
  cases: readonly ReportCase[],
  options: ReportOptions,
): string {
  const md = options.format === 'markdown';
  const solved = new Set(casesDone(progress));
  const rows = cases.map((c) => ({ c, s: caseSummary(progress, c.id) }));
  // Only the guide's current cases count (progress may hold cases since removed).
  const done = rows.filter((r) => solved.has(r.c.id));
  const attempts = rows.reduce((n, r) => n + r.s.attempts, 0);
  const firstTime = rows.filter((r) => r.s.rightFirstTime).length;
  const where = (id: string) => options.stepTitle?.(id) ?? id;
  const lastResult = (r: (typeof rows)[number]) => {
    const last = r.s.last;
    if (!last) return 'not tried';
    if (last.correct) return 'right';
    if (!last.finished) return `not finished (stopped at ${where(last.reached)})`;
    return last.divergedAt ? `wrong from "${where(last.divergedAt)}"` : 'wrong';
  };

  const heading = `Training progress: ${options.guideTitle}`;
  const lines: string[] = [md ? `# ${heading}` : heading];
  if (!md) lines.push('='.repeat(heading.length));
  lines.push('');
  if (options.trainee) lines.push(`${md ? '**Trainee:**' : 'Trainee:'} ${options.trainee}`);
  lines.push(`${md ? '**Report made:**' : 'Report made:'} ${formatUtc(options.generatedAt)}`);
  lines.push(
    `${md ? '**Cases done:**' : 'Cases done:'} ${done.length} of ${cases.length} · attempts: ${attempts} · right first time: ${firstTime}`,
  );
  lines.push('');

  if (md) {
    lines.push('| Case | Attempts | Right | Best time | Last result |');
    lines.push('| --- | ---: | ---: | --- | --- |');
    for (const r of rows) {
      const best = r.s.bestTimeMs === undefined ? '–' : formatDuration(r.s.bestTimeMs);
      lines.push(
        `| ${cell(r.c.title)} | ${r.s.attempts} | ${r.s.correct} | ${best} | ${cell(lastResult(r))} |`,
      );
    }
  } else {
    for (const r of rows) {
      const best =
        r.s.bestTimeMs === undefined ? '' : `, best time ${formatDuration(r.s.bestTimeMs)}`;
      lines.push(
        `- ${r.c.title}: ${r.s.attempts} attempt(s), ${r.s.correct} right${best}; last: ${lastResult(r)}`,
      );
    }
  }

  const history = rows
    .flatMap((r) => (progress.cases[r.c.id]?.attempts ?? []).map((a) => ({ title: r.c.title, a })))
    .sort((x, y) => x.a.at.localeCompare(y.a.at));
  if (history.length > 0) {
    lines.push('', md ? '## Attempts' : 'Attempts', ...(md ? [] : ['--------']), '');
    for (const { title, a } of history) {
      const result = a.correct
        ? 'right'
        : !a.finished
          ? `not finished (stopped at ${where(a.reached)})`
          : a.divergedAt
            ? `wrong from "${where(a.divergedAt)}"`
            : 'wrong';
      const backs = a.backs === 1 ? '1 back' : `${a.backs} backs`;
      lines.push(
        `- ${formatUtc(a.at)} · ${title} · ${result} · ${formatDuration(a.timeMs)} · ${backs}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
