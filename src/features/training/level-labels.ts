import type { PracticeCase } from '../../machine/guide-training';

/** How a practice case's level is named. */
export const levelLabels: Readonly<Record<PracticeCase['level'], string>> = {
  starter: 'Starter',
  practised: 'Practised',
  tricky: 'Tricky',
};
