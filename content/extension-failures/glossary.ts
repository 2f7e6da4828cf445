import type { Glossary } from '../../src/machine/guide-training';

/**
 * The words the TSG assumes a reader knows. `source: 'tsg'` marks a definition that is the
 * TSG's own text; every other definition is written for this tool and shown as added (not in
 * the TSG). `inTsg` quotes, verbatim, where the TSG uses the term.
 */
export const glossary: Glossary = [
  {
    term: 'ASC',
    aliases: ['Azure Support Center'],
    definition:
      'Azure Support Center: Microsoft’s internal tool for support engineers. For a case it shows the case overview (including the customer’s permissions), the customer’s resources (Resource Explorer) and diagnostics that can be run on them.',
    source: 'added',
    inTsg: 'Go to (ASC > Case Overview > Permissions > Log Permission (Granted)).',
  },
  {
    term: 'Log Permission',
    definition:
      'Check if the customer has granted permission for collecting logs. Go to (ASC > Case Overview > Permissions > Log Permission (Granted)).',
    source: 'tsg',
  },
  {
    term: 'Resource Explorer',
    definition:
      'The part of ASC that lists the customer’s Azure resources and, for each, its properties and a Diagnostics tab.',
    source: 'added',
    inTsg:
      'Go to (ASC > Resource Explorer for VM > Diagnostics tab > Inspect IaaS Disk > click + Create Report).',
  },
  {
    term: 'Inspect IaaS Disk',
    definition:
      'An ASC diagnostic for a VM: it reads logs and configuration files from the VM’s disk and puts them in a report, with nobody signing in to the VM. That is why the TSG tries it first (Method 1).',
    source: 'added',
    inTsg:
      'In the Create Report window, select Diagnostic from the Mode drop-down option and enter the required details then click Run.',
  },
  {
    term: 'IaaS VM',
    aliases: ['IaaSVM', 'Azure VM'],
    definition:
      'A virtual machine in Azure (Infrastructure as a Service) that the customer manages. Azure Backup backs it up from snapshots of its disks.',
    source: 'added',
  },
  {
    term: 'VMSnapshot extension',
    aliases: ['Microsoft.Azure.RecoveryServices.VMSnapshot', 'backup extension'],
    definition:
      'The VM extension Azure Backup installs on a Windows VM at its first backup, to take application-consistent snapshots with VSS. Azure’s documentation says that it also installs Visual C++ 2013 Redistributable (x64), sets the VSS service to start automatically and adds the IaaSVmProvider service. Its files are under C:\\Packages\\Plugins\\Microsoft.Azure.RecoveryServices.VMSnapshot\\<version>, its logs under C:\\WindowsAzure\\Logs\\Plugins\\.',
    source: 'added',
    inTsg:
      'Go to C:\\Packages\\Plugins\\Microsoft.Azure.RecoveryServices.VMSnapshot\\<LatestVersion> folder',
  },
  {
    term: 'Plugin logs',
    aliases: ['extension logs', 'plugin log'],
    definition:
      'The logs VM extensions write on the VM, one folder per extension and version under C:\\WindowsAzure\\Logs\\Plugins\\. Each line starts with a UTC time stamp and a level, for example “2018-12-04T07:52:28.8611188Z [Error]: …”.',
    source: 'added',
    inTsg: 'C:\\WindowsAzure\\Logs\\Plugins\\',
  },
  {
    term: 'WaAppAgent',
    aliases: ['WaAppAgent.log', 'guest agent', 'VM agent'],
    definition:
      'The Azure VM guest agent on Windows (WindowsAzureGuestAgent). It installs, updates and runs extensions such as VMSnapshot and reports their status to Azure. Its log, C:\\WindowsAzure\\Logs\\WaAppAgent.log, shows when an extension was installed or failed; its lines look like “[00000013] [11/11/2022 06:34:12.06] [WARN]  …”.',
    source: 'added',
    inTsg: 'C:\\WindowsAzure\\Logs\\WaAppAgent.log',
  },
  {
    term: 'VSS',
    aliases: ['Volume Shadow Copy Service'],
    definition:
      'Volume Shadow Copy Service: the Windows service that asks applications (through their VSS writers) to pause and flush their writes, so that a snapshot of the disks is consistent. The VMSnapshot extension uses it for application-consistent backups.',
    source: 'added',
  },
  {
    term: 'COM+',
    aliases: ['COM', 'Component Services'],
    definition:
      'A Windows layer on top of COM (Component Object Model) that hosts components in COM+ applications and gives them services such as transactions (through MSDTC). The backup extension depends on COM+ on the VM; the three errors this TSG covers are COM+ failures during the extension’s installation or snapshot.',
    source: 'added',
  },
  {
    term: 'MDTC',
    aliases: ['MSDTC', 'DTC', 'Distributed Transaction Coordinator'],
    definition:
      'Microsoft Distributed Transaction Coordinator, the Windows service that coordinates transactions for COM+. ExtensionInstallationFailedMDTC means the extension’s installation failed because COM+ could not work with it.',
    source: 'added',
  },
  {
    term: 'ExtensionSnapshotFailedCOM',
    definition:
      'A backup job error: the snapshot operation failed because of a COM+ error. It is a snapshot failure, not an installation failure, so it is not one of Cause 1’s symptoms.',
    source: 'added',
  },
  {
    term: 'ExtensionInstallationFailedCOM',
    definition:
      'A backup job error: the backup extension’s installation or operation failed because of a COM+ error. This guide counts it as the TSG’s “ExtensionIntallation Failure”.',
    source: 'added',
  },
  {
    term: 'ExtensionInstallationFailedMDTC',
    definition:
      'A backup job error: the backup extension’s installation failed because COM+ could not talk to the Distributed Transaction Coordinator (MDTC). This guide counts it as the TSG’s “ExtensionIntallation Failure”.',
    source: 'added',
  },
  {
    term: 'Event Viewer',
    aliases: ['eventvwr', 'Application log', 'System log', 'Security log'],
    definition:
      'The Windows tool that shows the event logs (eventvwr.msc). Windows Logs > Application, System and Security are separate logs, and the same Event ID means different things in different logs and sources: always read Log Name and Source, not the Event ID alone. “Save All Events As…” exports a log as an .evtx file.',
    source: 'added',
    inTsg: 'On event viewer " save all events as ... " for System and Application logs',
  },
  {
    term: 'Event 4689',
    aliases: ['Event ID 4689'],
    definition:
      'In Windows Application logs check for the Event ID 4689. Check if the Event ID 4689 contains Description and Error code mentioned below. Description: The run-time environment has detected an inconsistency in its internal state. Error Code: Error Code = 0x8000ffff : Catastrophic failure',
    source: 'tsg',
  },
  {
    term: 'Event 4689 in the Security log',
    definition:
      'Not the TSG’s event. In the Security log, Event ID 4689 (source Microsoft-Windows-Security-Auditing) is “A process has exited”, written whenever any process ends while process auditing is on. It is no evidence of Cause 1: only the Application-log 4689 with the TSG’s Description and Error Code counts.',
    source: 'added',
  },
  {
    term: 'HRESULT',
    definition:
      'A 32-bit Windows error code, written in hexadecimal (0x…). Codes starting 0x8 are failures. .NET shows them as “(Exception from HRESULT: 0x…)”. Match an error by its full code: different codes are different problems.',
    source: 'added',
    inTsg: '(Exception from HRESULT: 0x80110401)',
  },
  {
    term: '0x80110401',
    aliases: ['COMADMIN_E_OBJECTERRORS'],
    definition:
      'The COM+ administration error COMADMIN_E_OBJECTERRORS: “Errors occurred accessing one or more objects - the ErrorInfo collection may have more detail”. In the VMSnapshot log with “Install provider failed”, it is Cause 3’s error.',
    source: 'added',
  },
  {
    term: '0x8000ffff',
    aliases: ['E_UNEXPECTED', 'Catastrophic failure'],
    definition:
      'The generic Windows error E_UNEXPECTED, whose message is “Catastrophic failure”. In the Application-log Event 4689 it is part of Cause 1’s evidence.',
    source: 'added',
  },
  {
    term: 'COMException',
    aliases: ['System.Runtime.InteropServices.COMException'],
    definition:
      'The .NET exception that carries an error returned by a COM or COM+ call, with its HRESULT in brackets. Many different problems raise one: what identifies the problem is the HRESULT.',
    source: 'added',
  },
  {
    term: 'Desktop heap',
    definition:
      'Memory Windows sets aside for each desktop to hold window-manager objects (windows, menus, hooks). Services run on non-interactive desktops, which get a small heap; when it runs out, new processes and components can fail to start until the machine restarts, which is why a reboot helps for a while.',
    source: 'added',
    inTsg: 'Is most likely customer machine has run out of desktop heap memory.',
  },
  {
    term: 'SharedSection',
    definition:
      'Part of the “Windows” value under HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\\Session Manager\\SubSystems. Its three numbers are heap sizes in KB: the shared system heap, each interactive desktop’s heap, and each non-interactive desktop’s heap. The TSG raises them to 1024,20480,4096. The value holds other settings too: change only the SharedSection part.',
    source: 'added',
    inTsg: 'Update the value with Windows SharedSection=1024,20480,4096.',
  },
  {
    term: 'IaaSVM provider',
    aliases: ['IAASVM provider', 'IaaS VM provider Service', 'IaaSVmProvider'],
    definition:
      'The IaaSVmProvider Windows service that the VMSnapshot extension adds to the VM for snapshots. When it is not installed properly, snapshots fail; setting the BCDRAgent “provider installed” values to false makes the extension install it again.',
    source: 'added',
    inTsg: 'The service might not be installed properly then you might encounter this issue.',
  },
  {
    term: 'BCDRAgent',
    aliases: ['BcdrAgent', 'BCDRAgentPersistentKeys'],
    definition:
      'Registry keys of the Azure Backup extension on the VM (BCDR: business continuity and disaster recovery), under HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft. IsProviderInstalled and IsCommonProviderInstalled record whether the provider is installed. Registry key names are not case-sensitive: BCDRAgent and BcdrAgent are the same key.',
    source: 'added',
    inTsg: 'HKEY_LOCAL_MACHINE > SOFTWARE > Microsoft > BCDRAgent > IsProviderInstalled',
  },
  {
    term: 'Registry Editor',
    aliases: ['regedit', 'REG ADD'],
    definition:
      'The Windows tool for viewing and changing the registry, started with regedit. REG ADD is its command-line counterpart: /v names the value, /t its type, /d its data, /f overwrites without asking. Export a key before changing it.',
    source: 'added',
    inTsg:
      'REG ADD "HKLM\\SOFTWARE\\Microsoft\\BcdrAgent" /v IsProviderInstalled /t REG_SZ /d False /f',
  },
  {
    term: 'Visual C++ Redistributable for Visual Studio 2013',
    aliases: ['vcredist2013_x64', 'msvcp120.dll', 'msvcr120.dll', 'msvc DLLs'],
    definition:
      'The Microsoft C/C++ runtime 12.0 that programs built with Visual Studio 2013 need; msvcp120.dll and msvcr120.dll are two of its files in C:\\Windows\\System32. The VMSnapshot extension installs it and ships vcredist2013_x64 in its plugin folder. Files with different Modified dates suggest parts of different versions were installed.',
    source: 'added',
    inTsg: 'Uninstall Visual C++ Redistributable x64 for Visual Studio 2013.',
  },
  {
    term: 'TSG',
    definition:
      'Troubleshooting guide: the support team’s written procedure for a known problem. This tool turns one TSG into a guided wizard and keeps its words verbatim.',
    source: 'added',
  },
];
