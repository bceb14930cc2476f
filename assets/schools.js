// The For-schools page: turns the form into the tag a school pastes, shows it working in a
// live preview, and copies it. Plain JS beside the quiz, so students never download it.
(() => {
  const quizUrl = new URL('./', location.href).href;
  const form = document.getElementById('snippet-form');
  const field = (id) => document.getElementById(id);
  const picker = field('opt-accent-picker');
  const accentInput = field('opt-accent');
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  let previewTimer;

  /** The options as the form has them, each checked the way the quiz checks it. */
  function options() {
    const accent = accentInput.value.trim();
    const storage = field('opt-storage').value.trim();
    const classTag = field('opt-class').value.trim();
    const ratio = accent ? window.careerQuizContrast(accent) : null;
    return {
      lang: field('opt-lang').value,
      region: field('opt-region').value,
      classTag: /^[A-Za-z0-9-]{1,16}$/.test(classTag) ? classTag : '',
      classProblem: classTag && !/^[A-Za-z0-9-]{1,16}$/.test(classTag),
      accent: ratio !== null && ratio >= 4.5 ? accent : '',
      accentProblem: !accent ? '' : ratio === null ? 'not a colour like #1d70b8'
        : ratio < 4.5 ? `too light: ${ratio.toFixed(1)}:1 contrast, and text needs 4.5:1` : '',
      accentRatio: ratio,
      compact: field('opt-compact').checked,
      storage: /^[a-z0-9-]{1,32}$/.test(storage) ? storage : '',
      storageProblem: storage && !/^[a-z0-9-]{1,32}$/.test(storage),
      answers: field('opt-answers').checked,
    };
  }

  function scriptTag(o) {
    const attributes = [`src="${escape(`${quizUrl}embed.js`)}"`];
    if (o.lang) attributes.push(`data-lang="${o.lang}"`);
    if (o.region) attributes.push(`data-region="${o.region}"`);
    if (o.classTag) attributes.push(`data-class="${o.classTag}"`);
    if (o.accent) attributes.push(`data-accent="${escape(o.accent)}"`);
    if (o.compact) attributes.push('data-compact');
    if (o.storage) attributes.push(`data-storage="${o.storage}"`);
    if (o.answers) attributes.push('data-share-answers="yes"');
    return `<script ${attributes.join(' ')} async></script>`;
  }

  function iframeTag(o) {
    const params = new URLSearchParams();
    if (o.lang) params.set('lang', o.lang);
    if (o.region) params.set('region', o.region);
    if (o.classTag) params.set('class', o.classTag);
    if (o.accent) params.set('accent', o.accent);
    if (o.compact) params.set('compact', 'yes');
    if (o.storage) params.set('storage', o.storage);
    const query = params.toString();
    return `<iframe src="${escape(quizUrl + (query ? `?${query}` : ''))}" title="Career quiz: the perfusionist and related health careers" style="width:100%;height:50rem;border:0"></iframe>`;
  }

  function update() {
    const o = options();
    field('script-snippet').textContent = scriptTag(o);
    field('iframe-snippet').textContent = iframeTag(o);
    field('accent-check').textContent = o.accentProblem
      ? `The quiz will keep its own colour: ${o.accentProblem}.`
      : o.accent ? `Contrast ${o.accentRatio.toFixed(1)}:1: readable.` : "Leave it empty to keep the quiz's own colour.";
    field('storage-hint').classList.toggle('problem', o.storageProblem);
    field('class-hint').classList.toggle('problem', o.classProblem);
    clearTimeout(previewTimer);
    previewTimer = setTimeout(() => preview(o), 300);
  }

  /** The preview is the real thing: embed.js, run with the options chosen. */
  function preview(o) {
    const box = field('preview');
    box.replaceChildren();
    const script = document.createElement('script');
    script.src = `${quizUrl}embed.js`;
    if (o.lang) script.dataset.lang = o.lang;
    if (o.region) script.dataset.region = o.region;
    if (o.classTag) script.dataset.class = o.classTag;
    if (o.accent) script.dataset.accent = o.accent;
    if (o.compact) script.dataset.compact = '';
    // The preview keeps its answers apart from the quiz itself on this site.
    script.dataset.storage = 'schools-preview';
    script.dataset.title = 'Preview of the career quiz';
    box.append(script);
  }

  picker.addEventListener('input', () => { accentInput.value = picker.value; update(); });
  accentInput.addEventListener('input', () => {
    if (/^#[0-9a-f]{6}$/i.test(accentInput.value.trim())) picker.value = accentInput.value.trim().toLowerCase();
    update();
  });
  form.addEventListener('input', update);
  form.addEventListener('submit', (event) => event.preventDefault());

  document.addEventListener('click', (event) => {
    const button = event.target.closest && event.target.closest('[data-copy]');
    if (!button) return;
    const text = field(button.dataset.copy).textContent;
    const status = button.parentNode.querySelector('.copy-status');
    const done = (message) => { status.textContent = message; };
    if (navigator.clipboard) {
      navigator.clipboard.writeText(text).then(() => done('Copied.'), () => done('Select the text above and copy it.'));
    } else {
      done('Select the text above and copy it.');
    }
  });

  field('listener-snippet').textContent = `window.addEventListener('message', (event) => {
  if (event.origin !== '${new URL(quizUrl).origin}') return; // only the quiz
  if (event.data && event.data.type === 'career-quiz:completed') {
    console.log(event.data.top); // [{career, title, match}, ...]
  }
});`;
  update();
})();
