// Flow module for ../shared/bench's harness (measure.mjs --flow): the Cause 3 path, from the
// guide's start page to the Cause 3 remediation page, clicking as an engineer would.
const choose = (label) => async (page) => {
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
};

export const name = 'cause3-via-asc';

export const ready = { heading: 'Troubleshoot extension COM and MDTC backup failures' };

export const steps = [
  {
    name: 'start',
    action: (page) => page.getByRole('button', { name: 'Start', exact: true }).click(),
    expect: { heading: /granted permission/i },
  },
  {
    name: 'permission granted: yes',
    action: choose('Yes, Log Permission shows Granted'),
    expect: { heading: 'Method 1: collect logs using ASC' },
  },
  {
    name: 'method 1 (ASC): report has the logs',
    action: choose('The report gave me the logs I need'),
    expect: { heading: 'Which error does the failed backup job show?' },
  },
  {
    name: 'error: ExtensionInstallationFailedMDTC',
    action: choose('ExtensionInstallationFailedMDTC'),
    expect: { heading: 'What did you find at the time of the failure?' },
  },
  {
    name: 'found: COMException 0x80110401',
    action: choose('Install provider failed … COMException (0x80110401)'),
    expect: { heading: /different Modified dates/ },
  },
  {
    name: 'DLL dates differ: yes -> cause 3',
    action: choose('Yes, the Modified dates are different'),
    expect: { heading: /Cause 3/ },
  },
];
