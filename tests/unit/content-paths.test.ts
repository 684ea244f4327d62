import { describe, expect, it } from 'vitest';
import { checkContentPaths, OTHER_CONTENT_FILES, suggestedName } from '../../src/lib/content-paths';
import { decodeContentFile, validateFile } from '../../src/lib/content-validation';

const problem = (file: string, message: string) => ({ file, field: 'bestandsnaam', message });

describe('checkContentPaths', () => {
  it('accepts lower-case names with the extension each collection loads, and gives their ids', () => {
    const { files, problems } = checkContentPaths([
      'content/activiteiten/noordoostpolder/koffie-inloop-ens.md',
      'content/gebieden/ens.yaml',
      'content/schoolvakanties/2026-2027.yaml',
    ]);
    expect(problems).toEqual([]);
    expect(files).toEqual([
      {
        path: 'content/activiteiten/noordoostpolder/koffie-inloop-ens.md',
        collection: 'activiteiten',
        id: 'koffie-inloop-ens',
        duplicate: false,
      },
      { path: 'content/gebieden/ens.yaml', collection: 'gebieden', id: 'ens', duplicate: false },
      { path: 'content/schoolvakanties/2026-2027.yaml', collection: 'schoolvakanties', id: '2026-2027', duplicate: false },
    ]);
  });

  it('refuses upper case, spaces and accents, and suggests a name that works', () => {
    const { files, problems } = checkContentPaths(['content/activiteiten/ens/Wandelgroep Ëns.md']);
    expect(problems).toEqual([
      problem(
        'content/activiteiten/ens/Wandelgroep Ëns.md',
        'De naam "Wandelgroep Ëns.md" mag alleen kleine letters, cijfers en streepjes hebben, zonder spaties of accenten. De naam wordt ook het webadres. Noem het bestand "wandelgroep-ens.md".',
      ),
    ]);
    // Astro would still load it, so its fields are checked too.
    expect(files.map((file) => file.id)).toEqual(['Wandelgroep Ëns']);
  });

  it('refuses .MD, which Astro skips without a word, and does not load it', () => {
    const { files, misnamedIds, problems } = checkContentPaths(['content/activiteiten/ens/wandelgroep-ens.MD']);
    expect(problems).toEqual([
      problem(
        'content/activiteiten/ens/wandelgroep-ens.MD',
        'De extensie moet .md zijn, in kleine letters. Anders leest de site het bestand niet. Noem het bestand "wandelgroep-ens.md".',
      ),
    ]);
    expect(files).toEqual([]);
    // Its id still counts as existing, so references to it are not reported as well.
    expect(misnamedIds).toEqual({ activiteiten: ['wandelgroep-ens'] });
  });

  it('refuses .yml and a Markdown file among the YAML files', () => {
    expect(checkContentPaths(['content/gebieden/ens.yml', 'content/gebieden/ens.md']).problems).toEqual([
      problem(
        'content/gebieden/ens.md',
        'De site leest dit bestand niet: in content/gebieden/ staan alleen .yaml-bestanden. Hoort het hier? Sla het op als .yaml-bestand, zoals "ens.yaml". Anders haalt u het weg.',
      ),
      problem('content/gebieden/ens.yml', 'Gebruik de extensie .yaml in plaats van .yml.'),
    ]);
  });

  it('reports hidden files, office documents and files outside the collections', () => {
    const { problems } = checkContentPaths([
      'content/activiteiten/.DS_Store',
      'content/locaties/lijst.docx',
      'content/notities.txt',
      'content/foto/zaal.jpg',
    ]);
    expect(problems.map((found) => found.file)).toEqual([
      'content/activiteiten/.DS_Store',
      'content/foto/zaal.jpg',
      'content/locaties/lijst.docx',
      'content/notities.txt',
    ]);
    expect(problems[1]!.message).toBe(
      'Dit bestand hoort niet in content/. De site leest alleen de mappen gemeenten, gebieden, organisaties, locaties, activiteiten, schoolvakanties. Zet het bestand in de goede map, of haal het weg.',
    );
    expect(problems[0]!.message).toBe(
      '".DS_Store" is een verborgen bestand dat uw computer soms maakt. De site gebruikt het niet. Haal het weg.',
    );
    expect(problems[2]!.message).toBe(
      'De site leest dit bestand niet: in content/locaties/ staan alleen .yaml-bestanden. Hoort het hier? Sla het op als .yaml-bestand, zoals "lijst.yaml". Anders haalt u het weg.',
    );
  });

  it('knows the other files editors keep in content/: the jargon list and a README', () => {
    expect([...OTHER_CONTENT_FILES.keys()]).toEqual(['content/taal/moeilijke-woorden.yaml', 'content/README.md']);
    expect(checkContentPaths([...OTHER_CONTENT_FILES.keys()])).toEqual({ files: [], misnamedIds: {}, problems: [] });
    // A README inside a collection would be read as an entry, so it is not allowed there.
    expect(checkContentPaths(['content/activiteiten/README.md']).problems).toHaveLength(1);
  });

  it('refuses a folder name with capitals', () => {
    expect(checkContentPaths(['content/locaties/Noordoostpolder/sporthal-ens.yaml']).problems).toEqual([
      problem(
        'content/locaties/Noordoostpolder/sporthal-ens.yaml',
        'De map "Noordoostpolder" mag alleen kleine letters, cijfers en streepjes hebben. Noem de map "noordoostpolder".',
      ),
    ]);
  });

  it('refuses two names in one collection that differ only by case or folder, and loads only the first', () => {
    const { files, problems } = checkContentPaths([
      'content/activiteiten/ens/wandelgroep-ens.md',
      'content/activiteiten/marknesse/Wandelgroep-Ens.md',
      'content/activiteiten/urk/wandelgroep-ens.md',
      'content/locaties/wandelgroep-ens.yaml',
    ]);
    expect(problems.filter((found) => found.message.includes('bestaat al'))).toEqual([
      problem(
        'content/activiteiten/marknesse/Wandelgroep-Ens.md',
        'De naam "Wandelgroep-Ens" bestaat al in content/activiteiten/ens/wandelgroep-ens.md (hoofdletters tellen niet mee). Elke naam in content/activiteiten/ moet uniek zijn. Geef dit bestand een andere naam.',
      ),
      problem(
        'content/activiteiten/urk/wandelgroep-ens.md',
        'De naam "wandelgroep-ens" bestaat al in content/activiteiten/ens/wandelgroep-ens.md (hoofdletters tellen niet mee). Elke naam in content/activiteiten/ moet uniek zijn. Geef dit bestand een andere naam.',
      ),
    ]);
    expect(files.map((file) => file.duplicate)).toEqual([false, true, true, false]);
  });
});

describe('suggestedName', () => {
  it.each([
    ['Wandelgroep Ëns (2)', 'wandelgroep-ens-2'],
    ['koffie_inloop--ens', 'koffie-inloop-ens'],
    ['  Café  ', 'cafe'],
  ])('%j → %j', (name, suggestion) => {
    expect(suggestedName(name)).toBe(suggestion);
  });
});

describe('decodeContentFile', () => {
  const file = 'content/gebieden/ens.yaml';

  it('reads UTF-8 and drops a byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('naam: Enkhuizen é')]);
    expect(decodeContentFile(file, bytes)).toEqual({ text: 'naam: Enkhuizen é' });
  });

  it('refuses a file saved in another encoding, such as Windows-1252', () => {
    // "Café" in Windows-1252: é is the single byte 0xE9, which is not valid UTF-8.
    expect(decodeContentFile(file, new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toEqual({
      problem: {
        file,
        field: '(hele bestand)',
        message:
          'Dit bestand is niet opgeslagen als UTF-8. Open het in uw teksteditor, kies "Opslaan als" en kies bij codering UTF-8. Kijk daarna of letters als é en ë nog goed staan.',
      },
    });
  });
});

describe('validateFile with a byte order mark', () => {
  it('finds the frontmatter after a BOM instead of saying the file does not start with ---', () => {
    const result = validateFile('activiteiten', 'content/activiteiten/x.md', '\uFEFF---\ntitel: x\n---\nTekst.');
    expect(result.problems.map((found) => found.field)).not.toContain('(hele bestand)');
    expect(result.problems.length).toBeGreaterThan(0);
  });
});
