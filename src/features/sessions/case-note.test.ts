import { expect, test } from 'vitest';
import { compileGuide } from '../../guides/format/compile-guide';
import { readGuideFolder } from '../../guides/format/read-guide-folder';
import { guideRegistry } from '../../guides/guide-registry';
import { defineCompiledGuide } from '../../machine/compiled-guide';
import { createGuideModel } from '../../machine/guide-model';
import { loadChecklistCatalog } from '../guide/content/load-checklist-catalog';
import { buildCaseNote as buildFor } from './case-note';
import type { CaseSession } from './session-record';

const guide = await guideRegistry.loadGuide('extension-failures');
const checklistItems = await loadChecklistCatalog('extension-failures');
const buildCaseNote = (s: CaseSession, options: Parameters<typeof buildFor>[2]) =>
  buildFor(guide, s, options);
const origin = 'https://wizard.example';

function at(minute: number): string {
  return new Date(Date.UTC(2026, 0, 10, 9, minute)).toISOString();
}

function session(patch: Partial<CaseSession>): CaseSession {
  return {
    id: 'a3c9e3d2-5b1f-4c55-9d57-1f0e4c9b2a10',
    revision: 7,
    createdAt: at(0),
    updatedAt: at(59),
    guideId: 'extension-failures',
    guideVersion: 1,
    stepId: 'log-permission',
    answers: {},
    timeline: [],
    checklists: {},
    notes: {},
    ...patch,
  };
}

const timeline = (entries: [string, string, number][]) =>
  entries.map(([stepId, value, minute]) => ({ stepId, value, at: at(minute) }));

const causeThree = session({
  caseNumber: '2601100010001234',
  label: 'Contoso SQL VM: nightly backup fails',
  stepId: 'resolved',
  answers: {
    'log-permission': 'granted',
    'collect-asc': 'not-working',
    'collect-manual': 'collected',
    'error-code': 'extension-installation-failed-com',
    findings: 'install-provider-com-exception',
    'dll-dates': 'differ',
    'cause-msvc-dll-mismatch': 'applied',
    retry: 'succeeded',
  },
  timeline: timeline([
    ['log-permission', 'granted', 2],
    ['collect-asc', 'not-working', 6],
    ['collect-manual', 'collected', 15],
    ['error-code', 'extension-installation-failed-com', 17],
    ['findings', 'none', 20],
    ['findings', 'install-provider-com-exception', 24],
    ['dll-dates', 'differ', 30],
    ['cause-msvc-dll-mismatch', 'applied', 48],
    ['retry', 'succeeded', 58],
  ]),
  checklists: {
    'manual-log-locations': { '1': at(10), '2': at(11), '3': at(12), '4': at(14) },
    'msvc-dll-check': { '1': at(29), '2': at(29) },
    'msvc-dll-remediation': { '1': at(35), '2': at(40), '3': at(46) },
  },
  notes: {
    findings: {
      text: 'VMSnapshot plugin log, 2026-01-09 22:14 UTC:\n[Error]: Install provider failed {Exception = System.Runtime.InteropServices.COMException (0x80110401)',
      updatedAt: at(23),
    },
    'dll-dates': {
      text: 'msvcp120.dll modified 2013-10-05, msvcr120.dll modified 2016-06-14 (C:\\Windows\\System32).',
      updatedAt: at(31),
    },
  },
});

const knownIssuesAfterCauseOne = session({
  caseNumber: '2601100010005678',
  stepId: 'known-issues',
  answers: {
    'log-permission': 'not-granted',
    'permission-pending': 'granted',
    'collect-asc': 'report-ready',
    'error-code': 'extension-installation-failed-mdtc',
    findings: 'event-4689',
    reboot: 'no',
  },
  timeline: timeline([
    ['log-permission', 'not-granted', 1],
    ['permission-pending', 'granted', 40],
    ['collect-asc', 'report-ready', 45],
    ['error-code', 'extension-installation-failed-mdtc', 46],
    ['findings', 'event-4689', 50],
    ['reboot', 'no', 55],
  ]),
  checklists: { 'asc-report': { '1': at(42), '2': at(43) } },
  notes: {
    reboot: {
      text: 'Customer rebooted twice; the next backup failed the same way.',
      updatedAt: at(55),
    },
  },
});

const justStarted = session({
  updatedAt: at(2),
  stepId: 'collect-asc',
  answers: { 'log-permission': 'granted' },
  timeline: timeline([['log-permission', 'granted', 2]]),
});

test('the checklists read from the content pages are the ones the pages declare', () => {
  expect(Object.keys(checklistItems).sort()).toEqual([
    'asc-report',
    'desktop-heap-remediation',
    'iaasvm-provider-keys',
    'manual-log-locations',
    'msvc-dll-check',
    'msvc-dll-remediation',
  ]);
  expect(checklistItems['msvc-dll-remediation']!.items).toHaveLength(4);
});

test.each([
  ['cause-3', causeThree],
  ['known-issues-after-cause-1', knownIssuesAfterCauseOne],
  ['just-started', justStarted],
])('case note golden: %s', async (name, input) => {
  const note = buildCaseNote(input, { includeNotes: true, origin, checklistItems });
  await expect(note.text).toMatchFileSnapshot(`./__golden__/${name}.txt`);
  await expect(note.markdown).toMatchFileSnapshot(`./__golden__/${name}.md`);
});

test('the plain text note has no Markdown syntax', () => {
  for (const input of [causeThree, knownIssuesAfterCauseOne, justStarted]) {
    const { text } = buildCaseNote(input, { includeNotes: true, origin, checklistItems });
    expect(text).not.toMatch(/\*\*|^#|`/m);
  }
});

test('includeNotes: false leaves the notes out', () => {
  const withNotes = buildCaseNote(causeThree, { includeNotes: true, origin, checklistItems });
  const without = buildCaseNote(causeThree, { includeNotes: false, origin, checklistItems });
  expect(withNotes.text).toContain('Evidence noted');
  for (const { text, markdown } of [without]) {
    expect(text).not.toContain('Evidence noted');
    expect(markdown).not.toContain('Evidence noted');
    expect(text).not.toContain('VMSnapshot plugin log');
    expect(markdown).not.toContain('2013-10-05');
  }
});

test('the link reopens the current step with the answers that lead to it, never the case number', () => {
  const { text } = buildCaseNote(justStarted, {
    includeNotes: true,
    origin: `${origin}/`,
    checklistItems,
  });
  expect(text).toContain(`${origin}/extension-failures/collect/asc?log-permission=granted&v=1`);
  const full = buildCaseNote(causeThree, { includeNotes: true, origin, checklistItems }).text;
  const url = full.split('\n').find((l) => l.startsWith(origin))!;
  expect(url).not.toContain('2601100010001234');
});

test('a remediation that did not help: the cause, the failed retry and the known issues', () => {
  const failed = session({
    stepId: 'known-issues',
    answers: {
      'log-permission': 'granted',
      'collect-asc': 'report-ready',
      'error-code': 'extension-snapshot-failed-com',
      findings: 'iaasvm-provider',
      'cause-iaasvm-provider': 'applied',
      retry: 'failed',
    },
  });
  const { text } = buildCaseNote(failed, { includeNotes: true, origin, checklistItems });
  expect(text).toContain('Cause identified\n- Cause 2: Error due to IaaS VM provider Service\n');
  expect(text).toContain('- The backup still fails after the remediation for Cause 2');
  expect(text).toContain('Cause 2: IaaS VM provider service, Remediation (0 of 2 done):');
  expect(text).toContain('Outcome of the retried backup\n- No, the backup still fails\n');
  expect(text).toContain('Next steps\n- Review the other known issues: https://');
  expect(text).not.toContain('(answered');
});

test('evidence kept in the session: under “Evidence”, as its feature describes it, or by its kind', () => {
  const withEvidence = session({
    ...causeThree,
    evidence: {
      'log:a': {
        stepId: 'findings',
        kind: 'log-analyzer',
        data: { line: 4 },
        at: at(22),
      },
      'other:b': { stepId: 'error-code', kind: 'screenshot', data: 'x', at: at(21) },
    },
  });
  const describeEvidence = (kept: { kind: string }) =>
    kept.kind === 'log-analyzer'
      ? { label: 'Install provider failed (evidence)', where: 'plugin.log, line 4', text: 'line 4' }
      : undefined;
  const note = buildCaseNote(withEvidence, {
    includeNotes: true,
    origin,
    checklistItems,
    describeEvidence,
  });
  expect(note.text).toContain(
    [
      'Evidence',
      '- Error code: Kept as screenshot',
      '  - Kept 2026-01-10 09:21 UTC',
      '- Found in the logs: Install provider failed (evidence)',
      '  - plugin.log, line 4 (kept 2026-01-10 09:22 UTC)',
      '    line 4',
    ].join('\n'),
  );
  const without = buildCaseNote(withEvidence, {
    includeNotes: true,
    includeEvidence: false,
    origin,
    checklistItems,
    describeEvidence,
  });
  expect(without.text).not.toMatch(/^Evidence$/m);
  expect(without.text).toBe(
    buildCaseNote(causeThree, { includeNotes: true, origin, checklistItems }).text,
  );
});

/**
 * The note follows what its guide declares: the Markdown fixture guide as it is (its own causes,
 * an outcome question, the default words), and the same guide with no cause steps and no outcome
 * question, whose note has no cause, remediation or outcome section at all.
 */
function fixtureGuide(edit: (file: string, text: string) => string) {
  const folder = readGuideFolder(process.cwd(), 'e2e/fixtures/guides/test-fixture-badge-printer');
  const files = Object.fromEntries(
    Object.entries(folder.files).map(([file, text]) => [file, edit(file, text)]),
  );
  const source = compileGuide({ ...folder, files });
  if (!source.manifest || !source.compiled) throw new Error(JSON.stringify(source.problems));
  return createGuideModel(source.manifest, defineCompiledGuide(source.compiled, {}));
}

const escalated = (guideId: string) =>
  session({
    guideId,
    stepId: 'escalate',
    answers: {
      'which-error': 'feed',
      'feed-checks': 'none',
      'fix-feed': 'done',
      'test-card': 'no',
    },
    timeline: timeline([
      ['which-error', 'feed', 3],
      ['feed-checks', 'none', 5],
      ['fix-feed', 'done', 9],
      ['test-card', 'no', 12],
    ]),
    checklists: { 'feed-list': { '1': at(7) } },
  });

test.each([
  ['badge-printer-escalated', (_file: string, text: string) => text],
  [
    'badge-printer-without-causes',
    (file: string, text: string) =>
      file.startsWith('pages/')
        ? text
            .replace(/^kind: cause$/m, 'kind: instruction')
            .replace(/^recordsOutcome: true\n/m, '')
        : text,
  ],
])('case note golden, a guide of other shape: %s', async (name, edit) => {
  const guide = fixtureGuide(edit);
  const note = buildFor(guide, escalated(guide.manifest.id), {
    includeNotes: true,
    origin,
    checklistItems: {},
  });
  await expect(note.text).toMatchFileSnapshot(`./__golden__/${name}.txt`);
  await expect(note.markdown).toMatchFileSnapshot(`./__golden__/${name}.md`);
  const hasCauses = name === 'badge-printer-escalated';
  for (const heading of ['Cause identified', 'Remediation steps', 'Outcome']) {
    expect(note.text.includes(`\n${heading}\n`), heading).toBe(hasCauses);
  }
  expect(note.text.includes('\nChecklists\n')).toBe(!hasCauses);
  expect(note.text.includes('\nFindings\n- The test card still does not print')).toBe(!hasCauses);
  expect(note.text).not.toMatch(/backup|retried/i);
});
