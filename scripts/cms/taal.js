// Sveltia CMS follows the browser's language; editors of this site work in Dutch, so Dutch is the
// default until an editor picks another language in the editor's settings.
try {
  const key = 'sveltia-cms.prefs';
  const prefs = JSON.parse(localStorage.getItem(key) || '{}') || {};
  if (!prefs.locale) localStorage.setItem(key, JSON.stringify({ ...prefs, locale: 'nl' }));
} catch {
  // No localStorage (private mode): the editor then follows the browser's language.
}
