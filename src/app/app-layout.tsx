import { Suspense, type ReactNode } from 'react';
import { Link, Outlet, ScrollRestoration } from 'react-router';
import site from 'virtual:site';
import { UpdatePrompt } from '../features/offline/components/update-prompt';
import { SearchBox } from '../features/search/components/search-box';
import { ActiveSessionProvider } from '../features/sessions/active/active-session-provider';
import { PrerenderTakeover } from '../prerender/prerender-takeover';
import { NavigationGate } from './navigation-gate';
import { OfflineStatus } from './offline-status';

/** The page around every screen: the routes' outlet, or `children` (a screen shown on an error). */
export function AppLayout({ children }: { children?: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
      >
        Skip to main content
      </a>
      <header className="border-b-4 border-brand-600 bg-slate-900 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
          <div className="flex items-baseline gap-x-4">
            <Link to="/" className="text-lg font-bold text-white no-underline hover:underline">
              {site.name}
            </Link>
            <span className="hidden text-sm text-slate-200 lg:inline">{site.tagline}</span>
          </div>
          <SearchBox />
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
        <ActiveSessionProvider>
          {/* Says so when a page could not be opened; the screen stays as it was. */}
          <NavigationGate />
          {/* Only the first screen waits here; later steps keep the old screen until ready. */}
          <Suspense fallback={<div aria-busy="true" className="min-h-[70vh]" />}>
            {children ?? <Outlet />}
            {/* Commits with the first screen: takes over a prerendered page (see ADR 004). */}
            <PrerenderTakeover />
          </Suspense>
        </ActiveSessionProvider>
      </main>
      <footer className="no-print border-t border-slate-200 py-6 text-sm text-slate-700 dark:border-slate-800 dark:text-slate-300">
        <div className="mx-auto max-w-6xl px-4 sm:px-6">
          Everything you enter stays in this browser. Links carry only the guide's answers.
          <OfflineStatus />
        </div>
      </footer>
      <UpdatePrompt />
      <ScrollRestoration />
    </div>
  );
}
