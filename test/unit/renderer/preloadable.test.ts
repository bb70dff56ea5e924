import { createElement, Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { preloadable } from '../../../renderer/src/app/preloadable';

const Hello = ({ name }: { name: string }) => createElement('p', null, `Bonjour ${name}`);

describe('a preloadable screen', () => {
  it('suspends while its code is not there, then renders at once, fetching the code only once', async () => {
    let fetches = 0;
    const screen = preloadable(async () => {
      fetches++;
      return Hello;
    });
    const page = () => renderToString(createElement(Suspense, { fallback: createElement('i', null, 'chargement') }, createElement(screen.Component, { name: 'Zoé' })));
    expect(page()).toContain('chargement');
    await screen.load();
    await screen.load();
    // Loaded: rendered directly, with no Suspense boundary needed (React.lazy alone would suspend here).
    expect(renderToString(createElement(screen.Component, { name: 'Zoé' }))).toBe('<p>Bonjour Zoé</p>');
    expect(page()).toContain('Bonjour Zoé');
    expect(fetches).toBe(1);
  });
});
