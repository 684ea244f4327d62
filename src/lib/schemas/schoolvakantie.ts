import { z } from 'astro/zod';
import { schoolHolidayRegions } from '../taxonomy';
import { listOf, oneOf, plainDate, strictObject, text } from './fields';

const holidayPeriod = strictObject(
  {
    naam: text('Naam van de vakantie, zoals "Kerstvakantie".', { max: 40 }),
    regio: oneOf([...schoolHolidayRegions, 'heel-nederland'] as const, 'regio', 'noord, midden, zuid of heel-nederland.'),
    van: plainDate('Eerste vrije dag (meestal een zaterdag).'),
    tot: plainDate('Laatste vrije dag (meestal een zondag).'),
  },
  'Eén schoolvakantie.',
).refine((value) => value.van <= value.tot, { error: 'De vakantie eindigt voor hij begint. Wissel "van" en "tot" om.', path: ['tot'] });

export const schooljaarSchema = strictObject(
  {
    schooljaar: text('Het schooljaar, zoals "2026-2027".', { max: 9 }),
    bron: text('Waar de data vandaan komen.', { max: 200 }),
    vakanties: listOf(holidayPeriod, 'vakanties', 'De schoolvakanties van dit schooljaar.'),
  },
  'De schoolvakanties van één schooljaar.',
);
export type Schooljaar = z.output<typeof schooljaarSchema>;
export type SchoolHoliday = Schooljaar['vakanties'][number];
