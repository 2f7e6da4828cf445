import { defineGuide } from '../../src/machine/guide-definition';
import { extensionFailuresMachine } from './machine';
import { extensionFailuresNotices } from './notices';

/** The guide as the app loads it when it is opened: its machine and its notices. */
export const definition = defineGuide({
  machine: extensionFailuresMachine,
  notices: extensionFailuresNotices,
});
