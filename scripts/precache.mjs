// Which files of a build the service worker precaches for offline use, and so what a first
// visit transfers. Shared by the post-build hook (sw.js) and the size benchmark.
// - Files only a school's web admin needs are never precached: students should not download them.
// - Career pages are fetched when a student opens one, and a translation when a student picks
//   its language; each is then kept for offline use.
const adminOnly = ['embed.js', 'schools.html', 'schools.js'];

/** Why a file is not precached, or null when it is. */
export function notPrecachedBecause(file) {
  if (file === 'sw.js') return 'the service worker itself';
  if (adminOnly.includes(file)) return 'schools only';
  if (file.startsWith('careers/')) return 'fetched when opened';
  if (file.startsWith('lang/')) return 'fetched when that language is picked';
  return null;
}

export const precached = (file) => notPrecachedBecause(file) === null;
