// Until the app starts, the page shows the static text in #boot ("Loading the quiz…", and after
// a few seconds what to do, by CSS alone). The app removes #boot when it mounts. If it cannot
// start, because a script or the wasm failed to load, run or compile, this says so in plain
// words instead of leaving the page blank. Where a service worker served this broken copy (a
// half-finished upload kept by an older worker), it removes the worker and its caches and
// reloads once, so that the next load comes from the network.
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
  const starting = () => document.getElementById('boot');

  /** The language the app would show: the address's, else the one remembered, else English. */
  const language = () => {
    const known = (lang) => lang !== null && Object.hasOwn(texts, lang);
    if (known(params.get('lang'))) return params.get('lang');
    try {
      const namespace = params.get('storage');
      const key = namespace && /^[a-z0-9-]{1,32}$/.test(namespace) ? `career-quiz:${namespace}:lang` : 'career-quiz:lang';
      const remembered = localStorage.getItem(key);
      if (known(remembered)) return remembered;
    } catch { /* storage blocked: English */ }
    return 'en';
  };

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
    const text = texts[language()];
    const part = (tag, content) => Object.assign(document.createElement(tag), { textContent: content });
    const alert = part('div', '');
    alert.setAttribute('role', 'alert');
    alert.lang = language();
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
