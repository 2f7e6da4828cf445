import type { WhyWeAsk } from '../../src/machine/guide-training';

/**
 * "Why we ask this", per step id. `tsg` quotes the TSG verbatim; `added` is this tool's own
 * reasoning, shown marked as added guidance. A unit test checks every question has an entry
 * and every entry names a step.
 */
export const whyWeAsk: WhyWeAsk = {
  'log-permission': {
    decides: 'Whether you can collect logs now, or must first wait for the customer.',
    tsg: [
      'Check if the customer has granted permission for collecting logs.',
      '… then collect the logs (after getting the customer permission) from the following locations',
    ],
    added: [
      'Both ways of collecting logs read data from the customer’s VM, so neither starts before the customer agrees. Checking first avoids asking for logs you are not allowed to use.',
    ],
  },
  'permission-pending': {
    decides: 'Nothing yet: the guide waits here until ASC shows the permission as granted.',
    added: [
      'Keep the link to this step: it reopens the case where you left it once the customer has answered.',
    ],
  },
  'collect-asc': {
    decides:
      'Whether the ASC report is enough, or you collect the logs from the VM yourself (Method 2).',
    tsg: [
      "If the Inspect IaaS Disk isn't working or you need a more comprehensive set of logs then collect the logs (after getting the customer permission) from the following locations:",
    ],
    added: [
      'Method 1 comes first because it needs no access to the VM: ASC reads the logs from the VM’s disk, so nobody has to sign in to the VM, copy files and send them.',
    ],
  },
  'collect-manual': {
    decides: 'Nothing: once the logs are collected, the guide goes on to the error code.',
    added: [
      'Ask for the System and Application logs as exported files (“Save all events as…”), not screenshots: you will need to filter them by time and read the Log Name and Source of each event.',
    ],
  },
  'error-code': {
    decides:
      'Whether Cause 1 can apply at all: its first symptom is an extension installation failure.',
    tsg: [
      'If you have the 3 conditions together: ExtensionIntallation Failure , Event 4689 and reboot solve the temporary.',
    ],
    added: [
      'This guide reads “ExtensionIntallation Failure” as a job failing with ExtensionInstallationFailedCOM or ExtensionInstallationFailedMDTC. ExtensionSnapshotFailedCOM is a snapshot failure: with it, Cause 1 is ruled out whatever else you find, and the reboot question is not asked.',
    ],
  },
  findings: {
    decides:
      'Which of the TSG’s known causes can match: Event 4689 (Cause 1), an IaaSVM provider error (Cause 2), the COMException 0x80110401 (Cause 3), or none of them.',
    tsg: [
      'Once you located the failure, check if it matches and follow more known causes',
      'At the time of the extension logs failure: In Windows Application logs check for the Event ID 4689.',
    ],
    added: [
      'Look at the time of the failure: an event from another day is no evidence.',
      'Event ID 4689 in the Security log is “A process has exited”, written whenever any process ends. It is not the TSG’s event: only an Application-log 4689 with the Description and Error Code shown counts.',
      'Select everything you found. Several findings can hold together, and the guide checks the causes in the TSG’s order.',
    ],
  },
  reboot: {
    decides: 'Whether Cause 1 is confirmed: a reboot that helps for a while is its third symptom.',
    tsg: [
      'And a reboot solve the issue temporary',
      'This apply if only you have the 3 symptoms together',
    ],
    added: [
      'Cause 1’s remedy edits the registry and needs a restart, so it is asked for only when all three symptoms hold. If you do not know whether a reboot helps, ask the customer: “I’m not sure” does not confirm Cause 1.',
    ],
  },
  'dll-dates': {
    decides: 'Whether Cause 3 matches: it needs its error and DLLs with different Modified dates.',
    tsg: ['Verify from inside impacted VM, if the below files have different " Modified date"'],
    added: [
      'Different dates suggest the two files of the Visual C++ 2013 runtime come from different versions; the remedy reinstalls the runtime so that they match.',
      'The TSG does not say what to do when the dates are the same: this guide then goes on to the other known issues.',
    ],
  },
  retry: {
    decides: 'Whether the case is resolved, or goes on to the other known issues.',
    tsg: ['Retry backup operation.'],
    added: [
      'Every remedy in the TSG ends with a retried backup: only a backup that succeeds shows the cause was the right one.',
    ],
  },
};
