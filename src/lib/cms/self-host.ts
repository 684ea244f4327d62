/**
 * Sveltia CMS's bundle names a few files on public CDNs: its translations and a version check on
 * unpkg.com, its fonts on fontsource's jsDelivr CDN. The site serves its own copies instead, so the
 * editor makes no request to another host. This module finds those addresses and rewrites them;
 * scripts/write-cms-config.ts copies the files to where the new addresses point.
 */

/** The bundle's base address for its translations (`<base>@<version>/locales/<lang>.json`) and package.json. */
export const SVELTIA_CDN_BASE = 'https://unpkg.com/@sveltia/cms';
/** Where the site serves them: dist/admin/sveltia@<version>/locales/ and dist/admin/sveltia/package.json. */
export const SVELTIA_SELF_BASE = '/admin/sveltia';
/** Where the site serves the fonts: dist/admin/fonts/. */
export const FONTS_SELF_PATH = '/admin/fonts/';

const FONT_CDN = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(:vf)?@([\d.]+)\/([a-z0-9-]+\.woff2)/g;

export interface CdnFont {
  /** The address in the bundle. */
  url: string;
  /** The npm package with the same file: @fontsource/<family> or, for a variable font, @fontsource-variable/<family>. */
  fontPackage: string;
  version: string;
  /** The file name in the package's files/ folder, which is also its name under /admin/fonts/. */
  file: string;
}

/** Every font the bundle loads from fontsource's CDN, once each. */
export function cdnFonts(bundle: string): CdnFont[] {
  const fonts = new Map<string, CdnFont>();
  for (const [url, family, variable, version, file] of bundle.matchAll(FONT_CDN)) {
    fonts.set(url, {
      url,
      fontPackage: `@fontsource${variable ? '-variable' : ''}/${family}`,
      version: version!,
      file: `${family}-${file}`,
    });
  }
  return [...fonts.values()];
}

/**
 * The bundle with every CDN address pointing at the site's own copies. Throws when an address this
 * module expects is missing: a new Sveltia version may load something new that must be looked at.
 */
export function selfHostedBundle(bundle: string): string {
  const quotedBase = `\`${SVELTIA_CDN_BASE}\``;
  if (!bundle.includes(quotedBase)) throw new Error(`The bundle no longer names ${SVELTIA_CDN_BASE}: check what it loads now.`);
  const fonts = cdnFonts(bundle);
  if (fonts.length === 0) throw new Error('The bundle names no fonts on cdn.jsdelivr.net any more: check what it loads now.');
  let text = bundle.replaceAll(quotedBase, `\`${SVELTIA_SELF_BASE}\``);
  for (const font of fonts) text = text.replaceAll(font.url, `${FONTS_SELF_PATH}${font.file}`);
  return text;
}
