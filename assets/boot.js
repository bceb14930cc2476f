// What the page shows until the app starts. Run first, before the page is drawn (a plain script
// in <head>, not deferred), so that the first paint is already the right one:
// - On a first visit, the welcome page itself: index.html carries it once per language, drawn at
//   build time by the app's own components (src/app/prerender.rs), hidden by the stylesheet. This
//   shows the copy in the language the app will use, by a class on <html> equal to its id, when
//   the app will show just that page: no save on this device (a student with one may carry on,
//   or be taken straight to their question), no screen in the address, the quiz on its own site
//   (embedded, a school's options apply, which frame.js sets later). Its links work as they
//   are; a button pressed is remembered, and the app presses it again once it runs
//   (src/app/first_screen.rs). A link to another screen shows the loading text until the app
//   opens that screen.
// - Otherwise the static text in #boot ("Loading the quiz…", and after a few seconds what to do,
//   by CSS alone). The app removes #boot when it mounts.
// If the app cannot start, because a script or the wasm failed to load, run or compile, this
// says so in plain words instead of leaving the page blank. Where a service worker served this
// broken copy (a half-finished upload kept by an older worker), it removes the worker and its
// caches and reloads once, so that the next load comes from the network.
(() => {
  const texts = {
    en: {
      heading: 'The quiz could not start',
      body: 'Answers you saved on this device are kept. Reload the page to try again. If this keeps happening, the website or its network may be blocking part of the quiz: tell whoever gave you the link.',
      reload: 'Reload the page',
    },
    cy: {
      heading: 'Doedd dim modd dechrau’r cwis',
      body: 'Mae’r atebion a gadwoch chi ar y ddyfais hon yn ddiogel. Ail-lwythwch y dudalen i roi cynnig arall arni. Os yw hyn yn digwydd o hyd, efallai fod y wefan neu ei rhwydwaith yn rhwystro rhan o’r cwis: dywedwch wrth bwy bynnag roddodd y ddolen i chi.',
      reload: 'Ail-lwytho’r dudalen',
    },
  };
  // Set for this tab when a broken copy was cleared away, so that the reload happens only once.
  const RECOVERED = 'career-quiz:recovered';
  const params = new URLSearchParams(location.search);
  const root = document.documentElement;
  const starting = () => document.getElementById('boot');
  /** A key in local storage, in a school's storage namespace if it gave a valid one. */
  const key = (name) => {
    const namespace = params.get('storage');
    return namespace && /^[a-z0-9-]{1,32}$/.test(namespace) ? `career-quiz:${namespace}:${name}` : `career-quiz:${name}`;
  };

  /** The language the app would show: the address's, else the one remembered, else English. */
  const language = (() => {
    const known = (lang) => lang !== null && Object.hasOwn(texts, lang);
    if (known(params.get('lang'))) return params.get('lang');
    try {
      const remembered = localStorage.getItem(key('lang'));
      if (known(remembered)) return remembered;
    } catch { /* storage blocked: English */ }
    return 'en';
  })();

  /** Whether the app will start on the welcome page of a first visit, as index.html draws it. */
  const firstVisit = () => {
    if (location.hash.length > 1 || window.parent !== window || params.has('compact') || params.has('accent')) return false;
    try {
      return localStorage.getItem(key('progress')) === null;
    } catch {
      return false; // storage blocked: the app will say so above the page
    }
  };
  const shown = `first-screen-${language}`;
  const stopShowing = () => root.classList.remove(shown);
  // Once the page is read, the copies not shown go, so that each id is in the page once.
  document.addEventListener('readystatechange', () => {
    for (const copy of document.querySelectorAll('.first-screen')) if (copy.id !== shown || !root.classList.contains(shown)) copy.remove();
  }, { once: true });
  if (firstVisit()) {
    root.classList.add(shown);
    root.lang = language;
    // Leaving it by a link before the app runs (Start, Privacy): the loading text, until the
    // app opens that screen.
    addEventListener('hashchange', stopShowing);
    // A button pressed on it before the app runs: its place among the controls, for the app.
    addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest('.first-screen button') : null;
      const copy = button?.closest('.first-screen');
      if (!copy) return;
      copy.dataset.pressed = [...copy.querySelectorAll('a[href], button, input, select, summary, textarea')].indexOf(button);
    }, true);
  }

  /** Clears away a service worker that served this page, with its caches; true if it reloads. */
  const recover = async () => {
    try {
      if (!navigator.serviceWorker?.controller || sessionStorage.getItem(RECOVERED)) return false;
      sessionStorage.setItem(RECOVERED, 'yes');
      for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
      for (const key of await caches.keys()) if (key.startsWith('career-quiz-')) await caches.delete(key);
    } catch {
      return false;
    }
    location.reload();
    return true;
  };

  const show = () => {
    const boot = starting();
    if (!boot) return;
    stopShowing();
    const text = texts[language];
    const part = (tag, content) => Object.assign(document.createElement(tag), { textContent: content });
    const alert = part('div', '');
    alert.setAttribute('role', 'alert');
    alert.lang = language;
    const reload = part('button', text.reload);
    reload.type = 'button';
    reload.className = 'primary';
    reload.addEventListener('click', () => location.reload());
    alert.append(part('h1', text.heading), part('p', text.body), reload);
    boot.replaceChildren(alert);
    boot.classList.add('boot-failed');
  };

  let failed = false;
  const fail = async (why) => {
    if (failed || !starting()) return;
    failed = true;
    console.error('career quiz: could not start:', why);
    if (!(await recover())) show();
  };
  // A script that failed to load (missing, or refused for its type) fires `error` on its element,
  // which does not bubble: hence the capture. A script that threw, or the wasm that did not
  // compile, is an `error` or an unhandled rejection on the window.
  addEventListener('error', (event) => {
    if (event.target instanceof HTMLScriptElement) fail(`${event.target.src} did not load`);
    else if (event instanceof ErrorEvent) fail(event.error ?? event.message);
  }, true);
  addEventListener('unhandledrejection', (event) => fail(event.reason));
  // Trunk's loader announces that the wasm ran: a later failure may be cleared away again.
  addEventListener('TrunkApplicationStarted', () => {
    try { sessionStorage.removeItem(RECOVERED); } catch { /* storage blocked */ }
  });
})();
