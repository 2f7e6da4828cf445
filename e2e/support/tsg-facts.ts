/** The TSG's facts each step link must show verbatim (from ../shared/seeds, the TSG). */
export const factsByLink: Record<string, { title: string; facts: string[] }> = {
  '/extension-failures': {
    title: 'Troubleshoot extension COM and MDTC backup failures',
    facts: [
      'ExtensionSnapshotFailedCOM',
      'ExtensionInstallationFailedCOM',
      'ExtensionInstallationFailedMDTC',
      'Microsoft.RecoveryServices',
      'Microsoft.RecoveryServices/Vaults',
      'public, fairfax, usnat, ussec',
      '16c5d754-945d-4777-9baf-eb087fd3b1af',
    ],
  },
  '/extension-failures/log-permission': {
    title: 'Has the customer granted permission to collect logs?',
    facts: ['ASC > Case Overview > Permissions > Log Permission (Granted)'],
  },
  '/extension-failures/collect/asc': {
    title: 'Method 1: collect logs using ASC',
    facts: [
      'ASC > Resource Explorer for VM > Diagnostics tab > Inspect IaaS Disk > click + Create Report',
      'In the Create Report window, select Diagnostic from the Mode drop-down option and enter the required details then click Run.',
    ],
  },
  '/extension-failures/collect/manual': {
    title: "Method 2: collect logs manually from the customer's VM",
    facts: [
      'C:\\Packages\\Plugins\\(get plugins based on current issue)',
      'C:\\WindowsAzure\\Logs\\Plugins\\',
      'C:\\WindowsAzure\\Logs\\WaAppAgent.log',
      'On event viewer " save all events as ... " for System and Application logs',
      'after getting the customer permission',
    ],
  },
  '/extension-failures/cause/desktop-heap': {
    title: 'Cause 1: Error desktop heap exhausted',
    facts: [
      'HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\\Session Manager\\SubSystems - windows',
      'Right-click on Windows shared section and click modify.',
      'Update the value with Windows SharedSection=1024,20480,4096.',
      'SharedSection=1024,20480,4096',
      'In the impacted machine, open the Registry Editor by typing regedit in the Run window.',
      'Once the registry is updated with above value, reboot the server and retry the backup operation.',
      'This apply if only you have the 3 symptoms together',
    ],
  },
  '/extension-failures/cause/iaasvm-provider': {
    title: 'Cause 2: Error due to IaaS VM provider Service',
    facts: [
      'HKEY_LOCAL_MACHINE > SOFTWARE > Microsoft > BCDRAgent > IsProviderInstalled',
      'HKEY_LOCAL_MACHINE > SOFTWARE > Microsoft > BCDRAgentPersistentKeys -> IsCommonProviderInstalled',
      'REG ADD "HKLM\\SOFTWARE\\Microsoft\\BcdrAgent" /v IsProviderInstalled /t REG_SZ /d False /f',
      'To resolve this issue set the following 2 Reg-Keys as false and trigger a backup.',
    ],
  },
  '/extension-failures/cause/msvc-dll-mismatch': {
    title: 'Cause 3: Error due to msvc.dlls file version mis-match',
    facts: [
      '2018-12-04T07:52:28.8611188Z [Error]: Install provider failed {Exception = System.Runtime.InteropServices.COMException (0x80110401): Errors occurred accessing one or more objects - the ErrorInfo collection may have more detail (Exception from HRESULT: 0x80110401)',
      'C:\\Windows\\System32\\msvcp120.dll',
      'C:\\Windows\\System32\\msvcr120.dll',
      'In the affected VM go to Control panel > Programs and features',
      'Uninstall Visual C++ Redistributable x64 for Visual Studio 2013.',
      'C:\\Packages\\Plugins\\Microsoft.Azure.RecoveryServices.VMSnapshot\\<LatestVersion>',
      'vcredist2013_x64',
      'Retry backup operation.',
    ],
  },
  '/extension-failures/known-issues': {
    title: 'Check the other known issues',
    facts: ['Please review the Wiki for other possible known issues'],
  },
};

export const event4689Facts = [
  'The run-time environment has detected an inconsistency in its internal state.',
  'Error Code: Error Code = 0x8000ffff : Catastrophic failure',
];
