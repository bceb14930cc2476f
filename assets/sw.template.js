// The service worker: it keeps every file of this build, so the quiz loads and works offline after
// a first visit. scripts/post-build.mjs fills in VERSION and FILES for each build. A new build
// waits until the page asks it to take over ("Refresh to update"), so a quiz in progress is
// never swapped out from under the student; their answers are in local storage either way.
const VERSION = "VERSION";
const FILES = ["FILES"];
const CACHE = `career-quiz-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
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
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Pages are answered with this build's index.html, whatever the query.
    const key = request.mode === 'navigate' ? './' : request;
    const cached = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
    return cached ?? fetch(request);
  })());
});
