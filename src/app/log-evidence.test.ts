import { expect, test } from 'vitest';
import { compileSignatures } from '../features/analyzer/compile-signatures';
import { toEvidence } from '../features/analyzer/evidence';
import { scanPastedText } from '../features/analyzer/scan-stream';
import { fixtureText } from '../features/analyzer/fixture-bytes.test-helper';
import { loadChecklistCatalog } from '../features/guide/content/load-checklist-catalog';
import { guideAnswerRules } from '../features/sessions/answer-rules';
import { foldIntents, seenBy } from '../features/sessions/apply-intent';
import type { SessionIntent } from '../features/sessions/session-intents';
import { buildCaseNote } from '../features/sessions/case-note';
import { newSession, type CaseSession } from '../features/sessions/session-record';
import { guideRegistry } from '../guides/guide-registry';
import { guideSignatures } from '../guides/signature-source';
import { describeLogEvidence, keepIntents, keptLogEvidence, removeIntent } from './log-evidence';

/** The analyzer's evidence, kept in a case session and read back for the steps and the note. */

const guide = await guideRegistry.loadGuide('extension-failures');
const signatures = (await guideSignatures.load('extension-failures'))!;
const compiled = compileSignatures(signatures);
const checklistItems = await loadChecklistCatalog('extension-failures');
const at = (minute: number) => new Date(Date.UTC(2026, 0, 10, 9, minute)).toISOString();
const rules = guideAnswerRules(guide);
let seq = 0;

/** An intent as this tab's writer applies it, at a minute of the morning. */
function apply(session: CaseSession, intent: SessionIntent, minute: number): CaseSession {
  seq++;
  const stamp = `${at(minute)}|${String(seq).padStart(6, '0')}|tab-a`;
  return foldIntents(
    session,
    [{ tab: 'tab-a', seq, stamp, seen: seenBy(session, intent), intent }],
    rules,
  );
}

/** What the engineer keeps after analysing the plugin log and the Application log export. */
function keptFromLogs() {
  const scans = ['IaaSBcdrExtension0.log', 'Application.xml'].map((name) =>
    scanPastedText(name, fixtureText(name), compiled),
  );
  const byId = new Map(signatures.signatures.map((s) => [s.id, s]));
  return scans
    .flatMap((scan) => scan.hits)
    .filter((hit) =>
      [
        'install-provider-com-exception-0x80110401',
        'event-4689-com-plus-inconsistency',
        'error-extension-installation-failed-com',
      ].includes(hit.signatureId),
    )
    .map((hit) => toEvidence(hit, byId.get(hit.signatureId)!));
}

function sessionWith(evidence = keptFromLogs()): CaseSession {
  let session = newSession(
    {
      guideId: 'extension-failures',
      guideVersion: 1,
      caseNumber: '2601100010001234',
      stepId: 'dll-dates',
      answers: {
        'log-permission': 'granted',
        'collect-asc': 'not-working',
        'collect-manual': 'collected',
        'error-code': 'extension-installation-failed-com',
        findings: 'install-provider-com-exception',
      },
      timeline: [
        { stepId: 'log-permission', value: 'granted', at: at(2) },
        { stepId: 'collect-asc', value: 'not-working', at: at(6) },
        { stepId: 'collect-manual', value: 'collected', at: at(15) },
        { stepId: 'error-code', value: 'extension-installation-failed-com', at: at(17) },
        { stepId: 'findings', value: 'install-provider-com-exception', at: at(24) },
      ],
    },
    { id: 'b3c9e3d2-5b1f-4c55-9d57-1f0e4c9b2a10', at: at(0), revision: 3 },
  );
  keepIntents(evidence).forEach((intent, i) => {
    session = apply(session, intent, 20 + i);
  });
  return { ...session, updatedAt: at(30) };
}

test('kept lines are stored with their file, line, time, signature and certainty, and no more', () => {
  const session = sessionWith();
  const kept = Object.values(session.evidence ?? {});
  expect(kept.map((k) => k.stepId).sort()).toEqual(['error-code', 'findings', 'findings']);
  for (const { data } of kept) {
    expect(Object.keys(data as object).sort()).toEqual(
      expect.arrayContaining(['certainty', 'file', 'line', 'signatureId', 'text']),
    );
    // The matching line, never the whole log.
    expect(JSON.stringify(data).length).toBeLessThan(3000);
  }
  const findings = keptLogEvidence(session, 'findings');
  expect(findings.map((f) => `${f.evidence.file}:${f.evidence.line}`)).toEqual([
    'IaaSBcdrExtension0.log:4',
    'Application.xml:4',
  ]);
});

test('keeping a line twice keeps it once; removing it removes it', () => {
  const evidence = keptFromLogs();
  let session = sessionWith([...evidence, ...evidence]);
  expect(Object.keys(session.evidence ?? {})).toHaveLength(evidence.length);
  const [first] = keptLogEvidence(session, 'findings');
  session = apply(session, removeIntent(first!.id, 'findings'), 40);
  expect(keptLogEvidence(session, 'findings')).toHaveLength(1);
});

test('case note golden with evidence from the logs', async () => {
  const note = buildCaseNote(guide, sessionWith(), {
    includeNotes: true,
    origin: 'https://wizard.example',
    checklistItems,
    describeEvidence: describeLogEvidence,
  });
  await expect(note.text).toMatchFileSnapshot('./__golden__/cause-3-with-evidence.txt');
  await expect(note.markdown).toMatchFileSnapshot('./__golden__/cause-3-with-evidence.md');
  expect(note.text).not.toMatch(/`/);
});
