import site from 'virtual:site';
import { GuideList } from '../../features/guide-library/components/guide-list';
import { useKeptGuides } from '../../features/offline/guide-offline';
import { SessionList } from '../../features/sessions/components/session-list';
import { guideRegistry } from '../../guides/guide-registry';
import { useDocumentTitle } from '../use-document-title';
import { LibraryFailure } from './library-failure';

/** Every guide this build has, and the recent case sessions of all of them. */
export function HomeRoute() {
  useDocumentTitle('Guides');
  const keptOffline = useKeptGuides();
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">{site.name}</h1>
      <p className="mb-8 text-lg">{site.introduction}</p>
      {guideRegistry.failure() !== undefined ? (
        <LibraryFailure headingLevel={2} />
      ) : (
        <GuideList
          guides={(guideRegistry.loadedCards() ?? []).map((manifest) => ({ manifest }))}
          keptOffline={keptOffline}
        />
      )}
      <SessionList />
    </div>
  );
}
