/**
 * The TSG's words each step must show verbatim (from `tsg.txt`: menu paths, file paths, registry
 * keys, commands, event ids, error codes). `npm run check:guides` fails when a step's
 * prerendered page does not contain one of its facts (whitespace and markup aside).
 */

const errorNames = [
  'ExtensionSnapshotFailedCOM',
  'ExtensionInstallationFailedCOM',
  'ExtensionInstallationFailedMDTC',
];

const event4689 = [
  'The run-time environment has detected an inconsistency in its internal state.',
  'Error Code: Error Code = 0x8000ffff : Catastrophic failure',
];

const installProviderFailed =
  '2018-12-04T07:52:28.8611188Z [Error]: Install provider failed {Exception = System.Runtime.InteropServices.COMException (0x80110401): Errors occurred accessing one or more objects - the ErrorInfo collection may have more detail (Exception from HRESULT: 0x80110401)';

const logPermissionPath = 'ASC > Case Overview > Permissions > Log Permission (Granted)';

export const facts: Record<string, readonly string[]> = {
  start: [
    ...errorNames,
    'Microsoft.RecoveryServices',
    'Microsoft.RecoveryServices/Vaults',
    'public, fairfax, usnat, ussec',
    '16c5d754-945d-4777-9baf-eb087fd3b1af',
  ],
  'log-permission': [logPermissionPath],
  'permission-pending': [logPermissionPath],
  'collect-asc': [
    'ASC > Resource Explorer for VM > Diagnostics tab > Inspect IaaS Disk > click + Create Report',
    'In the Create Report window, select Diagnostic from the Mode drop-down option and enter the required details then click Run.',
  ],
  'collect-manual': [
    'C:\\Packages\\Plugins\\(get plugins based on current issue)',
    'C:\\WindowsAzure\\Logs\\Plugins\\',
    'C:\\WindowsAzure\\Logs\\WaAppAgent.log',
    'On event viewer " save all events as ... " for System and Application logs',
    'after getting the customer permission',
  ],
  'error-code': errorNames,
  findings: [...event4689, 'Event ID 4689', installProviderFailed],
  reboot: ['This apply if only you have the 3 symptoms together'],
  'dll-dates': [
    installProviderFailed,
    'C:\\Windows\\System32\\msvcp120.dll',
    'C:\\Windows\\System32\\msvcr120.dll',
  ],
  'cause-desktop-heap': [
    'In Windows Application logs check for the Event ID 4689',
    ...event4689,
    'And a reboot solve the issue temporary',
    'If you have the 3 conditions together: ExtensionIntallation Failure , Event 4689 and reboot solve the temporary.',
    'HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\\Session Manager\\SubSystems - windows',
    'Right-click on Windows shared section and click modify.',
    'Update the value with Windows SharedSection=1024,20480,4096.',
    'SharedSection=1024,20480,4096',
    'In the impacted machine, open the Registry Editor by typing regedit in the Run window.',
    'Once the registry is updated with above value, reboot the server and retry the backup operation.',
    'This apply if only you have the 3 symptoms together',
  ],
  'cause-iaasvm-provider': [
    'HKEY_LOCAL_MACHINE > SOFTWARE > Microsoft > BCDRAgent > IsProviderInstalled',
    'HKEY_LOCAL_MACHINE > SOFTWARE > Microsoft > BCDRAgentPersistentKeys -> IsCommonProviderInstalled',
    'REG ADD "HKLM\\SOFTWARE\\Microsoft\\BcdrAgent" /v IsProviderInstalled /t REG_SZ /d False /f',
    'To resolve this issue set the following 2 Reg-Keys as false and trigger a backup.',
  ],
  'cause-msvc-dll-mismatch': [
    installProviderFailed,
    'C:\\Windows\\System32\\msvcp120.dll',
    'C:\\Windows\\System32\\msvcr120.dll',
    'In the affected VM go to Control panel > Programs and features',
    'Uninstall Visual C++ Redistributable x64 for Visual Studio 2013.',
    'C:\\Packages\\Plugins\\Microsoft.Azure.RecoveryServices.VMSnapshot\\<LatestVersion>',
    'vcredist2013_x64',
    'Retry backup operation.',
  ],
  retry: [],
  resolved: [],
  'known-issues': [
    'Please review the Wiki for other possible known issues',
    'https://supportability.visualstudio.com/AzureBackup/_wiki/wikis/AzureBackup/184541/AzureBackup-IaaSVM-Extension-failures',
  ],
};
