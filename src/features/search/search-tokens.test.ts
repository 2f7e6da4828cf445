import { expect, test } from 'vitest';
import { canonicalTerm, indexTerms, tokenizeText, wordSequence } from './search-tokens';

const terms = (text: string) => tokenizeText(text).map((t) => t.term);

test('error names stay whole, and their words are terms too', () => {
  expect(indexTerms('ExtensionInstallationFailedMDTC')).toEqual([
    'extensioninstallationfailedmdtc',
    'extension',
    'installation',
    'failed',
    'mdtc',
  ]);
  expect(indexTerms('System.Runtime.InteropServices.COMException')).toEqual(
    expect.arrayContaining(['system.runtime.interopservices.comexception', 'comexception', 'com']),
  );
});

test('an HRESULT is one term, with or without 0x, in any case', () => {
  expect(terms('(0x80110401)')).toEqual(['80110401']);
  expect(terms('80110401')).toEqual(['80110401']);
  expect(terms('Error Code = 0x8000FFFF : Catastrophic failure')).toEqual([
    'error',
    'code',
    '8000ffff',
    'catastrophic',
    'failure',
  ]);
  expect(canonicalTerm('0x8000ffff')).toBe(canonicalTerm('8000FFFF'));
  // Full-width characters, as some keyboards and documents write them.
  expect(canonicalTerm('０ｘ８０１１０４０１')).toBe('80110401');
});

test('event ids and numbers are terms', () => {
  expect(terms('Event ID 4689')).toEqual(['event', 'id', '4689']);
});

test('registry paths split at backslashes and arrows; names keep their underscores', () => {
  expect(terms('HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\BcdrAgent')).toEqual([
    'hkey_local_machine',
    'software',
    'microsoft',
    'bcdragent',
  ]);
  expect(
    terms('HKEY_LOCAL_MACHINE > SOFTWARE > Microsoft > BCDRAgent > IsProviderInstalled'),
  ).toEqual(['hkey_local_machine', 'software', 'microsoft', 'bcdragent', 'isproviderinstalled']);
  expect(indexTerms('IsProviderInstalled')).toEqual([
    'isproviderinstalled',
    'provider',
    'installed',
  ]);
  expect(indexTerms('BCDRAgent')).toEqual(['bcdragent', 'bcdr', 'agent']);
  expect(indexTerms('SharedSection=1024,20480,4096')).toEqual([
    'sharedsection',
    'shared',
    'section',
    '1024',
    '20480',
    '4096',
  ]);
});

test('file names keep their extension, and each part is a term', () => {
  expect(indexTerms('C:\\Windows\\System32\\msvcr120.dll')).toEqual([
    'windows',
    'system32',
    'msvcr120.dll',
    'msvcr120',
    'dll',
  ]);
  expect(indexTerms('WaAppAgent.log')).toEqual(
    expect.arrayContaining(['waappagent.log', 'waappagent', 'log', 'app', 'agent']),
  );
  expect(indexTerms('vcredist2013_x64')).toEqual(['vcredist2013_x64', 'vcredist2013', 'x64']);
});

test('sentence punctuation is not part of a term', () => {
  expect(terms('the msvcr120.dll. Then REG ADD "HKLM\\SOFTWARE" /v x')).toEqual([
    'msvcr120.dll',
    'reg',
    'add',
    'hklm',
    'software',
  ]);
});

test('common words and single characters are left out', () => {
  expect(terms('If you see this error, the')).toEqual(['see', 'error']);
  expect(terms('a b c')).toEqual([]);
});

test('codes and words are told apart by how they are written', () => {
  const code = (text: string) => tokenizeText(text).map((t) => t.code);
  expect(code('0x80110401 4689 msvcr120.dll IsProviderInstalled MDTC regedit heap')).toEqual([
    true,
    true,
    true,
    true,
    true,
    false,
    false,
  ]);
});

test('accents, letter case and other scripts', () => {
  expect(terms('Événement CAFÉ 日本語')).toEqual(['evenement', 'cafe', '日本語']);
});

test('tokens know where they are in the text', () => {
  const [token] = tokenizeText('see ExtensionInstallationFailedMDTC');
  const second = tokenizeText('see ExtensionInstallationFailedMDTC')[1]!;
  expect(token!.raw).toBe('see');
  expect(second.start).toBe(4);
  const mdtc = second.parts.find((p) => p.term === 'mdtc')!;
  expect('see ExtensionInstallationFailedMDTC'.slice(mdtc.start, mdtc.end)).toBe('MDTC');
});

test("a name's words read as a phrase", () => {
  expect(wordSequence('IsProviderInstalled')).toEqual(['provider', 'installed']);
  expect(wordSequence('Windows shared section')).toEqual(['windows', 'shared', 'section']);
  expect(wordSequence('SharedSection=1024')).toEqual(['shared', 'section', '1024']);
});
