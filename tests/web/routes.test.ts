// Routing: every address the site has, under the root and under a sub-path.
import { expect, test } from 'vitest';

import { examplePath, findExample, parseRoute } from '../../web/src/links/routes.js';

const examples = [
  { slug: 'first', playground: null },
  { slug: 'parallel-range-without-close', playground: 'KCuD3QN2BfK' },
];

test.each([
  ['/', { view: 'app', by: 'default', key: '' }],
  ['/index.html', { view: 'app', by: 'default', key: '' }],
  ['/p/KCuD3QN2BfK', { view: 'app', by: 'playground', key: 'KCuD3QN2BfK' }],
  ['/p/KCuD3QN2BfK/', { view: 'app', by: 'playground', key: 'KCuD3QN2BfK' }],
  ['/p/KCuD3QN2BfK/index.html', { view: 'app', by: 'playground', key: 'KCuD3QN2BfK' }],
  ['/p/_GaPFAbn4Gp', { view: 'app', by: 'playground', key: '_GaPFAbn4Gp' }],
  ['/e/first', { view: 'app', by: 'slug', key: 'first' }],
  ['/embed/first', { view: 'embed', by: 'slug', key: 'first' }],
  ['/embed/p/KCuD3QN2BfK/', { view: 'embed', by: 'playground', key: 'KCuD3QN2BfK' }],
  ['/embed.html', { view: 'embed', by: 'default', key: '' }],
  ['/embed/', { view: 'embed', by: 'default', key: '' }],
] as const)('%s', (path, route) => {
  expect(parseRoute(path, '/')).toEqual(route);
  expect(parseRoute(`/goro${path}`, '/goro/')).toEqual(route);
});

test.each(['/x/y', '/p/', '/p/a/b', '/e/a b', '/e/../secret', '/embed/e/first'])('%s is not a page', (path) => {
  expect(parseRoute(path, '/')).toBeNull();
});

test('a path outside the base is not the site', () => {
  expect(parseRoute('/p/KCuD3QN2BfK', '/goro/')).toBeNull();
});

test('routes find their example; an unknown one finds none', () => {
  expect(findExample({ view: 'app', by: 'playground', key: 'KCuD3QN2BfK' }, examples)?.slug).toBe('parallel-range-without-close');
  expect(findExample({ view: 'app', by: 'slug', key: 'first' }, examples)?.slug).toBe('first');
  expect(findExample({ view: 'app', by: 'default', key: '' }, examples)?.slug).toBe('first');
  expect(findExample({ view: 'app', by: 'slug', key: 'nope' }, examples)).toBeUndefined();
});

test('an example\'s address is its playground id when it has one', () => {
  expect(examplePath(examples[1]!, '/')).toBe('/p/KCuD3QN2BfK');
  expect(examplePath(examples[0]!, '/goro/')).toBe('/goro/e/first');
  expect(examplePath(examples[1]!, '/', 'embed')).toBe('/embed/p/KCuD3QN2BfK');
  expect(examplePath(examples[0]!, '/', 'embed')).toBe('/embed/first');
  for (const ex of examples) for (const view of ['app', 'embed'] as const) {
    const route = parseRoute(examplePath(ex, '/', view), '/');
    expect(route && findExample(route, examples)).toBe(ex);
    expect(route?.view).toBe(view);
  }
});

test('/new is a new program, on the full page only', () => {
  expect(parseRoute('/new', '/')).toEqual({ view: 'app', by: 'new', key: '' });
  expect(parseRoute('/goro/new/', '/goro/')).toEqual({ view: 'app', by: 'new', key: '' });
  expect(parseRoute('/embed/new', '/')).toEqual({ view: 'embed', by: 'slug', key: 'new' });
  expect(findExample({ view: 'app', by: 'new', key: '' }, examples)).toBeUndefined();
});
