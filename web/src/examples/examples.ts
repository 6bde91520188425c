// examples: the article examples as the pages show them, grouped by article
// in the articles' order.
import { articles, examples, type Article, type ExampleData } from 'virtual:goro-examples';

export type { Article, ExampleData };
export { articles, examples };

export interface ArticleGroup {
  id: string;
  article: Article;
  examples: ExampleData[];
}

export function byArticle(): ArticleGroup[] {
  return Object.keys(articles)
    .sort()
    .map((id) => ({ id, article: articles[id]!, examples: examples.filter((e) => e.article === id) }))
    .filter((g) => g.examples.length > 0);
}

// credit() is the line that names an article: title, author, date.
export function credit(a: Article): string {
  return [a.title, a.author ? `by ${a.author}` : null, a.date].filter(Boolean).join(' · ');
}
