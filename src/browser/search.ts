import { withoutAlso } from '../lib/search/also.ts';
import { offersChoice, ownGroupCounts, scopeNote, type Chosen, type Counts } from '../lib/search/choices.ts';
import { PARTS_MANIFEST, partFolder, type PartsManifest } from '../lib/search/parts.ts';
import { inOrder, newestFirst, type Result, type ResultData, type Results } from './search-results.ts';

/**
 * The search page: Pagefind's JavaScript API behind a plain form. The query, the filters and the
 * sort live in the URL, so a search can be shared, bookmarked, reloaded and gone back to.
 */
interface Config {
  keys: string[];
  titles: Record<string, string>;
  labels: Record<string, Record<string, string>>;
  typesWithout: Record<string, string[]>;
}
interface Search {
  results: Result[];
  filters: Counts;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string | null, options: Record<string, unknown>) => Promise<Search | null>;
  filters: () => Promise<Counts>;
  preload: (query: string) => Promise<void>;
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>;
}
interface State {
  q: string;
  sort: 'relevance' | 'newest';
  filters: Chosen;
}

const PAGE = 20;
const EXCERPT_WORDS = 24;
/** The count is announced to screen readers only after a pause in typing this long, so it is not read out at each search. */
const ANNOUNCE_PAUSE_MS = 600;
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-page-input') as HTMLInputElement;
const sort = document.getElementById('search-sort') as HTMLSelectElement;
const facets = document.getElementById('search-facets') as HTMLElement;
const filterBox = document.getElementById('search-filters') as HTMLDetailsElement;
const chosenLine = document.getElementById('search-chosen') as HTMLElement;
const scopeLine = document.getElementById('search-scope') as HTMLElement;
const statusLine = document.getElementById('search-status') as HTMLElement;
const list = document.getElementById('search-list') as HTMLOListElement;
const more = document.getElementById('search-more') as HTMLButtonElement;
const config = JSON.parse(form.dataset['config'] ?? '{}') as Config;

let pagefind: Promise<{ api: Pagefind; parts: number }> | undefined;
/** Loads Pagefind with every part of the index, each tagged with a `part` filter so a search can ask one part. */
const loadPagefind = () =>
  (pagefind ??= Promise.all([
    import(/* @vite-ignore */ `${location.origin}${partFolder(0)}pagefind.js`) as Promise<Pagefind>,
    fetch(PARTS_MANIFEST).then((response) => response.json() as Promise<PartsManifest>),
  ]).then(async ([api, manifest]) => {
    await api.options({ excerptLength: EXCERPT_WORDS, mergeFilter: { part: '0' } });
    await Promise.all(
      manifest.parts
        .slice(1)
        .map((folder, part) =>
          api.mergeIndex(folder, { excerptLength: EXCERPT_WORDS, mergeFilter: { part: String(part + 1) } }),
        ),
    );
    // Loads the filter index, without which searches come back without filter counts.
    await api.filters();
    // Pagefind's search code is compiled on first use, which made the first search about 30 ms
    // slower than the next. Searching one part by filter alone compiles it and downloads nothing.
    void api.search(null, { filters: { part: { any: ['0'] } } });
    return { api, parts: manifest.parts.length };
  }));

function readState(): State {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const key of config.keys) {
    const values = params.getAll(key).filter((value) => value in (config.labels[key] ?? {}));
    if (values.length) filters[key] = values;
  }
  return { q: params.get('q')?.trim() ?? '', sort: params.get('sort') === 'newest' ? 'newest' : 'relevance', filters };
}

function writeState(state: State, mode: 'push' | 'replace'): void {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of config.keys) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort === 'newest') params.set('sort', 'newest');
  const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (url !== `${location.pathname}${location.search}`)
    history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
}

function stateFromForm(): State {
  const filters: Record<string, string[]> = {};
  for (const box of facets.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
    (filters[box.name] ??= []).push(box.value);
  }
  return { q: input.value.trim(), sort: sort.value === 'newest' ? 'newest' : 'relevance', filters };
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, unknown> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Pagefind marks matches with <mark>; build them as elements, never as HTML from a string. */
function excerpt(text: string): HTMLParagraphElement {
  const paragraph = element('p');
  text.split(/(<mark>.*?<\/mark>)/).forEach((part) => {
    const match = /^<mark>(.*)<\/mark>$/.exec(part);
    const plain = (match ? match[1]! : part)
      .replace(/<[^>]*>/g, '')
      .replace(
        /&(amp|lt|gt|quot|#39);/g,
        (_, entity: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[entity] ?? '',
      );
    paragraph.append(match ? element('mark', {}, plain) : plain);
  });
  return paragraph;
}

/** `total` is how many results the search has, against which a group's counts are judged. */
function renderFacets(state: State, counts: Counts, total: number): void {
  const groups = config.keys.flatMap((key) => {
    const labels = config.labels[key] ?? {};
    const chosen = state.filters[key] ?? [];
    const values = Object.keys(labels).filter((value) => (counts[key]?.[value] ?? 0) > 0 || chosen.includes(value));
    if (!offersChoice({ counts: counts[key] ?? {}, chosen, values: Object.keys(labels).length, total })) return [];
    const options = values.map((value) => {
      const box = element('input', {
        type: 'checkbox',
        name: key,
        value,
        checked: chosen.includes(value),
      });
      return element(
        'li',
        {},
        element(
          'label',
          {},
          box,
          `${labels[value]} `,
          element('span', { className: 'count' }, `(${counts[key]?.[value] ?? 0})`),
        ),
      );
    });
    return [element('fieldset', {}, element('legend', {}, config.titles[key] ?? key), element('ul', {}, ...options))];
  });
  facets.replaceChildren(...groups);
  const count = Object.values(state.filters).flat().length;
  chosenLine.textContent = count > 0 ? `(${count} chosen)` : '';
  scopeLine.textContent = scopeNote(state.filters, config.typesWithout, {
    groups: Object.fromEntries(Object.entries(config.titles).map(([key, title]) => [key, title.toLowerCase()])),
    types: config.labels['type'] ?? {},
  });
  scopeLine.hidden = !scopeLine.textContent;
}

function describe(state: State, count: number): string {
  const chosen = Object.entries(state.filters).flatMap(([key, values]) =>
    values.map((value) => config.labels[key]?.[value] ?? value),
  );
  const what = `${count} ${count === 1 ? 'result' : 'results'}`;
  const query = state.q ? ` for \u201c${state.q}\u201d` : '';
  return `${what}${query}${chosen.length ? `, filtered by ${chosen.join(', ')}` : ''}.`;
}

let shown: Results = inOrder([]);
let generation = 0;

let announcing: ReturnType<typeof setTimeout> | undefined;
function announce(text: string, delay: number): void {
  clearTimeout(announcing);
  if (delay > 0) announcing = setTimeout(() => (statusLine.textContent = text), delay);
  else statusLine.textContent = text;
}

/**
 * Pagefind answers one search at a time. A search waits for the one in flight, and is dropped if
 * a newer one started meanwhile, so fast typing runs one search at a time, always for the latest text.
 */
let inFlight: Promise<unknown> = Promise.resolve();
async function latestSearch<T>(search: () => Promise<T>, current: number): Promise<T | null> {
  await inFlight;
  if (current !== generation) return null;
  const running = search();
  inFlight = running.catch(() => undefined);
  return running;
}

/** Counts per filter value, added up over the parts of the index; the `part` filter itself is not shown. */
function addCounts(searches: Search[]): Counts {
  const total: Counts = {};
  for (const { filters } of searches) {
    for (const [key, counts] of Object.entries(filters)) {
      const sum = (total[key] ??= {});
      for (const [value, count] of Object.entries(counts)) sum[value] = (sum[value] ?? 0) + count;
    }
  }
  return total;
}

/** Values within a group are alternatives: an entry needs any one of them. */
const anyOf = (chosen: Chosen) =>
  Object.fromEntries(Object.entries(chosen).map(([key, values]) => [key, { any: values }]));

/**
 * Sorted by date, each part of the index is asked on its own (Pagefind merges parts by score, not by
 * date), and their lists are merged by each result's date.
 */
async function searchNewest(api: Pagefind, parts: number, query: string | null, filters: Record<string, unknown>) {
  const searches = await Promise.all(
    Array.from({ length: parts }, (_, part) =>
      api.search(query, { filters: { ...filters, part: { any: [String(part)] } }, sort: { date: 'desc' } }),
    ),
  );
  const found = searches.filter((search): search is Search => search !== null);
  return { results: newestFirst(found.map((search) => search.results)), filters: addCounts(found) };
}

async function searchByRelevance(api: Pagefind, query: string | null, filters: Record<string, unknown>) {
  const search = await api.search(query, { filters });
  return search && { results: inOrder(search.results), filters: search.filters };
}

const resultItem = (item: ResultData) =>
  element(
    'li',
    {},
    element('p', { className: 'kind' }, item.meta['kind'] ?? ''),
    element('h2', {}, element('a', { href: item.url }, item.meta['title'] ?? item.url)),
    item.meta['facts'] ? element('p', { className: 'meta' }, item.meta['facts']) : '',
    excerpt(withoutAlso(item.excerpt)),
  );

/** Appends the next page of results in order, each as soon as it and those before it have loaded. */
async function appendPage(current: number): Promise<void> {
  if (current !== generation) return;
  for (const item of shown.next(PAGE)) {
    const data = await item;
    if (current !== generation) return;
    list.append(resultItem(data));
  }
  more.hidden = shown.done();
}

/**
 * The page of results being appended. Another page waits for it, so two quick clicks on "Show more"
 * append two pages in order rather than interleaved; a new search starts its own.
 */
let appending: Promise<void> = Promise.resolve();
function showMore(): void {
  const current = generation;
  // A page that failed to load does not stop the next.
  appending = appending.catch(() => undefined).then(() => appendPage(current));
}

async function run(state: State, announceDelay = 0): Promise<void> {
  const current = ++generation;
  input.value = state.q;
  sort.value = state.sort;
  const { api, parts } = await loadPagefind();
  const filtering = Object.keys(state.filters).length > 0;
  if (!state.q && !filtering) {
    const totals = await api.filters();
    if (current !== generation) return;
    // Every page has one type, so the types add up to the whole index.
    renderFacets(
      state,
      totals,
      Object.values(totals['type'] ?? {}).reduce((sum, count) => sum + count, 0),
    );
    shown = inOrder([]);
    list.replaceChildren();
    more.hidden = true;
    announce('Type what you are looking for, or choose filters.', announceDelay);
    return;
  }
  const filters = anyOf(state.filters);
  const query = state.q || null;
  // Counts do not depend on the order, so a group's own counts come from one search by relevance.
  const countWithout = async (others: Chosen): Promise<Counts> =>
    !query && Object.keys(others).length === 0
      ? api.filters()
      : ((await api.search(query, { filters: anyOf(others) }))?.filters ?? {});
  const search = await latestSearch(async () => {
    const [found, own] = await Promise.all([
      state.sort === 'newest' ? searchNewest(api, parts, query, filters) : searchByRelevance(api, query, filters),
      ownGroupCounts(state.filters, countWithout),
    ]);
    return found && { results: found.results, filters: { ...found.filters, ...own } };
  }, current);
  // A newer search has started while this one ran: its results win.
  if (!search || current !== generation) return;
  shown = search.results;
  list.replaceChildren();
  const firstPage = (appending = appendPage(current));
  renderFacets(state, search.filters, shown.total);
  await firstPage;
  // Announced once the first page of results is on screen, so the count matches what is there.
  if (current === generation) announce(describe(state, shown.total), announceDelay);
}

/** Searching as you type starts at this many letters: one or two match most of the index, slowly. Enter searches any. */
const TYPE_AHEAD_FROM = 3;

/**
 * Searching waits for a pause in typing this long. A search cannot be stopped once started, and
 * a short prefix can match thousands of pages, so searching on every letter kept the last search
 * waiting behind an earlier, slower one. Keys pressed in a quick run come closer together than
 * this; at 30 ms, a run typed by a script every 20 ms was sometimes searched halfway.
 */
const TYPING_PAUSE_MS = 40;
let typing: ReturnType<typeof setTimeout> | undefined;

input.addEventListener('input', () => {
  const query = input.value.trim();
  // Fetch the index chunks for what is typed so far while waiting for the pause.
  if (query) void loadPagefind().then(({ api }) => api.preload(query));
  clearTimeout(typing);
  typing = setTimeout(typed, TYPING_PAUSE_MS);
});

function typed(): void {
  const query = input.value.trim();
  const state = stateFromForm();
  writeState(state, 'replace');
  if (query.length > 0 && query.length < TYPE_AHEAD_FROM) {
    ++generation;
    shown = inOrder([]);
    list.replaceChildren();
    more.hidden = true;
    announce('Keep typing, or press Enter to search.', ANNOUNCE_PAUSE_MS);
    return;
  }
  void run(state, ANNOUNCE_PAUSE_MS);
}
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  const state = stateFromForm();
  writeState(state, 'push');
  void run(state);
});
form.addEventListener('change', (event) => {
  if (event.target === input) return;
  const state = stateFromForm();
  writeState(state, 'push');
  void run(state);
});
more.addEventListener('click', showMore);
window.addEventListener('popstate', () => void run(readState()));

/** The filters sit beside the results on wide screens, always open; on narrow ones they start closed. */
const wide = matchMedia('(min-width: 50rem)');
filterBox.open = wide.matches;
wide.addEventListener('change', () => (filterBox.open = wide.matches));

document.getElementById('search-app')!.hidden = false;
document.getElementById('search-needs-script')!.hidden = true;
void run(readState());
