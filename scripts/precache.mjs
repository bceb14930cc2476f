// Which files of a build the service worker precaches for offline use: all but the ones only a
// school's web admin needs, which students should not download. Shared by the post-build hook
// (sw.js) and the size benchmark (what a first visit transfers).
export const adminOnly = ['embed.js', 'schools.html', 'schools.js'];

export function precached(file) {
  return file !== 'sw.js' && !adminOnly.includes(file);
}
