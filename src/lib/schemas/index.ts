/** The content schemas in one place: used by Astro's content layer and by scripts/check-content.ts. */
export { gemeenteSchema, type Gemeente } from './gemeente';
export { gebiedSchema, speerpuntSchema, type Gebied, type Speerpunt } from './gebied';
export { organisatieSchema, type Organisatie } from './organisatie';
export { locatieSchema, isPhysical, type Locatie, type PhysicalLocatie } from './locatie';
export { activiteitSchema, type Activiteit, type Rooster, type TimedRooster, type Kosten } from './activiteit';
export { schooljaarSchema, type Schooljaar, type SchoolHoliday } from './schoolvakantie';
