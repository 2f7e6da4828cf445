import { expect, test } from 'vitest';
import { guideMatches } from './guide-filter';

const guide = {
  id: 'extension-failures',
  title: 'Extension COM and MDTC failures',
  service: 'Azure Backup',
  summary: 'Azure IaaS VM backups that fail because the backup extension cannot snapshot.',
  errors: ['ExtensionSnapshotFailedCOM', 'ExtensionInstallationFailedMDTC'],
};

test('a guide is found by its title, its service, an error code or part of one', () => {
  for (const query of ['COM and MDTC', 'azure backup', 'ExtensionSnapshotFailedCOM', 'mdtc']) {
    expect(guideMatches(guide, query), query).toBe(true);
  }
});

test('every word typed must match, in any order, case and accents aside', () => {
  expect(guideMatches(guide, 'backup  snapshot')).toBe(true);
  expect(guideMatches(guide, 'SNAPSHOT backup')).toBe(true);
  expect(guideMatches({ ...guide, title: 'Réplication failures' }, 'replication')).toBe(true);
  expect(guideMatches(guide, 'backup storage')).toBe(false);
});

test('nothing typed lists every guide; a guide without a service still matches on the rest', () => {
  expect(guideMatches(guide, '   ')).toBe(true);
  expect(guideMatches({ ...guide, service: undefined }, 'extension')).toBe(true);
  expect(guideMatches({ ...guide, service: undefined }, 'azure backup')).toBe(true);
});
