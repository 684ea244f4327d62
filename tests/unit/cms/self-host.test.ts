import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cdnFonts, FONTS_SELF_PATH, selfHostedBundle, SVELTIA_CDN_BASE, SVELTIA_SELF_BASE } from '../../../src/lib/cms/self-host';

const bundle = readFileSync('node_modules/@sveltia/cms/dist/sveltia-cms.js', 'utf8');

describe('self-hosting the web editor', () => {
  it('finds the fonts the installed bundle loads from fontsource, with their npm package', () => {
    const fonts = cdnFonts(bundle);
    expect(fonts.map((font) => font.fontPackage).sort()).toEqual([
      '@fontsource-variable/material-symbols-outlined',
      '@fontsource-variable/source-sans-3',
      '@fontsource/noto-mono',
    ]);
    for (const font of fonts) {
      const installed = JSON.parse(readFileSync(`node_modules/${font.fontPackage}/package.json`, 'utf8')) as { version: string };
      expect(installed.version, font.fontPackage).toBe(font.version);
      expect(readFileSync(`node_modules/${font.fontPackage}/files/${font.file}`).length).toBeGreaterThan(1000);
    }
  });

  it('leaves no address of unpkg.com/@sveltia/cms or cdn.jsdelivr.net in the bundle', () => {
    const rewritten = selfHostedBundle(bundle);
    expect(rewritten).not.toContain(SVELTIA_CDN_BASE);
    expect(rewritten).not.toContain('cdn.jsdelivr.net');
    expect(rewritten).toContain(`\`${SVELTIA_SELF_BASE}\``);
    expect(rewritten).toContain(`${FONTS_SELF_PATH}source-sans-3-latin-wght-normal.woff2`);
  });

  it('refuses a bundle that loads its texts or fonts from somewhere new', () => {
    expect(() => selfHostedBundle(bundle.replaceAll(SVELTIA_CDN_BASE, 'https://esm.sh/@sveltia/cms'))).toThrow(/no longer names/);
    expect(() => selfHostedBundle(bundle.replaceAll('cdn.jsdelivr.net/fontsource', 'fonts.example/fontsource'))).toThrow(/no fonts/);
  });
});
