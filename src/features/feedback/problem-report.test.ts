import { expect, test } from 'vitest';
import {
  buildProblemReport,
  maxCommentLength,
  maxMailtoLength,
  problemReportMailto,
  reportProblems,
  reportSubject,
  truncationNote,
  type ProblemReport,
} from './problem-report';

const report: ProblemReport = {
  guide: {
    title: 'Extension COM and MDTC failures',
    articleId: '16c5d754-945d-4777-9baf-eb087fd3b1af',
    version: 1,
    owner: { name: 'StorageMediaEdge_Backup' },
  },
  step: {
    id: 'cause-msvc-dll-mismatch',
    title: 'Cause 3: Error due to msvc.dlls file version mis-match',
  },
  url: 'https://wizard.example/extension-failures/cause/msvc-dll-mismatch?log-permission=granted&dll-dates=differ&v=1',
  answers: [
    { question: 'Log permission', answer: 'Yes, Log Permission shows Granted' },
    { question: 'msvc DLL Modified dates', answer: 'Yes, the Modified dates are different' },
  ],
  kind: 'outdated',
  comment: 'The installer is now called vcredist_x64.exe.\r\nSee the download page.',
};

test('the report names the guide, the step, its link with answers, the answers, the kind and the comment', () => {
  const text = buildProblemReport(report);
  expect(text).toBe(
    [
      'Problem report for a step of the guide "Extension COM and MDTC failures"',
      'To: StorageMediaEdge_Backup',
      '',
      'Guide: Extension COM and MDTC failures',
      'TSG article id: 16c5d754-945d-4777-9baf-eb087fd3b1af',
      'Guide version: 1',
      'Step: Cause 3: Error due to msvc.dlls file version mis-match',
      'Step id: cause-msvc-dll-mismatch',
      'Step link (with the answers below): https://wizard.example/extension-failures/cause/msvc-dll-mismatch?log-permission=granted&dll-dates=differ&v=1',
      'Answers that led to the step:',
      '- Log permission: Yes, Log Permission shows Granted',
      '- msvc DLL Modified dates: Yes, the Modified dates are different',
      '',
      'Problem: Outdated',
      'Comment:',
      'The installer is now called vcredist_x64.exe.',
      'See the download page.',
      '',
    ].join('\n'),
  );
});

test('a step opened on its own says so instead of answers', () => {
  expect(buildProblemReport({ ...report, answers: [] })).toContain(
    '- None: the step was opened on its own, as a reference.',
  );
});

test('the owner’s address is named when the guide has one', () => {
  const withEmail = {
    ...report,
    guide: { ...report.guide, owner: { name: 'Team', email: 'team@example.com' } },
  };
  expect(buildProblemReport(withEmail)).toContain('To: Team <team@example.com>');
});

test('the subject says the kind, the step and the guide on one line', () => {
  expect(reportSubject(report)).toBe(
    'Guide feedback (Outdated): Cause 3: Error due to msvc.dlls file version mis-match · Extension COM and MDTC failures, version 1',
  );
});

test('a report needs a kind and a comment within the limit', () => {
  expect(reportProblems({ comment: '' })).toEqual(['no-kind', 'no-comment']);
  expect(reportProblems({ kind: 'unclear', comment: '   ' })).toEqual(['no-comment']);
  expect(reportProblems({ kind: 'unclear', comment: 'x'.repeat(maxCommentLength) })).toEqual([]);
  expect(reportProblems({ kind: 'unclear', comment: 'x'.repeat(maxCommentLength + 1) })).toEqual([
    'comment-too-long',
  ]);
  // Characters as a reader counts them: an emoji is one.
  expect(reportProblems({ kind: 'unclear', comment: '🙂'.repeat(maxCommentLength) })).toEqual([]);
});

test('the e-mail link carries the subject and the whole report when it fits', () => {
  const { href, truncated } = problemReportMailto('team@example.com', report);
  expect(truncated).toBe(false);
  expect(href.startsWith('mailto:team@example.com?subject=Guide%20feedback%20(Outdated)')).toBe(
    true,
  );
  const body = decodeURIComponent(new URL(href).searchParams.get('body') ?? '');
  expect(new URLSearchParams(href.slice(href.indexOf('?'))).get('body')).toBe(
    buildProblemReport(report).replace(/\n/g, '\r\n'),
  );
  expect(body).toContain('dll-dates=differ');
  expect(href).not.toMatch(/\+/);
});

test('a report too long for an e-mail link is cut, with a note, never inside an escape', () => {
  const long = { ...report, comment: 'é and 🙂 and & and %. '.repeat(90) };
  const { href, truncated } = problemReportMailto('team@example.com', long);
  expect(truncated).toBe(true);
  expect(href.length).toBeLessThanOrEqual(maxMailtoLength);
  const body = new URLSearchParams(href.slice(href.indexOf('?'))).get('body')!;
  expect(body.startsWith('Problem report for a step')).toBe(true);
  expect(body).toContain('Step link (with the answers below): https://wizard.example/');
  expect(body.trimEnd().endsWith(truncationNote)).toBe(true);
  // Every escape is whole: the link decodes.
  expect(() => decodeURIComponent(href)).not.toThrow();
});
