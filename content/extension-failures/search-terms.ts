import type { GuideSearchTerms } from '../../src/machine/guide-definition';

/**
 * Other names engineers search by for what this guide says (see `GuideSearchTerms`): a step
 * that says any term of a group is also found by the others. Not shown on any page: add the
 * names engineers use, in their spelling.
 */
export const searchTerms: GuideSearchTerms = [
  // The error names say MDTC; Windows calls the service MSDTC.
  ['MSDTC', 'MDTC', 'Distributed Transaction Coordinator'],
  ['COM+', 'COM', 'Component Services'],
  // Cause 1's registry value and what it sizes.
  ['desktop heap', 'SharedSection', 'shared section'],
  // Cause 2: the service and the registry keys it reads.
  ['IaaS VM provider', 'IaaSVM provider', 'IaaSVmProvider', 'BCDRAgent', 'BcdrAgent'],
  ['HKLM', 'HKEY_LOCAL_MACHINE'],
  ['regedit', 'Registry Editor', 'REG ADD'],
  // Cause 3's files and the package that installs them.
  [
    'Visual C++ Redistributable',
    'VC++ redistributable',
    'vcredist',
    'vcredist2013_x64',
    'msvcr120.dll',
    'msvcp120.dll',
  ],
  // The HRESULT of Cause 1's event, by its name.
  ['0x8000ffff', 'E_UNEXPECTED', 'Catastrophic failure'],
  ['Event Viewer', 'eventvwr', 'event log'],
  ['WaAppAgent', 'guest agent', 'VM agent'],
];
