// The career quiz on a school's own page, with one tag where the quiz should appear:
//
//   <script src="https://QUIZ-HOST/PATH/embed.js" data-lang="en" data-region="wales"
//           data-accent="#1d70b8" data-compact data-storage="our-school" async></script>
//
// It puts the quiz in an iframe just after the tag and keeps the iframe as tall as the quiz, so
// there is no scrollbar inside it. Options (all optional): data-lang, data-region (where the
// students live, whose pay and routes come first: england, wales, scotland, northern_ireland,
// ireland, us or elsewhere; a student can still pick their own), data-class (a class tag, 1-16
// letters, digits or hyphens, carried in the students' share links for the teacher), data-accent (a #rrggbb
// colour, used when it gives enough contrast), data-compact (no site header), data-storage (keeps
// this site's saved answers apart), data-share-answers="yes" (the completion event also carries
// the answers), data-title (the iframe's title). The quiz checks each and ignores a bad one with
// a console warning. When a student finishes, the quiz posts
// {type: "career-quiz:completed", top: [{career, title, match}, ...]} to this page's window.
(() => {
  const script = document.currentScript;
  if (!script || !script.src) return;
  const quiz = new URL('./', script.src);
  const passed = { lang: 'lang', region: 'region', class: 'class', accent: 'accent', compact: 'compact', storage: 'storage', shareAnswers: 'answers' };
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(script.dataset)) {
    // Own keys only: `data-constructor` must not find Object's constructor on the prototype.
    if (Object.hasOwn(passed, name)) params.set(passed[name], value);
    else if (name !== 'title') console.warn(`career quiz: unknown option data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}; ignored`);
  }
  // Where the quiz may post its messages: this page, and nowhere else.
  params.set('origin', location.origin);

  const frame = document.createElement('iframe');
  frame.src = `${quiz.href}?${params}`;
  // The frame's name for screen readers on the school's page, in the quiz's language.
  const titles = { cy: 'Cwis gyrfaoedd: darlifydd a gyrfaoedd perthynol i iechyd' };
  frame.title = script.dataset.title || titles[script.dataset.lang] || 'Career quiz: the perfusionist and related health careers';
  Object.assign(frame.style, { display: 'block', width: '100%', height: '40rem', border: '0' });
  script.parentNode.insertBefore(frame, script.nextSibling);

  addEventListener('message', (event) => {
    // Only this iframe, showing the quiz from where this script came, may size it.
    if (event.source !== frame.contentWindow || event.origin !== quiz.origin) return;
    const { type, height } = event.data || {};
    if (type === 'career-quiz:height' && Number.isFinite(height) && height > 0) {
      frame.style.height = `${Math.min(Math.ceil(height), 50000)}px`;
    }
  });
})();
