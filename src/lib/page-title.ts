/**
 * Page titles. Every page has its own title, so a tab, a bookmark, a search result and a link preview tell
 * pages apart: two activities may share a name ("Taalmaatje"), so an activity's title names its dorp or wijk.
 */

/** "Taalmaatje, Bergen"; a name that already says where ("Wandelgroep Ens") stays as it is. */
export function activityPageTitle(titel: string, gebiedNaam: string): string {
  return titel.toLocaleLowerCase('nl').includes(gebiedNaam.toLocaleLowerCase('nl')) ? titel : `${titel}, ${gebiedNaam}`;
}

/** "Bewegen in Noordoostpolder": the page of one theme in one gemeente. */
export function themeGemeenteTitle(themeLabel: string, gemeenteNaam: string): string {
  return `${themeLabel} in ${gemeenteNaam}`;
}

/** "Voor professionals: Noordoostpolder": the coverage page of one gemeente. */
export function professionalsGemeenteTitle(gemeenteNaam: string): string {
  return `Voor professionals: ${gemeenteNaam}`;
}
