import { expect, test } from 'vitest';
import { guideRegistry } from '../../guides/guide-registry';
import { answerLabel } from '../../machine/answer-labels';
import { pathsToTheEnd } from '../../machine/guide-paths';
import type { Answers } from '../../machine/guide-snapshot';
import type { LogExcerpt, PracticeCase } from '../../machine/guide-training';
import { replay } from '../../machine/replay';

/**
 * What this TSG's data must say, beyond what `npm run check:guides` checks of every guide: its
 * log signatures keep the TSG's traps in mind, and its practice cases teach what new hires must
 * meet, in the real formats of the logs.
 */

const guide = await guideRegistry.loadGuide('extension-failures');
const bundle = await guideRegistry.loadBundle('extension-failures');
const signatures = (await bundle.signatures!())!;
const practiceCases = await bundle.practiceCases!();
const glossary = await bundle.glossary!();

test('the analyzer pre-fills the findings step, and every finding has a signature', () => {
  const step = guide.stepById(signatures.step);
  expect(step?.id).toBe('findings');
  const answer = step?.answer;
  const options = answer?.type === 'multiple' ? answer.options.map((o) => o.value) : [];
  for (const value of options) {
    expect(
      signatures.signatures.some((s) => s.supports.value === value),
      value,
    ).toBe(true);
  }
});

test('the three error names answer the error-code step, one option each', () => {
  const values = guide.stepById('error-code')!.answer!.options.map((o) => o.value);
  const supported = signatures.signatures
    .filter((s) => s.supports.step === 'error-code')
    .map((s) => s.supports.value);
  expect(supported.sort()).toEqual([...values].sort());
});

test('Event ID 4689 counts only in the Application log, with its text, never by its id alone', () => {
  for (const s of signatures.signatures) {
    if ('eventId' in s.match) {
      expect(s.sources, s.id).toEqual(['application-log']);
      expect(s.match.allOf?.length ?? 0, s.id).toBeGreaterThan(0);
    }
  }
  const security = signatures.notEvidence.find((n) => n.sources.includes('security-log'));
  expect(security?.match).toEqual({ eventId: 4689 });
  expect(security?.explanation).toContain('A process has exited');
});

test('the IaaSVM provider state error is only ever a lead: the TSG quotes no text for it', () => {
  const provider = signatures.signatures.filter((s) => s.supports.value === 'iaasvm-provider');
  expect(provider.length).toBeGreaterThan(0);
  for (const s of provider) expect(s.certainty, s.id).toBe('lead');
});

test('what only the engineer can answer: the reboot, the DLL dates, an error code not in the logs', () => {
  expect(signatures.engineerQuestions.map((q) => q.step).sort()).toEqual([
    'dll-dates',
    'error-code',
    'reboot',
  ]);
});

// The practice cases.
const answersOf = (c: PracticeCase) => c.expected.answers;
const findingsOf = (c: PracticeCase) => (answersOf(c).findings ?? '').split(',');
const logsOf = (c: PracticeCase): LogExcerpt[] => c.card.sections.flatMap((s) => s.logs ?? []);
const section = (c: PracticeCase, heading: string) =>
  c.card.sections.find((s) => s.heading === heading);
const trailOf = (answers: Answers) => replay(guide, answers).trail.map((s) => s.id);

test('every step is visited by some case', () => {
  const visited = new Set(practiceCases.flatMap((c) => trailOf(c.expected.answers)));
  expect(guide.steps.map((s) => s.id).filter((id) => !visited.has(id))).toEqual([]);
});

test('the cases new hires must meet are there', () => {
  const some = (what: string, pick: (c: PracticeCase) => boolean) =>
    expect(practiceCases.some(pick), what).toBe(true);
  some('permission not granted at first', (c) => answersOf(c)['log-permission'] === 'not-granted');
  some(
    'two of three symptoms',
    (c) =>
      answersOf(c)['error-code'] !== 'extension-snapshot-failed-com' &&
      findingsOf(c).includes('event-4689') &&
      answersOf(c).reboot !== 'yes' &&
      c.expected.outcome === 'known-issues',
  );
  some(
    'a Security-log 4689 that is not evidence',
    (c) =>
      logsOf(c).some(
        (l) => /Log Name:\s+Security/.test(l.text) && /Event ID:\s+4689/.test(l.text),
      ) && !findingsOf(c).includes('event-4689'),
  );
  some('same DLL dates', (c) => answersOf(c)['dll-dates'] === 'same');
  some('none of the known causes', (c) => answersOf(c).findings === 'none');
  for (const cause of guide.steps.filter((s) => s.kind === 'cause')) {
    some(
      `${cause.id} resolved`,
      (c) => cause.id in answersOf(c) && c.expected.outcome === 'resolved',
    );
  }
});

const formats: Record<string, RegExp> = {
  plugin: /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z \[(Info|Warning|Error)\]: \S/,
  waappagent: /^\[\d{8}\] \[\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d\.\d\d\] \[(INFO|WARN|ERROR)\] {2}\S/,
};

test('log excerpts keep the formats of their sources', () => {
  for (const c of practiceCases) {
    for (const log of logsOf(c)) {
      const where = `${c.id}: ${log.title}`;
      if (log.format === 'event-viewer') {
        const event =
          /^Log Name: +(Application|System|Security)\nSource: +\S.*\nDate: +.+\nEvent ID: +\d+\n/;
        expect(event.test(log.text) || /^No events match/.test(log.text), where).toBe(true);
        if (/^Log Name/.test(log.text)) expect(log.text, where).toMatch(/\nDescription:\n\S/);
      } else {
        expect(formats[log.format!], where).toBeDefined();
        for (const line of log.text.split('\n')) expect(line, where).toMatch(formats[log.format!]!);
      }
    }
  }
});

/** The TSG's evidence for each finding, as a log would show it. */
const evidence = {
  'event-4689': (text: string) =>
    /Log Name:\s+Application/.test(text) &&
    /Event ID:\s+4689/.test(text) &&
    text.includes(
      'The run-time environment has detected an inconsistency in its internal state.',
    ) &&
    text.includes('Error Code = 0x8000ffff : Catastrophic failure'),
  'iaasvm-provider': (text: string) => /IaaSVM provider/i.test(text),
  'install-provider-com-exception': (text: string) =>
    text.includes(
      '[Error]: Install provider failed {Exception = System.Runtime.InteropServices.COMException (0x80110401): Errors occurred accessing one or more objects - the ErrorInfo collection may have more detail (Exception from HRESULT: 0x80110401)',
    ),
};

test('each card shows the evidence for exactly the findings its path relies on', () => {
  for (const c of practiceCases) {
    for (const [finding, shows] of Object.entries(evidence)) {
      const shown = logsOf(c).some((l) => shows(l.text));
      expect(shown, `${c.id}: ${finding}`).toBe(findingsOf(c).includes(finding));
    }
  }
});

test('each card’s error and DLL dates agree with its expected answers', () => {
  for (const c of practiceCases) {
    const code = answersOf(c)['error-code'];
    if (code) {
      expect(section(c, 'The failed backup job')?.code, c.id).toBe(
        answerLabel(guide.stepById('error-code')!, code),
      );
    }
    const dll = answersOf(c)['dll-dates'];
    if (dll) {
      const rows = section(c, 'msvcp120.dll and msvcr120.dll')?.table?.rows ?? [];
      expect(
        rows.map((r) => r[0]),
        c.id,
      ).toEqual(['C:\\Windows\\System32\\msvcp120.dll', 'C:\\Windows\\System32\\msvcr120.dll']);
      expect(new Set(rows.map((r) => r[1])).size === 1, c.id).toBe(dll === 'same');
    }
  }
});

test('every case takes one of the routes generated from the machine', () => {
  const routes = new Set(
    pathsToTheEnd(guide).map((p) => [...p.steps.map((s) => s.step.id), p.end.id].join(' → ')),
  );
  for (const c of practiceCases) {
    expect(routes.has(trailOf(c.expected.answers).join(' → ')), c.id).toBe(true);
  }
});

test('the glossary: the terms the TSG assumes, each marked by its source', () => {
  const terms = glossary.map((e) => e.term);
  for (const needed of [
    'ASC',
    'Inspect IaaS Disk',
    'COM+',
    'MDTC',
    'Desktop heap',
    'IaaSVM provider',
    'VSS',
    'BCDRAgent',
    'WaAppAgent',
    'VMSnapshot extension',
    'Event Viewer',
    'HRESULT',
  ]) {
    expect(terms, needed).toContain(needed);
  }
  expect(glossary.filter((e) => e.source === 'added').length).toBeGreaterThan(glossary.length / 2);
});
