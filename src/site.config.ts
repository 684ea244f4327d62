/**
 * Site-wide settings. One place to change for a real deployment.
 * The public address is `site` in astro.config.mjs (or PREVENTIEKAART_SITE).
 */
export const siteConfig = {
  naam: 'Preventiekaart',
  /**
   * Shows "Voorbeeldgegevens: deze activiteiten zijn verzonnen" on every page.
   * Set to false when the content is real.
   */
  voorbeeldgegevens: true,
  /** Where "meld een fout" and accessibility reports go. */
  redactieEmail: 'redactie@preventiekaart.example',
  /**
   * The web editor at /admin/ (Sveltia CMS) saves to this GitHub repository: owner/name and branch.
   * Editors need write access to it. See "Web editor" in README.md.
   */
  webeditor: {
    repo: 'voorbeeld-gemeente/preventiekaart',
    branch: 'main',
    /**
     * The address of an OAuth proxy for "Inloggen met GitHub" (such as Sveltia CMS Authenticator on
     * Cloudflare Workers). Empty: editors sign in with a personal access token, which needs no proxy.
     */
    oauthProxy: '',
  },
  /** Answer time promised in the accessibility statement, in working days. */
  reactietijdWerkdagen: 5,
  /**
   * The base map under every map. A gemeente with its own tile service changes only this value.
   * Default: PDOK BRT-Achtergrondkaart (Kadaster, open data under CC BY 4.0, which asks to name Kadaster).
   * `url` is a Web Mercator XYZ template; `attributie` is HTML shown in the corner of the map.
   * Never point this at tile.openstreetmap.org: its usage policy forbids heavy use by production sites.
   */
  kaart: {
    tegels: {
      url: 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png',
      attributie: 'Kaartgegevens © <a href="https://www.kadaster.nl/">Kadaster</a>',
      maxZoom: 19,
      /** Who serves the tiles and so sees the requests, named on the privacy page. */
      aanbieder: 'PDOK, een dienst van de overheid',
    },
  },
} as const;
