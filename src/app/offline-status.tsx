import { useLocation } from 'react-router';
import { GuideOfflineStatus } from '../features/offline/components/guide-offline-status';
import { guideRegistry } from '../guides/guide-registry';

/** On a guide's pages, whether that guide works offline in this browser. */
export function OfflineStatus() {
  const { pathname } = useLocation();
  const found = guideRegistry.guideForPathname(pathname);
  if (!found) return null;
  // The guide's pages show once it has loaded, and this with them.
  const guide = guideRegistry.loadedGuide(found.entry.id);
  if (!guide) return null;
  const { id, title } = guide.manifest;
  return <GuideOfflineStatus key={id} guideId={id} title={title} />;
}
