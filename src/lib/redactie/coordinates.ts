/**
 * Coordinates for new places in a spreadsheet. Editors know the address of a place, not its
 * coordinates: before the rows are checked, an empty Breedtegraad and Lengtegraad are filled from
 * PDOK (through the cache, see `geocode/pdok.ts`) when the address gives one clear match.
 * Anything less is left empty, with a note for the editor; the schema then says the row is not done.
 */
import type { Coordinates } from '../geo';
import type { GeocodeRequest, GeocodeResult } from '../geocode/pdok';
import { isEmptyCell, readCell } from './cells';
import { columnForHeader, locationSheet } from './columns';
import { specForSheet, type ImportMessage, type WorkbookInput } from './import-plan';

export interface CoordinateRequest extends GeocodeRequest {
  sheet: string;
  row: number;
}

const PHYSICAL = new Set(['gebouw', 'buiten']);

function indexOf(headers: readonly string[], header: string): number {
  return headers.findIndex((cell) => columnForHeader(locationSheet, cell)?.header === header);
}

/** The rows on the places sheet with an address and both coordinate cells empty. */
export function coordinateRequests(workbook: WorkbookInput, gebiedCentres: ReadonlyMap<string, Coordinates>): CoordinateRequest[] {
  const requests: CoordinateRequest[] = [];
  for (const sheet of workbook.sheets) {
    if (specForSheet(sheet) !== locationSheet) continue;
    const at = (header: string) => indexOf(sheet.headers, header);
    const [soort, straat, huisnummer, postcode, plaats, gebied, lat, lon] = [
      'Soort',
      'Straat',
      'Huisnummer',
      'Postcode',
      'Plaats',
      'Gebied',
      'Breedtegraad',
      'Lengtegraad',
    ].map(at);
    if ([soort, straat, huisnummer, postcode, plaats, lat, lon].some((index) => index === -1)) continue;
    for (const row of sheet.rows) {
      const cell = (index: number) => row.cells[index!];
      if (!PHYSICAL.has(String(readCell('choice', cell(soort!))))) continue;
      if (!isEmptyCell(cell(lat!)) || !isEmptyCell(cell(lon!))) continue;
      const address = {
        straat: readCell('text', cell(straat!)),
        huisnummer: readCell('houseNumber', cell(huisnummer!)),
        postcode: readCell('postcode', cell(postcode!)),
        plaats: readCell('text', cell(plaats!)),
      };
      if (Object.values(address).some((value) => value === undefined)) continue;
      const request: CoordinateRequest = {
        sheet: sheet.name,
        row: row.number,
        label: `Blad ${sheet.name}, rij ${row.number}`,
        address: address as CoordinateRequest['address'],
      };
      const centrum = gebied === -1 ? undefined : gebiedCentres.get(String(readCell('text', cell(gebied!))));
      if (centrum) request.gebiedCentrum = centrum;
      requests.push(request);
    }
  }
  return requests;
}

/** The workbook with the clear matches filled in, and a note per looked-up row. */
export function applyCoordinates(workbook: WorkbookInput, results: readonly (GeocodeResult & CoordinateRequest)[]): WorkbookInput {
  const messages: ImportMessage[] = [...workbook.messages];
  const sheets = workbook.sheets.map((sheet) => {
    const lat = indexOf(sheet.headers, 'Breedtegraad');
    const lon = indexOf(sheet.headers, 'Lengtegraad');
    const rows = sheet.rows.map((row) => {
      const result = results.find((item) => item.sheet === sheet.name && item.row === row.number);
      if (!result) return row;
      const where = { sheet: sheet.name, row: row.number, column: 'Breedtegraad / Lengtegraad' };
      const { match } = result;
      if (match.status === 'gevonden' && match.coordinaten) {
        messages.push({
          severity: 'let op',
          ...where,
          message: `Coördinaten ingevuld van PDOK. ${match.uitleg} Kijk op de kaart of de plek klopt.`,
        });
        const cells = [...row.cells];
        cells[lat] = match.coordinaten.lat;
        cells[lon] = match.coordinaten.lon;
        return { ...row, cells };
      }
      const uitleg =
        match.status === 'fout' && !result.opgevraagd
          ? 'Dit adres is nog niet opgezocht. Lees het bestand opnieuw in met --geocode, dan zoeken we het op bij PDOK.'
          : match.uitleg;
      const options = match.kandidaten.map((candidate) => `${candidate.weergavenaam} (${candidate.lat}, ${candidate.lon})`).join('; ');
      messages.push({ severity: 'let op', ...where, message: `${uitleg}${options ? ` Gevonden: ${options}.` : ''}` });
      return row;
    });
    return { ...sheet, rows };
  });
  return { sheets, messages };
}
