import { expect, test } from 'vitest';
import { answerLabel } from '../../src/machine/answer-labels';
import { createGuideModel } from '../../src/machine/guide-model';
import { pathsToTheEnd } from '../../src/machine/guide-paths';
import type { Answers } from '../../src/machine/guide-snapshot';
import { replay } from '../../src/machine/replay';
import { manifest } from './guide';
import { glossary } from './glossary';
import { definition } from './index';
import { extensionCases as practiceCases, type ExtensionCase } from './practice-cases';
import { whyWeAsk } from './why-we-ask';

/**
 * This guide's training data, checked against its TSG and its machine. (That every case is
 * accepted by the machine and every end step has a case is checked for every guide, in
 * `src/features/training/guide-training.test.ts`.)
 */

const guide = createGuideModel(manifest, definition);
const { steps } = guide;
const stepById = new Map(steps.map((s) => [s.id, s]));
const trailOf = (answers: Answers) => replay(guide, answers).trail.map((s) => s.id);

test('every step is visited by some case', () => {
  const visited = new Set(practiceCases.flatMap((c) => trailOf(c.expected.answers)));
  expect(steps.map((s) => s.id).filter((id) => !visited.has(id))).toEqual([]);
});

type PracticeCase = ExtensionCase;
const answersOf = (c: PracticeCase) => c.expected.answers;
const findingsOf = (c: PracticeCase) => (answersOf(c).findings ?? '').split(',');

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
      c.card.logs.some(
        (l) => /Log Name:\s+Security/.test(l.text) && /Event ID:\s+4689/.test(l.text),
      ) && !findingsOf(c).includes('event-4689'),
  );
  some('same DLL dates', (c) => answersOf(c)['dll-dates'] === 'same');
  some('none of the known causes', (c) => answersOf(c).findings === 'none');
  for (const cause of steps.filter((s) => s.kind === 'cause')) {
    some(
      `${cause.id} resolved`,
      (c) => cause.id in answersOf(c) && c.expected.outcome === 'resolved',
    );
  }
});

const formats = {
  plugin: /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z \[(Info|Warning|Error)\]: \S/,
  waappagent: /^\[\d{8}\] \[\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d\.\d\d\] \[(INFO|WARN|ERROR)\] {2}\S/,
};

test('log excerpts keep the formats of their sources', () => {
  for (const c of practiceCases) {
    for (const log of c.card.logs) {
      const where = `${c.id}: ${log.title}`;
      if (log.format === 'event-viewer') {
        const event =
          /^Log Name: +(Application|System|Security)\nSource: +\S.*\nDate: +.+\nEvent ID: +\d+\n/;
        expect(event.test(log.text) || /^No events match/.test(log.text), where).toBe(true);
        if (/^Log Name/.test(log.text)) expect(log.text, where).toMatch(/\nDescription:\n\S/);
      } else {
        for (const line of log.text.split('\n')) expect(line, where).toMatch(formats[log.format]);
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
    const findings = findingsOf(c);
    for (const [finding, shows] of Object.entries(evidence)) {
      const shown = c.card.logs.some((l) => shows(l.text));
      expect(shown, `${c.id}: ${finding}`).toBe(findings.includes(finding));
    }
  }
});

test('each card’s error and DLL dates agree with its expected answers', () => {
  for (const c of practiceCases) {
    const code = answersOf(c)['error-code'];
    if (code) {
      expect(c.card.backupError.code, c.id).toBe(answerLabel(stepById.get('error-code')!, code));
    }
    const dll = answersOf(c)['dll-dates'];
    if (dll) {
      const listed = typeof c.card.dllDates === 'string' ? [] : c.card.dllDates;
      expect(
        listed.map((d) => d.file),
        c.id,
      ).toEqual(['C:\\Windows\\System32\\msvcp120.dll', 'C:\\Windows\\System32\\msvcr120.dll']);
      expect(new Set(listed.map((d) => d.modified)).size === 1, c.id).toBe(dll === 'same');
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

test('“Why we ask this”: every question has an entry, and every entry names a step', () => {
  for (const key of Object.keys(whyWeAsk)) expect(stepById.has(key), key).toBe(true);
  for (const step of steps.filter((s) => s.kind === 'question')) {
    expect(whyWeAsk[step.id], step.id).toBeDefined();
  }
});

test('the glossary: the terms the TSG assumes, each once, each marked by its source', () => {
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
  expect(new Set(glossary.map((e) => e.term.toLowerCase())).size).toBe(glossary.length);
  expect(glossary.filter((e) => e.source === 'added').length).toBeGreaterThan(glossary.length / 2);
});
