// The service worker: it keeps every file of this build the quiz needs, so the quiz loads and
// works offline after a first visit, and each career page once it has been opened.
// scripts/post-build.mjs fills in VERSION and FILES (each URL with its integrity hash) for each
// build. A new build waits until the page asks it to take over ("Refresh to update"), so a quiz
// in progress is never swapped out from under the student; their answers are in local storage
// either way.
const VERSION = "VERSION";
const FILES = ["FILES"];
const CACHE = `career-quiz-${VERSION}`;

// The type each kind of file must come with. A host that answers a missing file with its
// index.html (or a school's filter with a "blocked" page) must never have that kept as the wasm.
const TYPES = {
  html: ['text/html'],
  js: ['text/javascript', 'application/javascript'],
  wasm: ['application/wasm', 'application/octet-stream'],
  css: ['text/css'],
  svg: ['image/svg+xml'],
  png: ['image/png'],
};
const typeFits = (url, type) => {
  const path = new URL(url, self.location.href).pathname;
  const extension = path.endsWith('/') ? 'html' : path.slice(path.lastIndexOf('.') + 1);
  const mime = (type ?? '').split(';')[0].trim().toLowerCase();
  return Object.hasOwn(TYPES, extension) ? TYPES[extension].includes(mime) : mime !== 'text/html';
};

self.addEventListener('install', (event) => {
  // Every file must come whole and right, or this version is not installed at all and the one
  // before it carries on: `ok`, the type its name calls for, and this build's integrity hash
  // (past the HTTP cache, so an old index.html never lands beside this build's files).
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try {
      await Promise.all(FILES.map(async ([url, integrity]) => {
        const response = await fetch(new Request(url, { cache: 'reload', integrity }));
        if (!response.ok) throw new Error(`${url}: status ${response.status}`);
        if (!typeFits(url, response.headers.get('content-type'))) throw new Error(`${url}: type ${response.headers.get('content-type')}`);
        await cache.put(url, response);
      }));
    } catch (error) {
      await caches.delete(CACHE);
      throw error;
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('career-quiz-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  const isQuizPage = url.origin === scope.origin && (url.pathname === scope.pathname || url.pathname === `${scope.pathname}index.html`);
  // Only the quiz's own page and files: other pages of the site are none of its business.
  if (request.mode === 'navigate' && !isQuizPage) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // The quiz page is this build's index.html, whatever the query.
    const cached = await cache.match(isQuizPage ? './' : request, { ignoreSearch: isQuizPage });
    if (cached) return cached;
    const response = await fetch(request);
    // A career page the student opened, or the language they picked, is kept for offline use.
    const keptWhenFetched = ['careers/', 'lang/'].some((folder) => url.pathname.startsWith(`${scope.pathname}${folder}`));
    if (response.ok && url.origin === scope.origin && keptWhenFetched) {
      await cache.put(request, response.clone());
    }
    return response;
  })());
});
