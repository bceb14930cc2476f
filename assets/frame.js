// The quiz as a school embeds it (in the iframe embed.js makes, or a plain iframe). Reads the
// options meant for the host page from the address, checks each, and talks to the host page by
// postMessage, only ever to the origin the school's page declared:
// - origin=ORIGIN: the host page's origin (embed.js fills it in); without it nothing is posted;
// - accent=#rgb or #rrggbb: colour of buttons and links in the light theme, used only with at
//   least 4.5:1 contrast against the quiz's light backgrounds;
// - compact: hides the site header;
// - answers=yes: the completion event also carries the student's answers.
// The app's own options (lang, storage) are read and checked by the app. A bad value is ignored
// with a console warning, and the quiz works as if it had not been given.
(() => {
  // The For-schools page (schools.html) loads this file for the same contrast check.
  window.careerQuizContrast = contrastWithLightBackground;
  const params = new URLSearchParams(location.search);
  const warn = (message) => console.warn(`career quiz: ${message}`);
  const root = document.documentElement;

  const accent = params.get('accent');
  if (accent !== null) {
    const ratio = contrastWithLightBackground(accent);
    if (ratio === null) {
      warn(`accent ${JSON.stringify(accent)} is not a colour like #1d70b8; ignored`);
    } else if (ratio < 4.5) {
      warn(`accent ${accent} has ${ratio.toFixed(2)}:1 contrast, below the 4.5:1 that text needs; ignored`);
    } else {
      root.style.setProperty('--school-accent', accent);
      root.classList.add('school-accent');
    }
  }

  // Inside a school's page the quiz leaves out what only matters on its own site.
  if (window.parent !== window) root.classList.add('embedded');

  const compact = params.get('compact');
  if (compact !== null) {
    if (['', 'yes', 'true', '1'].includes(compact)) root.classList.add('compact');
    else warn(`compact ${JSON.stringify(compact)} should be empty or "yes"; ignored`);
  }

  const origin = params.get('origin');
  if (window.parent === window || origin === null) return;
  let declared = null;
  try {
    declared = new URL(origin).origin;
  } catch { /* not a URL */ }
  if (declared === null || declared === 'null' || declared !== origin) {
    warn(`origin ${JSON.stringify(origin)} is not an origin like https://school.example; nothing is posted to the host page`);
    return;
  }
  const post = (message) => window.parent.postMessage(message, declared);

  // The host sizes the iframe to the quiz, so the student never meets a second scrollbar.
  let reported = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height !== reported) {
      reported = height;
      post({ type: 'career-quiz:height', height });
    }
  }).observe(root);

  // Called by the app (src/app/host.rs) when results are shown.
  window.careerQuizHost = {
    shareAnswers: params.get('answers') === 'yes',
    completed: (json) => post(JSON.parse(json)),
  };

  /** The colour's contrast ratio with the quiz's light page background, or null. */
  function contrastWithLightBackground(colour) {
    const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour);
    if (!match) return null;
    const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
    const channel = (i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
    // The relative luminance of the page background, #f6f7f9: darker than the white cards and
    // the white button text, so a colour that passes here passes on those too.
    const background = 0.9295;
    return (background + 0.05) / (luminance + 0.05);
  }
})();
