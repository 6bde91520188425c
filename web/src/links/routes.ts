// routes: the site's addresses. Every example has real pages (web/plugins/
// goro-site.ts writes them), so these are plain paths under the site's base:
//
//   <base>                  the playground, first example
//   <base>p/<id>            an example by its Go playground id (play.golang.org/p/<id>)
//   <base>e/<slug>          an example by its goro name
//   <base>new               a new program (hello, world) of the reader's own
//   <base>embed/<slug>      the compact view for an <iframe>
//   <base>embed/p/<id>
//
// Any of them may carry a program in its fragment (#code=..., code-link.ts):
// on an example's page, the reader's edit of it; on <base> or <base>new, a
// program of its own.

export interface Route {
  view: 'app' | 'embed';
  // which example: by playground id, by slug, none (the default), or a new program
  by: 'playground' | 'slug' | 'default' | 'new';
  key: string;
}

export interface ExampleRef {
  slug: string;
  playground: string | null;
}

const ID = /^[\w-]+$/;

// parseRoute() reads a pathname; null when it is not one of the site's pages.
export function parseRoute(pathname: string, base: string): Route | null {
  if (!pathname.startsWith(base)) return null;
  let rest = pathname.slice(base.length).replace(/index\.html$/, '').replace(/\/$/, '');
  let view: Route['view'] = 'app';
  if (rest === 'embed.html') return { view: 'embed', by: 'default', key: '' };
  if (rest === 'embed' || rest.startsWith('embed/')) {
    view = 'embed';
    rest = rest.slice('embed'.length).replace(/^\//, '');
  }
  if (rest === '') return { view, by: 'default', key: '' };
  const parts = rest.split('/');
  if (parts.length === 1 && parts[0] === 'new' && view === 'app') return { view, by: 'new', key: '' };
  if (parts.length === 2 && ID.test(parts[1]!)) {
    if (parts[0] === 'p') return { view, by: 'playground', key: parts[1]! };
    if (parts[0] === 'e' && view === 'app') return { view, by: 'slug', key: parts[1]! };
  }
  if (parts.length === 1 && view === 'embed' && ID.test(parts[0]!)) return { view, by: 'slug', key: parts[0]! };
  return null;
}

// findExample() resolves a route to an example (the first one by default).
export function findExample<E extends ExampleRef>(route: Route, examples: readonly E[]): E | undefined {
  if (route.by === 'new') return undefined;
  if (route.by === 'default') return examples[0];
  if (route.by === 'playground') return examples.find((e) => e.playground === route.key);
  return examples.find((e) => e.slug === route.key);
}

// NEW_PROGRAM_PATH is the page of a new program, under the site's base.
export const NEW_PROGRAM_PATH = 'new';

// examplePath() is an example's canonical page: its playground id when it has one.
export function examplePath(ex: ExampleRef, base: string, view: Route['view'] = 'app'): string {
  if (view === 'embed') return ex.playground ? `${base}embed/p/${ex.playground}` : `${base}embed/${ex.slug}`;
  return ex.playground ? `${base}p/${ex.playground}` : `${base}e/${ex.slug}`;
}
