/** Shown while the first step's content loads: reserves the page so nothing shifts. */
export function AppShellFallback() {
  return <div aria-busy="true" className="min-h-screen" />;
}
