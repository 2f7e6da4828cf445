import { and, assign, setup } from 'xstate';
import type { StepMeta } from '../../src/machine/step-meta';
import { knownIssuesWikiUrl } from './guide';

/**
 * The TSG "ExtensionSnapshotFailedCOM / ExtensionInstallationFailedCOM /
 * ExtensionInstallationFailedMDTC" as a decision machine: the single source of truth for the
 * guide's flow. Routes, screens, the progress indicator and the generated tests all read it.
 *
 * Pure: no actors, no delays, no side effects. Answers replayed from a URL go through
 * `initialTransition` / `transition`, so no live actor is ever needed.
 */

type ErrorCode =
  | 'ExtensionSnapshotFailedCOM'
  | 'ExtensionInstallationFailedCOM'
  | 'ExtensionInstallationFailedMDTC';

type Finding = 'event-4689' | 'iaasvm-provider' | 'install-provider-com-exception';

export interface GuideContext {
  /** The error the failed backup job reports (the first of Cause 1's three symptoms). */
  errorCode?: ErrorCode;
  /** What the engineer found in the logs at the time of the failure. */
  findings: readonly Finding[];
  /** Whether a reboot solves the issue temporarily (the third of Cause 1's symptoms). */
  reboot?: 'yes' | 'no' | 'not-sure';
}

export type GuideEvent =
  | { type: 'guide.start' }
  | { type: 'permission.granted' }
  | { type: 'permission.notGranted' }
  | { type: 'permission.nowGranted' }
  | { type: 'logs.ascReportReady' }
  | { type: 'logs.ascNotWorking' }
  | { type: 'logs.needMoreLogs' }
  | { type: 'logs.collectedManually' }
  | { type: 'error.snapshotFailedCom' }
  | { type: 'error.installationFailedCom' }
  | { type: 'error.installationFailedMdtc' }
  | { type: 'findings.submit'; values: readonly Finding[] }
  | { type: 'reboot.solvesTemporarily' }
  | { type: 'reboot.doesNotSolve' }
  | { type: 'reboot.notSure' }
  | { type: 'dllDates.differ' }
  | { type: 'dllDates.same' }
  | { type: 'remediation.applied' }
  | { type: 'retry.succeeded' }
  | { type: 'retry.failed' };

const remediationApplied = {
  type: 'confirm',
  options: [
    { value: 'applied', label: 'I have applied these steps', event: 'remediation.applied' },
  ],
} as const;

export const extensionFailuresMachine = setup({
  types: {
    context: {} as GuideContext,
    events: {} as GuideEvent,
    meta: {} as StepMeta,
  },
  guards: {
    isExtensionInstallationFailure: ({ context }) =>
      context.errorCode === 'ExtensionInstallationFailedCOM' ||
      context.errorCode === 'ExtensionInstallationFailedMDTC',
    foundEvent4689: ({ context }) => context.findings.includes('event-4689'),
    rebootSolvesTemporarily: ({ context }) => context.reboot === 'yes',
    foundIaasvmProviderError: ({ context }) => context.findings.includes('iaasvm-provider'),
    foundInstallProviderComException: ({ context }) =>
      context.findings.includes('install-provider-com-exception'),
  },
}).createMachine({
  id: 'extensionFailures',
  initial: 'start',
  context: { findings: [] },
  states: {
    start: {
      meta: {
        id: 'start',
        path: '',
        title: 'Troubleshoot extension COM and MDTC backup failures',
        shortTitle: 'Start',
        kind: 'start',
        phase: 'permission',
        answer: {
          type: 'confirm',
          options: [{ value: 'start', label: 'Start', event: 'guide.start' }],
        },
      },
      on: { 'guide.start': 'logPermission' },
    },

    logPermission: {
      meta: {
        id: 'log-permission',
        path: 'log-permission',
        title: 'Has the customer granted permission to collect logs?',
        shortTitle: 'Log permission',
        kind: 'question',
        phase: 'permission',
        answer: {
          type: 'single',
          options: [
            {
              value: 'granted',
              label: 'Yes, Log Permission shows Granted',
              event: 'permission.granted',
            },
            {
              value: 'not-granted',
              label: 'No, permission is not granted',
              event: 'permission.notGranted',
            },
          ],
        },
      },
      on: {
        'permission.granted': 'collectAsc',
        'permission.notGranted': 'permissionPending',
      },
    },

    permissionPending: {
      meta: {
        id: 'permission-pending',
        path: 'log-permission/not-granted',
        title: 'Logs cannot be collected until the customer grants permission',
        shortTitle: 'Waiting for log permission',
        kind: 'instruction',
        phase: 'permission',
        answer: {
          type: 'confirm',
          options: [
            {
              value: 'granted',
              label: 'The customer has now granted permission',
              event: 'permission.nowGranted',
            },
          ],
        },
      },
      on: { 'permission.nowGranted': 'collectAsc' },
    },

    collectAsc: {
      meta: {
        id: 'collect-asc',
        path: 'collect/asc',
        title: 'Method 1: collect logs using ASC',
        shortTitle: 'Method 1: ASC Inspect IaaS Disk',
        kind: 'question',
        phase: 'collect',
        answer: {
          type: 'single',
          prompt: 'Did the Inspect IaaS Disk report give you the logs you need?',
          options: [
            {
              value: 'report-ready',
              label: 'The report gave me the logs I need',
              event: 'logs.ascReportReady',
            },
            {
              value: 'not-working',
              label: "Inspect IaaS Disk isn't working",
              hint: 'Collect the logs manually from the VM (Method 2).',
              event: 'logs.ascNotWorking',
            },
            {
              value: 'need-more',
              label: 'I need a more comprehensive set of logs',
              hint: 'Collect the logs manually from the VM (Method 2).',
              event: 'logs.needMoreLogs',
            },
          ],
        },
      },
      on: {
        'logs.ascReportReady': 'errorCode',
        'logs.ascNotWorking': 'collectManual',
        'logs.needMoreLogs': 'collectManual',
      },
    },

    collectManual: {
      meta: {
        id: 'collect-manual',
        path: 'collect/manual',
        title: "Method 2: collect logs manually from the customer's VM",
        shortTitle: 'Method 2: manual collection',
        kind: 'instruction',
        phase: 'collect',
        answer: {
          type: 'confirm',
          options: [
            {
              value: 'collected',
              label: 'I have collected the logs',
              event: 'logs.collectedManually',
            },
          ],
        },
      },
      on: { 'logs.collectedManually': 'errorCode' },
    },

    errorCode: {
      meta: {
        id: 'error-code',
        path: 'symptoms/error-code',
        title: 'Which error does the failed backup job show?',
        shortTitle: 'Error code',
        kind: 'question',
        phase: 'match',
        answer: {
          type: 'single',
          options: [
            {
              value: 'extension-snapshot-failed-com',
              label: 'ExtensionSnapshotFailedCOM',
              event: 'error.snapshotFailedCom',
            },
            {
              value: 'extension-installation-failed-com',
              label: 'ExtensionInstallationFailedCOM',
              event: 'error.installationFailedCom',
            },
            {
              value: 'extension-installation-failed-mdtc',
              label: 'ExtensionInstallationFailedMDTC',
              event: 'error.installationFailedMdtc',
            },
          ],
        },
      },
      on: {
        'error.snapshotFailedCom': {
          target: 'findings',
          actions: assign({ errorCode: 'ExtensionSnapshotFailedCOM' }),
        },
        'error.installationFailedCom': {
          target: 'findings',
          actions: assign({ errorCode: 'ExtensionInstallationFailedCOM' }),
        },
        'error.installationFailedMdtc': {
          target: 'findings',
          actions: assign({ errorCode: 'ExtensionInstallationFailedMDTC' }),
        },
      },
    },

    findings: {
      meta: {
        id: 'findings',
        path: 'symptoms/findings',
        title: 'What did you find at the time of the failure?',
        shortTitle: 'Found in the logs',
        kind: 'question',
        phase: 'match',
        answer: {
          type: 'multiple',
          event: 'findings.submit',
          options: [
            {
              value: 'event-4689',
              label: 'Event ID 4689 in the Windows Application log',
              hint: 'With the Description and Error Code shown above.',
            },
            {
              value: 'iaasvm-provider',
              label: 'An error related to the IaaSVM provider state',
            },
            {
              value: 'install-provider-com-exception',
              label: 'Install provider failed … COMException (0x80110401)',
              hint: 'The exception text shown above.',
            },
          ],
          none: { value: 'none', label: 'None of these' },
        },
      },
      on: {
        'findings.submit': {
          target: 'matchingCause',
          actions: assign({ findings: ({ event }) => [...event.values] }),
          description: 'What was found',
        },
      },
    },

    /** Cause 1 is checked first, as in the TSG, but only when two of its symptoms already hold. */
    matchingCause: {
      description: 'Installation failure and Event 4689?',
      always: [
        {
          guard: and(['isExtensionInstallationFailure', 'foundEvent4689']),
          target: 'reboot',
          description: 'yes: ask about a reboot',
        },
        { target: 'matchingOtherCauses', description: 'no' },
      ],
    },

    reboot: {
      meta: {
        id: 'reboot',
        path: 'symptoms/reboot',
        title: 'Does a reboot solve the issue temporarily?',
        shortTitle: 'Reboot solves it temporarily',
        kind: 'question',
        phase: 'match',
        answer: {
          type: 'single',
          options: [
            {
              value: 'yes',
              label: 'Yes, a reboot solves it for a while',
              event: 'reboot.solvesTemporarily',
            },
            { value: 'no', label: 'No, a reboot does not help', event: 'reboot.doesNotSolve' },
            {
              value: 'not-sure',
              label: "I'm not sure",
              hint: 'Cause 1 is then not confirmed: the guide goes on to the other causes.',
              event: 'reboot.notSure',
            },
          ],
        },
      },
      on: {
        'reboot.solvesTemporarily': {
          target: 'confirmingDesktopHeap',
          actions: assign({ reboot: 'yes' }),
        },
        'reboot.doesNotSolve': {
          target: 'confirmingDesktopHeap',
          actions: assign({ reboot: 'no' }),
        },
        'reboot.notSure': {
          target: 'confirmingDesktopHeap',
          actions: assign({ reboot: 'not-sure' }),
        },
      },
    },

    /** "This apply if only you have the 3 symptoms together." */
    confirmingDesktopHeap: {
      description: 'All three Cause 1 symptoms?',
      always: [
        {
          guard: and([
            'isExtensionInstallationFailure',
            'foundEvent4689',
            'rebootSolvesTemporarily',
          ]),
          target: 'causeDesktopHeap',
          description: 'yes',
        },
        { target: 'matchingOtherCauses', description: 'no' },
      ],
    },

    /** The other causes in the TSG's order: Cause 2, then Cause 3. */
    matchingOtherCauses: {
      description: 'Which other known cause matches?',
      always: [
        {
          guard: 'foundIaasvmProviderError',
          target: 'causeIaasvmProvider',
          description: 'IaaSVM provider error',
        },
        {
          guard: 'foundInstallProviderComException',
          target: 'dllDates',
          description: 'COMException (0x80110401)',
        },
        { target: 'knownIssues', description: 'none' },
      ],
    },

    dllDates: {
      meta: {
        id: 'dll-dates',
        path: 'symptoms/dll-dates',
        title: 'Do msvcp120.dll and msvcr120.dll have different Modified dates?',
        shortTitle: 'msvc DLL Modified dates',
        kind: 'question',
        phase: 'match',
        answer: {
          type: 'single',
          options: [
            {
              value: 'differ',
              label: 'Yes, the Modified dates are different',
              event: 'dllDates.differ',
            },
            { value: 'same', label: 'No, the Modified dates are the same', event: 'dllDates.same' },
          ],
        },
      },
      on: {
        'dllDates.differ': 'causeMsvcDllMismatch',
        'dllDates.same': 'knownIssues',
      },
    },

    causeDesktopHeap: {
      meta: {
        id: 'cause-desktop-heap',
        path: 'cause/desktop-heap',
        title: 'Cause 1: Error desktop heap exhausted',
        shortTitle: 'Cause 1: desktop heap exhausted',
        kind: 'cause',
        phase: 'remediate',
        answer: remediationApplied,
      },
      on: { 'remediation.applied': 'retry' },
    },

    causeIaasvmProvider: {
      meta: {
        id: 'cause-iaasvm-provider',
        path: 'cause/iaasvm-provider',
        title: 'Cause 2: Error due to IaaS VM provider Service',
        shortTitle: 'Cause 2: IaaS VM provider service',
        kind: 'cause',
        phase: 'remediate',
        answer: remediationApplied,
      },
      on: { 'remediation.applied': 'retry' },
    },

    causeMsvcDllMismatch: {
      meta: {
        id: 'cause-msvc-dll-mismatch',
        path: 'cause/msvc-dll-mismatch',
        title: 'Cause 3: Error due to msvc.dlls file version mis-match',
        shortTitle: 'Cause 3: msvc DLL version mismatch',
        kind: 'cause',
        phase: 'remediate',
        answer: remediationApplied,
      },
      on: { 'remediation.applied': 'retry' },
    },

    retry: {
      meta: {
        id: 'retry',
        path: 'retry',
        title: 'Did the backup succeed when you retried it?',
        shortTitle: 'Retried backup',
        kind: 'question',
        phase: 'outcome',
        recordsOutcome: true,
        answer: {
          type: 'single',
          options: [
            { value: 'succeeded', label: 'Yes, the backup succeeded', event: 'retry.succeeded' },
            { value: 'failed', label: 'No, the backup still fails', event: 'retry.failed' },
          ],
        },
      },
      on: {
        'retry.succeeded': 'resolved',
        'retry.failed': 'knownIssues',
      },
    },

    resolved: {
      type: 'final',
      meta: {
        id: 'resolved',
        path: 'resolved',
        title: 'Resolved: the backup succeeds',
        shortTitle: 'Resolved',
        kind: 'end',
        phase: 'outcome',
        end: { resolved: true, next: 'None: the backup succeeds' },
      },
    },

    knownIssues: {
      type: 'final',
      meta: {
        id: 'known-issues',
        path: 'known-issues',
        title: 'Check the other known issues',
        shortTitle: 'Other known issues',
        kind: 'end',
        phase: 'outcome',
        end: { resolved: false, next: 'Review the other known issues: ', link: knownIssuesWikiUrl },
      },
    },
  },
});
