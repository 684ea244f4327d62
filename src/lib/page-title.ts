/**
 * Page titles. Every page has its own title, so a tab, a bookmark, a search result and a link preview tell
 * pages apart: two activities may share a name ("Taalmaatje"), so an activity's title names its dorp or wijk.
 */

/** "Taalmaatje, Bergen"; a name that already says where ("Wandelgroep Ens") stays as it is. */
export function activityPageTitle(titel: string, gebiedNaam: string): string {
  return titel.toLocaleLowerCase('nl').includes(gebiedNaam.toLocaleLowerCase('nl')) ? titel : `${titel}, ${gebiedNaam}`;
}
