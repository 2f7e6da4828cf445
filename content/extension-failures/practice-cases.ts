import type { LogExcerpt, PracticeCase } from '../../src/machine/guide-training';

/**
 * Practice cases for new hires: guide data an author edits.
 *
 * Every case here is MADE UP for training (customers, machines, times and log lines are
 * fictional), except the TSG's own texts, quoted verbatim where a log would show them. Log
 * excerpts keep the real formats: plugin logs (`2018-12-04T07:52:28.8611188Z [Error]: …`),
 * `WaAppAgent.log` (`[00000013] [11/11/2022 06:34:12.06] [WARN]  …`) and events copied from
 * Event Viewer (`Log Name:` / `Source:` / `Event ID:` / `Description:`).
 *
 * How to add a case:
 * - `id`: kebab-case, never renamed (a trainee's progress is stored under it).
 * - `title`: what the trainee sees in the list; it must not give the answer away.
 * - `card`: only what an engineer would see or be told on a real case, consistent with the
 *   expected path (a log line for every finding the path relies on, nothing that contradicts it).
 * - `expected.answers`: the answers keyed by step id, exactly as in the guide's URLs
 *   (`findings` takes several values joined by commas, or `none`).
 * - `expected.outcome`: the end step (`resolved` or `known-issues`).
 * - `debrief`: shown after the case: why the expected path is the right one.
 * A unit test replays every case through the machine and fails when a path is not accepted,
 * ends elsewhere than `outcome`, or gives an answer the path never uses; another fails when an
 * end step has no case. The training page lists the routes through the guide no case takes yet.
 */

/** How a log excerpt is shown: its source's own format, so trainees learn to read the real thing. */
type LogFormat =
  /** A plugin (extension) log: `2018-12-04T07:52:28.8611188Z [Error]: …` */
  | 'plugin'
  /** The guest agent's `WaAppAgent.log`: `[00000013] [11/11/2022 06:34:12.06] [WARN]  …` */
  | 'waappagent'
  /** An event copied from Event Viewer: `Log Name:`, `Source:`, `Event ID:`, `Description:` … */
  | 'event-viewer';

interface DllDate {
  file: string;
  /** The Modified date as File Explorer shows it. */
  modified: string;
}

/** What this TSG's cases tell the trainee, field by field (turned into cards below). */
interface ExtensionCard {
  /** What the customer reports, in their words. */
  customerReport: string;
  /** The failed backup job's error. */
  backupError: { code: string; message: string };
  /** What ASC shows under Case Overview > Permissions, and what changed later. */
  logPermission: string;
  /** How collecting the logs went (the Inspect IaaS Disk report, or from the VM). */
  logCollection: string;
  /** Excerpts from the logs at the time of the failure, consistent with the expected path. */
  logs: readonly (LogExcerpt & { format: LogFormat })[];
  /** What a reboot did, as the customer tells it. */
  reboot: string;
  /** The msvc DLLs' Modified dates, or why they were not looked at. */
  dllDates: string | readonly DllDate[];
  /**
   * What the retried backup did after the remediation: shown only at the retry question, and
   * worded so that it does not name the remediation (it would give the cause away).
   */
  afterRemediation: string;
}

export interface ExtensionCase extends Omit<PracticeCase, 'card'> {
  card: ExtensionCard;
}

const vmSnapshotLog =
  'C:\\WindowsAzure\\Logs\\Plugins\\Microsoft.Azure.RecoveryServices.VMSnapshot\\1.0.9205.0\\IaaSBcdrExtension0.log';
const waAppAgentLog = 'C:\\WindowsAzure\\Logs\\WaAppAgent.log';

/** The TSG's Cause 3 error line, verbatim after its time stamp. */
const installProviderFailed = (time: string) =>
  `${time} [Error]: Install provider failed {Exception = System.Runtime.InteropServices.COMException (0x80110401): Errors occurred accessing one or more objects - the ErrorInfo collection may have more detail (Exception from HRESULT: 0x80110401)`;

/** An Application-log Event 4689 with the TSG's Description and Error Code (Cause 1). */
const applicationEvent4689 = (date: string, computer: string) =>
  [
    'Log Name:      Application',
    'Source:        COM+',
    `Date:          ${date}`,
    'Event ID:      4689',
    'Task Category: None',
    'Level:         Error',
    'Keywords:      Classic',
    'User:          N/A',
    `Computer:      ${computer}`,
    'Description:',
    'The run-time environment has detected an inconsistency in its internal state. Please contact Microsoft Product Support Services to report this error.',
    'Error Code = 0x8000ffff : Catastrophic failure',
  ].join('\n');

export const extensionCases: readonly ExtensionCase[] = [
  {
    id: 'finance-vm-mdtc',
    title: 'Nightly backups of a finance VM fail with an MDTC error',
    level: 'starter',
    card: {
      customerReport:
        'Backups of FIN-APP01 (Windows Server 2019) have failed for three nights. Last month the same thing happened and went away after the VM was restarted for patching.',
      backupError: {
        code: 'ExtensionInstallationFailedMDTC',
        message:
          'Extension installation failed with the error "COM+ was unable to talk to the Microsoft Distributed Transaction Coordinator".',
      },
      logPermission: 'ASC > Case Overview > Permissions shows Log Permission: Granted.',
      logCollection:
        'The Inspect IaaS Disk report (Diagnostic mode) ran and includes the extension logs and the Application and System event logs.',
      logs: [
        {
          title: 'VMSnapshot extension log',
          source: vmSnapshotLog,
          format: 'plugin',
          text: [
            '2023-03-14T02:10:41.5530712Z [Info]: Extension install started. Version 1.0.9205.0',
            '2023-03-14T02:10:47.0912270Z [Error]: Failed to register the COM+ application {Exception = System.Runtime.InteropServices.COMException (0x8004E00F): COM+ was unable to talk to the Microsoft Distributed Transaction Coordinator (Exception from HRESULT: 0x8004E00F)}',
            '2023-03-14T02:10:47.1180034Z [Error]: Extension install failed. Reporting ExtensionInstallationFailedMDTC',
          ].join('\n'),
        },
        {
          title: 'Application log, at the time of the failure',
          source: 'Event Viewer > Windows Logs > Application',
          format: 'event-viewer',
          text: applicationEvent4689('3/14/2023 2:10:46 AM', 'FIN-APP01.contoso.local'),
        },
      ],
      reboot:
        'The customer restarted FIN-APP01 on Sunday: Monday’s and Tuesday’s backups succeeded, Wednesday’s failed again with the same error.',
      dllDates: 'Not looked at.',
      afterRemediation:
        'After the remediation and a restart, the backup retried from the portal succeeds.',
    },
    expected: {
      answers: {
        'log-permission': 'granted',
        'collect-asc': 'report-ready',
        'error-code': 'extension-installation-failed-mdtc',
        findings: 'event-4689',
        reboot: 'yes',
        'cause-desktop-heap': 'applied',
        retry: 'succeeded',
      },
      outcome: 'resolved',
    },
    debrief:
      'All three Cause 1 symptoms hold together: an extension installation failure (MDTC), Event 4689 with the TSG’s Description and Error Code in the Application log at the time of the failure, and a reboot that solved it for a while. Only then does the TSG send you to the desktop heap change.',
  },
  {
    id: 'permission-later-provider',
    title: 'A web server’s snapshot fails; the case was opened without log permission',
    level: 'starter',
    card: {
      customerReport:
        'Backups of WEB-FE01 fail every night since we moved it to a new subscription. We have not changed anything inside the VM.',
      backupError: {
        code: 'ExtensionSnapshotFailedCOM',
        message: 'Snapshot operation failed due to COM+ error.',
      },
      logPermission:
        'When you open the case, ASC > Case Overview > Permissions shows Log Permission: Not granted. You ask the customer; two hours later it shows Granted.',
      logCollection:
        'Once permission is granted, the Inspect IaaS Disk report runs and includes the extension logs.',
      logs: [
        {
          title: 'VMSnapshot extension log',
          source: vmSnapshotLog,
          format: 'plugin',
          text: [
            '2024-01-09T21:04:11.9021877Z [Info]: Snapshot task started. TaskId 3f6c2a91-8d14-4c55-9b0e-6a2d7e41c0b8',
            '2024-01-09T21:04:12.4471530Z [Error]: IaaSVM provider is not in a usable state {IsProviderInstalled = True, ProviderServiceState = NotFound}',
            '2024-01-09T21:04:12.5013342Z [Error]: Snapshot failed. Reporting ExtensionSnapshotFailedCOM',
          ].join('\n'),
        },
        {
          title: 'WaAppAgent.log',
          source: waAppAgentLog,
          format: 'waappagent',
          text: '[00000013] [01/09/2024 21:04:12.62] [WARN]  Plugin Microsoft.Azure.RecoveryServices.VMSnapshot 1.0.9205.0 reported status error: ExtensionSnapshotFailedCOM',
        },
      ],
      reboot: 'The customer rebooted WEB-FE01 once; the next backup failed in the same way.',
      dllDates: 'Not looked at.',
      afterRemediation: 'After the remediation, the backup triggered from the portal succeeds.',
    },
    expected: {
      answers: {
        'log-permission': 'not-granted',
        'permission-pending': 'granted',
        'collect-asc': 'report-ready',
        'error-code': 'extension-snapshot-failed-com',
        findings: 'iaasvm-provider',
        'cause-iaasvm-provider': 'applied',
        retry: 'succeeded',
      },
      outcome: 'resolved',
    },
    debrief:
      'Logs are collected only once the customer has granted permission: the case waits at “Permission not granted” until ASC shows Granted. The plugin log then shows an error about the IaaSVM provider state: Cause 2, whose fix sets the two “provider installed” registry values to false so the provider is installed again.',
  },
  {
    id: 'reboot-does-not-help',
    title: 'A SQL Server VM that has not been backed up for a week',
    level: 'practised',
    card: {
      customerReport:
        'SQL-DW02 has not been backed up for a week. We restarted it twice at the weekend to see if that helps.',
      backupError: {
        code: 'ExtensionInstallationFailedCOM',
        message: 'Extension installation/operation failed due to a COM+ error.',
      },
      logPermission: 'ASC > Case Overview > Permissions shows Log Permission: Granted.',
      logCollection:
        'The Inspect IaaS Disk report ran and includes the extension logs and the Application log.',
      logs: [
        {
          title: 'VMSnapshot extension log',
          source: vmSnapshotLog,
          format: 'plugin',
          text: [
            '2024-05-18T23:00:36.1180457Z [Info]: Extension install started. Version 1.0.9205.0',
            '2024-05-18T23:00:41.7304410Z [Error]: Extension install failed. Reporting ExtensionInstallationFailedCOM',
          ].join('\n'),
        },
        {
          title: 'Application log, at the time of the failure',
          source: 'Event Viewer > Windows Logs > Application',
          format: 'event-viewer',
          text: applicationEvent4689('5/18/2024 11:00:40 PM', 'SQL-DW02.fabrikam.local'),
        },
      ],
      reboot:
        'Each restart made no difference: the backup that ran right after each restart failed with the same error.',
      dllDates: 'Not looked at.',
      afterRemediation:
        'After the remediation, the retried backup still fails with the same error.',
    },
    expected: {
      answers: {
        'log-permission': 'granted',
        'collect-asc': 'report-ready',
        'error-code': 'extension-installation-failed-com',
        findings: 'event-4689',
        reboot: 'no',
      },
      outcome: 'known-issues',
    },
    debrief:
      'Two of Cause 1’s three symptoms hold (an installation failure and Event 4689), but a reboot does not solve it even for a while. The TSG applies the desktop heap change “if only you have the 3 symptoms together”, so Cause 1 is ruled out; nothing points to Cause 2 or 3, so the case goes on to the other known issues.',
  },
  {
    id: 'security-log-4689',
    title: 'Installation failure after a Windows update, with Event ID 4689 in the logs',
    level: 'tricky',
    card: {
      customerReport:
        'Since last Tuesday’s updates, backups of APP-HR03 fail. Our admin found Event ID 4689 at the time of each failure. A restart got one good backup out of it.',
      backupError: {
        code: 'ExtensionInstallationFailedCOM',
        message: 'Extension installation/operation failed due to a COM+ error.',
      },
      logPermission: 'ASC > Case Overview > Permissions shows Log Permission: Granted.',
      logCollection:
        'The Inspect IaaS Disk report ran. The customer also exported the event logs (Security included) with “Save All Events As…”.',
      logs: [
        {
          title: 'The event the customer’s admin found',
          source: 'Event Viewer > Windows Logs > Security',
          format: 'event-viewer',
          text: [
            'Log Name:      Security',
            'Source:        Microsoft-Windows-Security-Auditing',
            'Date:          6/4/2024 11:30:15 PM',
            'Event ID:      4689',
            'Task Category: Process Termination',
            'Level:         Information',
            'Keywords:      Audit Success',
            'User:          N/A',
            'Computer:      APP-HR03.contoso.local',
            'Description:',
            'A process has exited.',
            '',
            'Subject:',
            '\tSecurity ID:\t\tSYSTEM',
            '\tAccount Name:\t\tAPP-HR03$',
            '\tAccount Domain:\t\tCONTOSO',
            '\tLogon ID:\t\t0x3E7',
            '',
            'Process Information:',
            '\tProcess ID:\t0x1f4c',
            '\tProcess Name:\tC:\\Windows\\System32\\dllhost.exe',
            '\tExit Status:\t0x0',
          ].join('\n'),
        },
        {
          title: 'Application log, filtered on Event ID 4689 around the failure',
          source: 'Event Viewer > Windows Logs > Application',
          format: 'event-viewer',
          text: 'No events match the filter (Event ID 4689, 6/4/2024 11:00 PM to 11:59 PM).',
        },
        {
          title: 'VMSnapshot extension log',
          source: vmSnapshotLog,
          format: 'plugin',
          text: [
            '2024-06-04T23:30:09.3391026Z [Info]: Extension install started. Version 1.0.9205.0',
            installProviderFailed('2024-06-04T23:30:14.8611188Z'),
            '2024-06-04T23:30:14.9027301Z [Error]: Extension install failed. Reporting ExtensionInstallationFailedCOM',
          ].join('\n'),
        },
      ],
      reboot: 'After a restart on Wednesday one backup succeeded; the next night’s failed again.',
      dllDates: [
        { file: 'C:\\Windows\\System32\\msvcp120.dll', modified: '10/5/2013 2:38 AM' },
        { file: 'C:\\Windows\\System32\\msvcr120.dll', modified: '7/13/2017 11:52 PM' },
      ],
      afterRemediation: 'After the remediation, the retried backup succeeds.',
    },
    expected: {
      answers: {
        'log-permission': 'granted',
        'collect-asc': 'report-ready',
        'error-code': 'extension-installation-failed-com',
        findings: 'install-provider-com-exception',
        'dll-dates': 'differ',
        'cause-msvc-dll-mismatch': 'applied',
        retry: 'succeeded',
      },
      outcome: 'resolved',
    },
    debrief:
      'The 4689 the admin found is in the Security log: “A process has exited”, logged whenever any process ends. The TSG’s Event 4689 is in the Application log, with the Description and Error Code it quotes, and the Application log has none. So Cause 1 is out even though a reboot helped. The plugin log shows the TSG’s Cause 3 error, and the two DLLs’ Modified dates differ: Cause 3.',
  },
  {
    id: 'same-dll-dates',
    title: 'Snapshot failure on a file server; Inspect IaaS Disk does not run',
    level: 'practised',
    card: {
      customerReport:
        'FS-BRANCH07 backups fail with a COM+ error. Nothing was installed on it recently.',
      backupError: {
        code: 'ExtensionSnapshotFailedCOM',
        message: 'Snapshot operation failed due to COM+ error.',
      },
      logPermission: 'ASC > Case Overview > Permissions shows Log Permission: Granted.',
      logCollection:
        'Inspect IaaS Disk fails to create the report (it ends with an error each time). The customer sends the plugin folders, WaAppAgent.log and the System and Application event logs saved with “Save All Events As…”.',
      logs: [
        {
          title: 'VMSnapshot extension log',
          source: vmSnapshotLog,
          format: 'plugin',
          text: [
            '2024-09-02T01:15:03.0482210Z [Info]: Snapshot task started. TaskId 9b1e07d4-52a8-4f0e-8c73-1d5b2e9a64f2',
            installProviderFailed('2024-09-02T01:15:07.2214969Z'),
            '2024-09-02T01:15:07.2790135Z [Error]: Snapshot failed. Reporting ExtensionSnapshotFailedCOM',
          ].join('\n'),
        },
        {
          title: 'WaAppAgent.log',
          source: waAppAgentLog,
          format: 'waappagent',
          text: '[00000009] [09/02/2024 01:15:07.41] [WARN]  Plugin Microsoft.Azure.RecoveryServices.VMSnapshot 1.0.9205.0 reported status error: ExtensionSnapshotFailedCOM',
        },
      ],
      reboot: 'Not tried: the file server cannot be restarted during branch opening hours.',
      dllDates: [
        { file: 'C:\\Windows\\System32\\msvcp120.dll', modified: '7/13/2017 11:52 PM' },
        { file: 'C:\\Windows\\System32\\msvcr120.dll', modified: '7/13/2017 11:52 PM' },
      ],
      afterRemediation:
        'After the remediation, the retried backup still fails with the same error.',
    },
    expected: {
      answers: {
        'log-permission': 'granted',
        'collect-asc': 'not-working',
        'collect-manual': 'collected',
        'error-code': 'extension-snapshot-failed-com',
        findings: 'install-provider-com-exception',
        'dll-dates': 'same',
      },
      outcome: 'known-issues',
    },
    debrief:
      'When Inspect IaaS Disk is not working, the logs are collected from the VM (Method 2). The plugin log shows the TSG’s Cause 3 error, but Cause 3 also needs the two msvc DLLs to have different Modified dates; here they are the same, so the TSG’s remedy does not apply and the case goes on to the other known issues.',
  },
  {
    id: 'access-denied-com',
    title: 'COM+ installation failure on a build agent, with a COMException in the plugin log',
    level: 'tricky',
    card: {
      customerReport:
        'BUILD-AG12 stopped backing up after our security team hardened it with a new baseline.',
      backupError: {
        code: 'ExtensionInstallationFailedCOM',
        message: 'Extension installation/operation failed due to a COM+ error.',
      },
      logPermission: 'ASC > Case Overview > Permissions shows Log Permission: Granted.',
      logCollection:
        'The Inspect IaaS Disk report ran but has only the latest extension log; you need the earlier failures too, so you ask for the logs from the VM.',
      logs: [
        {
          title: 'VMSnapshot extension log',
          source: vmSnapshotLog,
          format: 'plugin',
          text: [
            '2024-11-21T04:40:19.6672318Z [Info]: Extension install started. Version 1.0.9205.0',
            '2024-11-21T04:40:22.0158843Z [Error]: Failed to open the COM+ catalog {Exception = System.UnauthorizedAccessException: Access is denied. (Exception from HRESULT: 0x80070005 (E_ACCESSDENIED))}',
            '2024-11-21T04:40:22.0507761Z [Error]: Extension install failed. Reporting ExtensionInstallationFailedCOM',
          ].join('\n'),
        },
        {
          title: 'WaAppAgent.log',
          source: waAppAgentLog,
          format: 'waappagent',
          text: [
            '[00000013] [11/21/2024 04:40:18.95] [INFO]  Installing plugin Microsoft.Azure.RecoveryServices.VMSnapshot 1.0.9205.0',
            '[00000013] [11/21/2024 04:40:22.31] [WARN]  Plugin Microsoft.Azure.RecoveryServices.VMSnapshot 1.0.9205.0 install failed with exit code 1',
          ].join('\n'),
        },
        {
          title: 'Application log, filtered on Event ID 4689 around the failure',
          source: 'Event Viewer > Windows Logs > Application',
          format: 'event-viewer',
          text: 'No events match the filter (Event ID 4689, 11/21/2024 4:00 AM to 4:59 AM).',
        },
      ],
      reboot: 'A restart changed nothing.',
      dllDates: 'Not looked at.',
      afterRemediation:
        'After the remediation, the retried backup still fails with the same error.',
    },
    expected: {
      answers: {
        'log-permission': 'granted',
        'collect-asc': 'need-more',
        'collect-manual': 'collected',
        'error-code': 'extension-installation-failed-com',
        findings: 'none',
      },
      outcome: 'known-issues',
    },
    debrief:
      'The plugin log has an error, but not one the TSG knows: access denied (HRESULT 0x80070005) is not Cause 3’s COMException 0x80110401, there is no IaaSVM provider error, and no Application-log Event 4689. None of the known causes matches, so the case goes on to the other known issues. Match errors by their exact code, not by “COM” somewhere in the text.',
  },
  {
    id: 'dll-fix-not-enough',
    title: 'A COM+ installation failure that comes back',
    level: 'practised',
    card: {
      customerReport:
        'Backups of ERP-DB01 fail with a COM+ error. We would like to know the cause before the month-end run.',
      backupError: {
        code: 'ExtensionInstallationFailedCOM',
        message: 'Extension installation/operation failed due to a COM+ error.',
      },
      logPermission: 'ASC > Case Overview > Permissions shows Log Permission: Granted.',
      logCollection: 'The Inspect IaaS Disk report ran and includes the extension logs.',
      logs: [
        {
          title: 'VMSnapshot extension log',
          source: vmSnapshotLog,
          format: 'plugin',
          text: [
            '2025-02-26T22:05:50.4419021Z [Info]: Extension install started. Version 1.0.9205.0',
            installProviderFailed('2025-02-26T22:05:55.0937716Z'),
            '2025-02-26T22:05:55.1302248Z [Error]: Extension install failed. Reporting ExtensionInstallationFailedCOM',
          ].join('\n'),
        },
      ],
      reboot: 'The customer restarted ERP-DB01 last night; tonight’s backup failed the same way.',
      dllDates: [
        { file: 'C:\\Windows\\System32\\msvcp120.dll', modified: '10/5/2013 2:38 AM' },
        { file: 'C:\\Windows\\System32\\msvcr120.dll', modified: '7/13/2017 11:52 PM' },
      ],
      afterRemediation:
        'After the remediation, the retried backup still fails with ExtensionInstallationFailedCOM.',
    },
    expected: {
      answers: {
        'log-permission': 'granted',
        'collect-asc': 'report-ready',
        'error-code': 'extension-installation-failed-com',
        findings: 'install-provider-com-exception',
        'dll-dates': 'differ',
        'cause-msvc-dll-mismatch': 'applied',
        retry: 'failed',
      },
      outcome: 'known-issues',
    },
    debrief:
      'The facts match Cause 3 (its COMException, and DLLs with different Modified dates), so its remedy is the right next step. When the retried backup still fails, the TSG has nothing more for this cause: record what was done and go on to the other known issues.',
  },
  {
    id: 'snapshot-failure-with-4689',
    title: 'Snapshot failure with a COM+ event, and a reboot that helps',
    level: 'tricky',
    card: {
      customerReport:
        'RDS-GW04 backups fail most nights. After a reboot they work for a few days. We found a COM+ error in the Application log.',
      backupError: {
        code: 'ExtensionSnapshotFailedCOM',
        message: 'Snapshot operation failed due to COM+ error.',
      },
      logPermission: 'ASC > Case Overview > Permissions shows Log Permission: Granted.',
      logCollection:
        'The Inspect IaaS Disk report ran and includes the extension logs and the Application and System logs.',
      logs: [
        {
          title: 'VMSnapshot extension log',
          source: vmSnapshotLog,
          format: 'plugin',
          text: [
            '2025-04-15T20:30:02.7765410Z [Info]: Snapshot task started. TaskId 51d0c3e7-6a2f-4b19-a8d4-0f7e2c9b3a16',
            '2025-04-15T20:30:04.1093257Z [Error]: IaaSVM provider is not in a usable state {IsProviderInstalled = True, ProviderServiceState = NotFound}',
            '2025-04-15T20:30:04.1620094Z [Error]: Snapshot failed. Reporting ExtensionSnapshotFailedCOM',
          ].join('\n'),
        },
        {
          title: 'Application log, at the time of the failure',
          source: 'Event Viewer > Windows Logs > Application',
          format: 'event-viewer',
          text: applicationEvent4689('4/15/2025 8:30:03 PM', 'RDS-GW04.contoso.local'),
        },
      ],
      reboot: 'After each reboot, backups succeed for two or three nights, then fail again.',
      dllDates: 'Not looked at.',
      afterRemediation:
        'After the remediation, the triggered backup succeeds, and so do the next nights’ backups.',
    },
    expected: {
      answers: {
        'log-permission': 'granted',
        'collect-asc': 'report-ready',
        'error-code': 'extension-snapshot-failed-com',
        findings: 'event-4689,iaasvm-provider',
        'cause-iaasvm-provider': 'applied',
        retry: 'succeeded',
      },
      outcome: 'resolved',
    },
    debrief:
      'Event 4689 in the Application log and a reboot that helps look like Cause 1, but Cause 1 needs an extension installation failure too, and this is a snapshot failure (ExtensionSnapshotFailedCOM): two of three symptoms are not enough, so the guide does not even ask about the reboot. The plugin log’s IaaSVM provider error is Cause 2.',
  },
];

/** A case's card as the practice screen shows it, in the order an engineer meets the facts. */
function toPracticeCase({ card, ...rest }: ExtensionCase): PracticeCase {
  return {
    ...rest,
    card: {
      customerReport: card.customerReport,
      sections: [
        {
          heading: 'The failed backup job',
          code: card.backupError.code,
          text: card.backupError.message,
        },
        { heading: 'Log permission in ASC', text: card.logPermission },
        { heading: 'Collecting the logs', text: card.logCollection },
        ...(card.logs.length > 0
          ? [{ heading: 'In the logs, at the time of the failure', logs: card.logs }]
          : []),
        { heading: 'What a reboot did', text: card.reboot },
        typeof card.dllDates === 'string'
          ? { heading: 'msvcp120.dll and msvcr120.dll', text: card.dllDates }
          : {
              heading: 'msvcp120.dll and msvcr120.dll',
              table: {
                columns: ['File', 'Modified'],
                rows: card.dllDates.map((d) => [d.file, d.modified]),
              },
            },
        { heading: 'After the remediation', text: card.afterRemediation, revealAt: 'retry' },
      ],
    },
  };
}

export const practiceCases: readonly PracticeCase[] = extensionCases.map(toPracticeCase);
