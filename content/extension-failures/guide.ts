/**
 * The TSG's `<properties>` block, carried verbatim, and the guide's version.
 *
 * Bump `guideVersion` (and add a changelog entry) whenever a change to the machine or the
 * content could change what a step says or where an answer leads. Links carry the version, so
 * a link made before the change still opens and tells its reader the guide has changed since.
 */

export const guideProperties = {
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
} as const;

/** The three error names the TSG covers, as they appear in its title. */
export const coveredErrors = [
  'ExtensionSnapshotFailedCOM',
  'ExtensionInstallationFailedCOM',
  'ExtensionInstallationFailedMDTC',
] as const;

/** The guide's base URL path. Never change it: links in case records point here. */
export const guideBasePath = '/extension-failures';

export const guideVersion = 1;

export const guideChangelog: readonly { version: number; date: string; changes: string }[] = [
  {
    version: 1,
    date: '2026-11-25',
    changes: 'First interactive version of the TSG.',
  },
];

/** The TSG's link to the wiki's other known issues, verbatim. */
export const knownIssuesWikiUrl =
  'https://supportability.visualstudio.com/AzureBackup/_wiki/wikis/AzureBackup/184541/AzureBackup-IaaSVM-Extension-failures';
