/**
 * The guide on the first rows of the "Uitleg" sheet, in B1 Dutch.
 * Kept apart from the workbook code so a unit test can run the B1 check over it.
 */
export const WORKBOOK_GUIDE = {
  title: 'Zo werkt dit bestand',
  paragraphs: [
    'In dit bestand staan de activiteiten van de Preventiekaart. Elke rij is één activiteit.',
    'Verander een cel en sla het bestand op. Stuur het daarna terug naar de redactie. Of lees het zelf in met npm run spreadsheet:import.',
    'Verander de namen in rij 1 niet. Verander ook de kolom Code niet. Zo weten wij welke activiteit u bedoelt.',
    'Een nieuwe activiteit? Vul een lege rij in en laat de kolom Code leeg.',
    'Gaat een activiteit niet meer door? Zet bij Status: gestopt. Haal de rij niet weg.',
    'Heeft de redactie nagevraagd of alles nog klopt? Zet dan de datum van vandaag bij Gecontroleerd op.',
    'Bent u de aanbieder en klopt alles in een rij? Zet dan de datum van vandaag bij Bevestigd door aanbieder op.',
    'Bij veel kolommen kunt u kiezen uit een lijst. Meer dan één waarde? Zet een komma ertussen, zoals: ontmoeten, bewegen.',
    'Voeg geen cellen samen en gebruik geen formules. Zet geen andere gegevens op deze bladen.',
    'Hieronder staat bij elke kolom wat erin moet. Met (moet) erachter mag de cel niet leeg zijn.',
  ],
} as const;
