// The examples, read from examples/ at build time (web/plugins/goro-site.ts).
declare module 'virtual:goro-examples' {
  import type { Outcome } from './examples/outcome.js';
  export interface Article {
    title: string;
    author: string | null;
    date: string | null;
    url: string | null;
    url_note?: string;
  }
  export interface ExampleData {
    slug: string;
    title: string;
    article: string;
    section: string | null;
    playground: string | null;
    playgroundUrl: string | null;
    teaches: string;
    reconstruction: string | null;
    notes: string[];
    outcomes: Outcome[];
    go: string;
    cpp: string;
  }
  export const articles: Record<string, Article>;
  export const examples: ExampleData[];
}
