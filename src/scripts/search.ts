/**
 * Search with Pagefind's JavaScript API: reads ?q= from the URL, shows results as plain links.
 * This is the only script on the site.
 */
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

const output = document.getElementById('search-results');
const input = document.getElementById('search-page-input') as HTMLInputElement | null;
const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';

async function run(): Promise<void> {
  if (!output || !input || query === '') return;
  input.value = query;
  const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as Pagefind;
  const { results } = await pagefind.search(query);
  const items = await Promise.all(results.slice(0, 20).map((result) => result.data()));
  const heading = document.createElement('h2');
  heading.textContent = `${results.length} ${results.length === 1 ? 'result' : 'results'} for “${query}”`;
  const list = document.createElement('ol');
  for (const item of items) {
    const entry = document.createElement('li');
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.meta.title ?? item.url;
    const excerpt = document.createElement('p');
    // Pagefind's excerpt marks matches with <mark>; take the text only.
    excerpt.textContent = item.excerpt.replace(/<[^>]+>/g, '');
    entry.append(link, excerpt);
    list.append(entry);
  }
  output.replaceChildren(heading, list);
}

void run();
