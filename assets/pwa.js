// Registers the service worker (offline use), after the page has loaded, and tells the app when
// a new version is ready.
// The app shows "Refresh to update" and answers with 'career-quiz:apply-update'.
(() => {
  let container;
  try {
    container = navigator.serviceWorker; // throws in a sandboxed iframe
  } catch {
    return;
  }
  if (!container) return;
  let updateRequested = false;
  container.addEventListener('controllerchange', () => {
    if (updateRequested) location.reload();
  });
  // Once the page has loaded (the wasm with it) and been painted: on a slow connection the
  // worker's install, which fetches every file it keeps, must not compete with what the student
  // is waiting for. (From a fast disk the load can come before the first paint.)
  const loaded = document.readyState === 'complete' ? Promise.resolve() : new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  loaded.then(painted).then(() => container.register('./sw.js')).then((registration) => {
    const announce = () => {
      window.careerQuizUpdateReady = true;
      dispatchEvent(new CustomEvent('career-quiz:update-ready'));
    };
    if (registration.waiting && container.controller) announce();
    registration.addEventListener('updatefound', () => {
      const incoming = registration.installing;
      incoming?.addEventListener('statechange', () => {
        if (incoming.state === 'installed' && container.controller) announce();
      });
    });
    addEventListener('career-quiz:apply-update', () => {
      updateRequested = true;
      registration.waiting?.postMessage('skip-waiting');
    });
  }, () => { /* no offline support in this browser or host; the quiz works online */ });
  // A language file fetched before the worker took over this page went past it: fetch it again
  // through the worker, which keeps it, so the quiz opens in that language offline too.
  const keepLanguage = () => {
    const lang = document.documentElement.lang;
    if (container.controller && lang && lang !== 'en') fetch(`lang/${lang}.json`).catch(() => {});
  };
  container.ready.then(() => (container.controller ? keepLanguage() : container.addEventListener('controllerchange', keepLanguage, { once: true })));
})();
