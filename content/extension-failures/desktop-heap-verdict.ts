import type { SymptomCheck } from '../../src/machine/guide-definition';
import type { GuideContext } from './machine';

/**
 * Cause 1 applies only when its three symptoms hold together. Once the guide has decided
 * against it although Event 4689 was found, this says which symptom was missing.
 */

export interface DesktopHeapVerdict {
  symptoms: readonly SymptomCheck[];
  held: number;
}

export function desktopHeapRuledOut(context: GuideContext): DesktopHeapVerdict | undefined {
  if (!context.findings.includes('event-4689') || context.errorCode === undefined) return undefined;
  const installation = context.errorCode !== 'ExtensionSnapshotFailedCOM';
  if (installation && context.reboot === undefined) return undefined; // not decided yet
  if (installation && context.reboot === 'yes') return undefined; // Cause 1 applies
  const reboot: SymptomCheck = {
    label: 'A reboot solves the issue temporarily',
    holds: context.reboot === 'yes' ? true : context.reboot === 'no' ? false : undefined,
    detail:
      context.reboot === undefined
        ? 'not asked: the first symptom already rules Cause 1 out'
        : context.reboot === 'not-sure'
          ? 'not known yet'
          : context.reboot === 'yes'
            ? 'yes'
            : 'no',
  };
  const symptoms: SymptomCheck[] = [
    {
      label: 'ExtensionIntallation Failure',
      holds: installation,
      detail: installation ? `yes (${context.errorCode})` : `no (${context.errorCode})`,
    },
    { label: 'Event 4689', holds: true, detail: 'yes' },
    reboot,
  ];
  return { symptoms, held: symptoms.filter((s) => s.holds === true).length };
}
