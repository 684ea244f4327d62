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
  /** Answer time promised in the accessibility statement, in working days. */
  reactietijdWerkdagen: 5,
} as const;
