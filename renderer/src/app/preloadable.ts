import { createElement, lazy, useState, type ComponentType } from 'react';

/**
 * A screen loaded on demand that renders at once when its code is already
 * there. React.lazy suspends on every first render, even for a module fetched
 * long ago, and React holds back the content that follows a Suspense fallback
 * for about 300 ms: opening a client waited on that, not on any work.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): { load: () => Promise<unknown>; Component: ComponentType<P> } {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const fetch = () => (pending ??= load().then((c) => (loaded = c)));
  const Lazy = lazy(() => fetch().then((c) => ({ default: c })));
  function Component(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the loaded type later would remount the screen.
    const [type] = useState<ComponentType<P>>(() => loaded ?? (Lazy as unknown as ComponentType<P>));
    return createElement(type, props);
  }
  return { load: fetch, Component };
}
