import { useLocation } from 'react-router';
import { GuideOfflineStatus } from '../features/offline/components/guide-offline-status';
import { guideRegistry } from '../guides/guide-registry';

/** On a guide's pages, whether that guide works offline in this browser. */
export function OfflineStatus() {
  const { pathname } = useLocation();
  const found = guideRegistry.guideForPathname(pathname);
  if (!found) return null;
  const { id, title } = found.entry.manifest;
  return <GuideOfflineStatus key={id} guideId={id} title={title} />;
}
