import type { GuideManifest } from '../../src/machine/guide-definition';

/**
 * The guide's metadata: always loaded (the home page lists it), so keep it small. The TSG's
 * `<properties>` block is carried verbatim from `tsg.txt`.
 */

/** The TSG's link to the wiki's other known issues, verbatim. */
export const knownIssuesWikiUrl =
  'https://supportability.visualstudio.com/AzureBackup/_wiki/wikis/AzureBackup/184541/AzureBackup-IaaSVM-Extension-failures';

export const manifest: GuideManifest = {
  id: 'extension-failures',
  basePath: '/extension-failures',
  title: 'Extension COM and MDTC failures',
  summary:
    'Azure IaaS VM backups that fail because the backup extension cannot snapshot or install (COM+ / MSDTC).',
  version: 1,
  changelog: [{ version: 1, date: '2026-11-25', changes: 'First interactive version of the TSG.' }],
  errors: [
    'ExtensionSnapshotFailedCOM',
    'ExtensionInstallationFailedCOM',
    'ExtensionInstallationFailedMDTC',
  ],
  properties: {
    pageTitle:
      'ExtensionSnapshotFailedCOM  ExtensionInstallationFailedCOM  ExtensionInstallationFailedMDTC',
    description:
      'ExtensionSnapshotFailedCOM  ExtensionInstallationFailedCOM  ExtensionInstallationFailedMDTC',
    service: 'Microsoft.RecoveryServices',
    resource: 'Microsoft.RecoveryServices/Vaults',
    authors: 'StorageMediaEdge_Backup',
    'ms.author': 'StorageMediaEdge_Backup',
    displayOrder: '',
    selfHelpType: 'TSG_Content',
    supportTopicIds: '',
    resourceTags: '',
    productPesIds: '',
    cloudEnvironments: 'public, fairfax, usnat, ussec',
    articleId: '16c5d754-945d-4777-9baf-eb087fd3b1af',
    ownershipId: 'StorageMediaEdge_Backup',
  },
  articleId: '16c5d754-945d-4777-9baf-eb087fd3b1af',
  // The TSG names its owners (`authors`, `ownershipId`) but gives no e-mail address: reports are
  // copied and sent to them by hand until one is added here.
  owner: { name: 'StorageMediaEdge_Backup' },
  wikiUrl: knownIssuesWikiUrl,
  phases: [
    { id: 'permission', label: 'Log permission' },
    { id: 'collect', label: 'Collect logs' },
    { id: 'match', label: 'Match the cause' },
    { id: 'remediate', label: 'Remediate' },
    { id: 'outcome', label: 'Outcome' },
  ],
  ownsUnlabelledSessions: true,
};
