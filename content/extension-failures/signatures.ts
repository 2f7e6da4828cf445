import type { GuideSignatures } from '../../src/machine/guide-signatures';

/**
 * What the log analyzer looks for in the customer's logs for this TSG, and what each match is
 * evidence of (every field is described in `src/machine/guide-signatures.ts`).
 *
 * - `supports`: the answer a match supports: a value of the findings step ("What did you find at
 *   the time of the failure?") or of the error-code step.
 * - `cause`: the cause step the finding leads to.
 * - `certainty`: `evidence` when the line is what the TSG quotes; `lead` when the TSG quotes no
 *   exact text and the line is only worth reading.
 * - `sources`: where the text counts (see `LogSource`).
 * - `match`: strings match that exact text whatever its case; regular expressions as written.
 *   Every `allOf` must be in the same line (or event), one of `anyOf`, none of `noneOf`. An
 *   event is never matched by its id alone: `eventId` always comes with text, and the log is
 *   set by `sources`.
 *
 * The analyzer never decides a cause: it shows the engineer what the logs support.
 */

/** Everywhere a line of text can come from. */
const anyLog = [
  'wa-app-agent-log',
  'plugin-log',
  'other-text',
  'application-log',
  'system-log',
  'other-event-log',
] as const;

export const signatures: GuideSignatures = {
  // "What did you find at the time of the failure?": the analyzer pre-fills it.
  step: 'findings',
  // The TSG's "collect the logs … from the following locations" (Method 2), and what the
  // analyzer needs of each.
  logs: [
    'C:\\WindowsAzure\\Logs\\WaAppAgent.log',
    'C:\\WindowsAzure\\Logs\\Plugins\\ and C:\\Packages\\Plugins\\: the VMSnapshot extension’s logs (IaaSBcdrExtension*.log, CommandExecution.log); a whole folder can be added',
    'The System and Application logs from Event Viewer, “Save All Events As…”: XML, CSV or text (a raw .evtx holds no description text: save it as XML)',
  ],
  signatures: [
    // The three errors the TSG covers (its title). They answer the error-code step.
    {
      id: 'error-extension-snapshot-failed-com',
      label: 'ExtensionSnapshotFailedCOM',
      supports: { step: 'error-code', value: 'extension-snapshot-failed-com' },
      certainty: 'evidence',
      sources: anyLog,
      match: { allOf: ['ExtensionSnapshotFailedCOM'] },
    },
    {
      id: 'error-extension-installation-failed-com',
      label: 'ExtensionInstallationFailedCOM',
      supports: { step: 'error-code', value: 'extension-installation-failed-com' },
      certainty: 'evidence',
      sources: anyLog,
      match: { allOf: ['ExtensionInstallationFailedCOM'] },
    },
    {
      id: 'error-extension-installation-failed-mdtc',
      label: 'ExtensionInstallationFailedMDTC',
      supports: { step: 'error-code', value: 'extension-installation-failed-mdtc' },
      certainty: 'evidence',
      sources: anyLog,
      match: { allOf: ['ExtensionInstallationFailedMDTC'] },
    },

    // Cause 1: "In Windows Application logs check for the Event ID 4689 … contains Description
    // and Error code": "The run-time environment has detected an inconsistency in its internal
    // state." and "Error Code = 0x8000ffff : Catastrophic failure".
    {
      id: 'event-4689-com-plus-inconsistency',
      label:
        'Event ID 4689 in the Application log: “The run-time environment has detected an inconsistency in its internal state”, 0x8000ffff Catastrophic failure',
      supports: { step: 'findings', value: 'event-4689' },
      cause: 'cause-desktop-heap',
      certainty: 'evidence',
      note: 'Cause 1 needs three symptoms together: an ExtensionInstallation failure, this event at the time of the failure, and a reboot that solves the issue for a while. No log tells whether a reboot helped.',
      sources: ['application-log'],
      match: {
        eventId: 4689,
        allOf: ['The run-time environment has detected an inconsistency in its internal state'],
        anyOf: [/\b(?:0x)?8000ffff\b/i, 'Catastrophic failure'],
      },
    },
    // The same COM+ text where the analyzer cannot tell it is Event 4689 of the Application log:
    // pasted text, an export that does not name its log, a text log.
    {
      id: 'com-plus-inconsistency-text',
      label:
        'The COM+ “inconsistency in its internal state” text, not seen as Event 4689 of the Application log',
      supports: { step: 'findings', value: 'event-4689' },
      cause: 'cause-desktop-heap',
      certainty: 'lead',
      note: 'The TSG’s text, but the analyzer cannot tell it is Event ID 4689 in the Application log. Open the event in Event Viewer and check its log and id before you count it.',
      sources: ['other-text', 'other-event-log', 'wa-app-agent-log', 'plugin-log'],
      match: {
        allOf: ['The run-time environment has detected an inconsistency in its internal state'],
        anyOf: [/\b(?:0x)?8000ffff\b/i, 'Catastrophic failure'],
      },
    },

    // Cause 2: "If you see error is related the IAASVM provider state". The TSG quotes no error
    // text, so this is only a lead: an error line naming the provider or its registry keys.
    {
      id: 'iaasvm-provider-error',
      label:
        'An error naming the IaaS VM provider (IaaSVmProvider, BcdrAgent, IsProviderInstalled)',
      supports: { step: 'findings', value: 'iaasvm-provider' },
      cause: 'cause-iaasvm-provider',
      certainty: 'lead',
      note: 'The TSG quotes no exact text for Cause 2 (“error is related the IAASVM provider state”). These error lines name the provider: read them and decide. A lead, not proof.',
      sources: anyLog,
      match: {
        anyOf: ['IaaSVmProvider', 'BcdrAgent', 'IsProviderInstalled', 'IsCommonProviderInstalled'],
        allOf: [/\b(?:error|fail(?:ed|ure|s)?|exception)\b/i],
      },
    },

    // Cause 3: "2018-12-04T07:52:28.8611188Z [Error]: Install provider failed {Exception =
    // System.Runtime.InteropServices.COMException (0x80110401): Errors occurred accessing one or
    // more objects …"
    {
      id: 'install-provider-com-exception-0x80110401',
      label: 'Install provider failed … COMException (0x80110401)',
      supports: { step: 'findings', value: 'install-provider-com-exception' },
      cause: 'cause-msvc-dll-mismatch',
      certainty: 'evidence',
      note: 'Cause 3 also needs msvcp120.dll and msvcr120.dll to have different Modified dates: check them on the VM.',
      sources: ['plugin-log', 'wa-app-agent-log', 'other-text'],
      match: { allOf: ['Install provider failed', 'COMException (0x80110401)'] },
    },
    {
      id: 'install-provider-failed-other',
      label: 'Install provider failed, without COMException (0x80110401) on the same line',
      supports: { step: 'findings', value: 'install-provider-com-exception' },
      cause: 'cause-msvc-dll-mismatch',
      certainty: 'lead',
      note: 'The TSG’s error is “Install provider failed” with COMException (0x80110401). This line has another exception, or none: read the lines after it for the exception.',
      sources: ['plugin-log', 'wa-app-agent-log', 'other-text'],
      match: { allOf: ['Install provider failed'], noneOf: ['0x80110401'] },
    },
  ],

  notEvidence: [
    {
      id: 'security-event-4689-process-exited',
      mistakenFor: 'event-4689-com-plus-inconsistency',
      sources: ['security-log'],
      match: { eventId: 4689 },
      explanation:
        'Event ID 4689 in the Security log is Windows’ “A process has exited”, written every time a process ends. It is not the TSG’s event: the TSG means Event ID 4689 in the Application log, with the COM+ description and error code.',
    },
    {
      id: 'event-4689-without-tsg-text',
      mistakenFor: 'event-4689-com-plus-inconsistency',
      sources: ['application-log', 'system-log', 'other-event-log'],
      match: {
        eventId: 4689,
        noneOf: ['The run-time environment has detected an inconsistency in its internal state'],
      },
      explanation:
        'Event ID 4689 without the TSG’s description (“The run-time environment has detected an inconsistency in its internal state”) is not the TSG’s event: the TSG asks for the id, the description and the error code together.',
    },
  ],

  engineerQuestions: [
    {
      step: 'error-code',
      label: 'Which error the failed backup job shows',
      why: 'None of the three error names is in these logs: read it from the failed backup job.',
      unlessFound: [
        'error-extension-snapshot-failed-com',
        'error-extension-installation-failed-com',
        'error-extension-installation-failed-mdtc',
      ],
    },
    {
      step: 'reboot',
      label: 'Whether a reboot solves the issue for a while',
      why: 'Cause 1 needs it, and no log records whether a reboot helped: ask the customer.',
      whenFound: ['event-4689-com-plus-inconsistency', 'com-plus-inconsistency-text'],
    },
    {
      step: 'dll-dates',
      label: 'Whether msvcp120.dll and msvcr120.dll have different Modified dates',
      why: 'Cause 3 needs it, and the logs do not show file dates: check C:\\Windows\\System32 on the VM.',
      whenFound: ['install-provider-com-exception-0x80110401', 'install-provider-failed-other'],
    },
  ],
};
