import { describe, expect, it } from 'vitest';
import { checkMarkdownBody, linkTargetProblem, MAX_BODY_CHARACTERS } from '../../src/lib/markdown-body';

describe('checkMarkdownBody', () => {
  const FILE = 'content/activiteiten/test.md';
  const htmlMessage = (html: string) =>
    `HTML-code "${html}" is niet toegestaan. Schrijf gewone tekst. Gebruik Markdown voor opmaak, zoals **vet** of een lijst met "- ".`;
  const linkMessage = (link: string) =>
    `De link "${link}" is niet toegestaan. Gebruik alleen links die beginnen met https://, mailto: of tel:.`;

  it('passes a clean body with a https link, bold text and a list', () => {
    const body = [
      'Kom naar de **koffie-inloop** in Ens.',
      '',
      '- U hoeft niets mee te nemen.',
      '- U hoeft zich niet aan te melden.',
      '',
      'Meer informatie staat op [de website](https://www.voorbeeld.nl/koffie?dag=dinsdag).',
      'Mail naar [de gastvrouw](mailto:gerda@voorbeeld.nl) of bel [0527 123 456](tel:+31527123456).',
      'Kinderen tot 4 jaar < 1 euro, ouderen > 65 jaar gratis.',
      'Of kijk op <https://www.voorbeeld.nl> en mail <info@voorbeeld.nl>.',
    ].join('\n');
    expect(checkMarkdownBody(FILE, body)).toEqual([]);
  });

  it('reports a <script> tag with its line number', () => {
    expect(checkMarkdownBody(FILE, 'Welkom.\n\n<script>alert("hoi")</script>\n')).toEqual([
      { file: FILE, field: 'tekst, regel 3', message: htmlMessage('<script>') },
    ]);
  });

  it('reports a <div> with attributes and an HTML comment', () => {
    expect(checkMarkdownBody(FILE, '<div class="kader">Welkom.</div>\nTekst.\n<!-- nog aanvullen -->')).toEqual([
      { file: FILE, field: 'tekst, regel 1', message: htmlMessage('<div class="kader">') },
      { file: FILE, field: 'tekst, regel 3', message: htmlMessage('<!--') },
    ]);
  });

  it('reports a closing tag and upper-case HTML', () => {
    expect(checkMarkdownBody(FILE, 'Tekst.\nEinde</P>\n<BR>')).toEqual([
      { file: FILE, field: 'tekst, regel 2', message: htmlMessage('</P>') },
      { file: FILE, field: 'tekst, regel 3', message: htmlMessage('<BR>') },
    ]);
  });

  it('reports javascript: and data: links with their line numbers', () => {
    const body = 'Welkom.\n[Klik hier](javascript:alert(1))\nTekst.\n[Foto](data:text/html;base64,PHNjcmlwdD4=)';
    expect(checkMarkdownBody(FILE, body)).toEqual([
      { file: FILE, field: 'tekst, regel 2', message: linkMessage('javascript:alert(1)') },
      { file: FILE, field: 'tekst, regel 4', message: linkMessage('data:text/html;base64,PHNjcmlwdD4=') },
    ]);
  });

  it('leaves a bare javascript: URL in running text alone: the parser makes text of it, not a link', () => {
    expect(checkMarkdownBody(FILE, 'Ga naar JavaScript:void(0) voor meer.')).toEqual([]);
  });

  it('does not mistake the word JavaScript for a link', () => {
    expect(checkMarkdownBody(FILE, 'Cursus JavaScript: de basis. Kijk op https://www.voorbeeld.nl voor meer.')).toEqual([]);
  });

  it('reports a link written in HTML as HTML: raw HTML is refused whatever it holds', () => {
    expect(checkMarkdownBody(FILE, '<a href="javascript:alert(1)">klik</a>')).toEqual([
      { file: FILE, field: 'tekst, regel 1', message: htmlMessage('<a href="javascript:alert(1)">') },
    ]);
  });

  it.each([undefined, '', '   \n\t\n'])('reports an empty body (%j)', (body) => {
    expect(checkMarkdownBody(FILE, body)).toEqual([
      { file: FILE, field: 'tekst', message: 'De tekst onder de tweede --- is leeg. Schrijf een paar korte zinnen over de activiteit.' },
    ]);
  });
});

describe('checkMarkdownBody on the parsed tree', () => {
  const FILE = 'content/activiteiten/test.md';
  const linkMessage = (link: string) =>
    `De link "${link}" is niet toegestaan. Gebruik alleen links die beginnen met https://, mailto: of tel:.`;

  it.each([
    ['a decimal entity for the colon', '[x](javascript&#58;alert(1))'],
    ['a named entity for the colon', '[x](javascript&colon;alert(1))'],
    ['an entity for the first letter', '[x](&#106;avascript:alert(1))'],
  ])('decodes %s as the parser does and reports the decoded link', (_name, body) => {
    expect(checkMarkdownBody(FILE, body)).toEqual([{ file: FILE, field: 'tekst, regel 1', message: linkMessage('javascript:alert(1)') }]);
  });

  it('reports the target of a reference definition on its own line', () => {
    expect(checkMarkdownBody(FILE, 'Lees de [info].\n\n[info]: javascript&#58;alert(1)')).toEqual([
      { file: FILE, field: 'tekst, regel 3', message: linkMessage('javascript:alert(1)') },
    ]);
  });

  it('reports a tag that runs over two lines, on the line where it starts', () => {
    expect(checkMarkdownBody(FILE, 'Welkom.\n\n<img\nsrc=x onerror=alert(1)>')).toEqual([
      {
        file: FILE,
        field: 'tekst, regel 3',
        message:
          'HTML-code "<img src=x onerror=alert(1)>" is niet toegestaan. Schrijf gewone tekst. Gebruik Markdown voor opmaak, zoals **vet** of een lijst met "- ".',
      },
    ]);
  });

  it('asks for https when a link uses http, and names a bare www address as the editor wrote it', () => {
    expect(checkMarkdownBody(FILE, 'Zie [de site](http://www.voorbeeld.nl).\nOf www.voorbeeld.nl.\nOf <http://www.voorbeeld.nl>.')).toEqual(
      [
        {
          file: FILE,
          field: 'tekst, regel 1',
          message: 'De link "http://www.voorbeeld.nl" begint met http://. Dat is niet veilig. Schrijf https:// aan het begin.',
        },
        {
          file: FILE,
          field: 'tekst, regel 2',
          message: 'Het webadres "www.voorbeeld.nl" wordt een link zonder https. Schrijf https:// ervoor, zo: https://www.voorbeeld.nl',
        },
        {
          file: FILE,
          field: 'tekst, regel 3',
          message: 'De link "http://www.voorbeeld.nl" begint met http://. Dat is niet veilig. Schrijf https:// aan het begin.',
        },
      ],
    );
  });

  it('refuses every image, also from the site itself, and says why', () => {
    const message =
      'Een afbeelding is niet toegestaan in de tekst. Een afbeelding van een andere website laat die website meekijken wie de pagina leest. Haal de afbeelding weg en beschrijf in woorden wat erop staat.';
    expect(checkMarkdownBody(FILE, '![Koffie](https://elders.example/p.png)\n\n![Zaal](/zaal.jpg)')).toEqual([
      { file: FILE, field: 'tekst, regel 1', message },
      { file: FILE, field: 'tekst, regel 3', message },
    ]);
  });

  it(`accepts ${MAX_BODY_CHARACTERS} characters and refuses one more, without parsing the rest`, () => {
    expect(checkMarkdownBody(FILE, 'a'.repeat(MAX_BODY_CHARACTERS))).toEqual([]);
    expect(checkMarkdownBody(FILE, `${'a'.repeat(MAX_BODY_CHARACTERS)}<script>`)).toEqual([
      {
        file: FILE,
        field: 'tekst',
        message: `De tekst is ${MAX_BODY_CHARACTERS + 8} tekens lang. Dat is te lang voor een pagina: gebruik hoogstens ${MAX_BODY_CHARACTERS} tekens. Maak de tekst korter, of zet de rest op de eigen website van de organisatie en maak daar een link naar.`,
      },
    ]);
  });

  it('ignores a byte order mark at the start of the body', () => {
    expect(checkMarkdownBody(FILE, '\uFEFFKom gezellig koffie drinken.')).toEqual([]);
  });
});

describe('linkTargetProblem', () => {
  it.each([
    'https://www.voorbeeld.nl/a?b=c#d',
    'mailto:info@voorbeeld.nl',
    'tel:+31527123456',
    'tel:0527-123456',
    'HTTPS://WWW.VOORBEELD.NL',
  ])('accepts %s', (url) => {
    expect(linkTargetProblem(url)).toBeUndefined();
  });

  it.each([
    ['/gebieden/ens/', 'is niet toegestaan'],
    ['%6Aavascript:alert(1)', 'is niet toegestaan'],
    ['//elders.example/x', 'is niet toegestaan'],
    ['https://', 'is niet goed geschreven'],
    ['mailto:', 'is niet goed geschreven'],
    ['tel:bel-ons', 'is niet goed geschreven'],
    ['ftp://voorbeeld.nl', 'is niet toegestaan'],
    ['data:text/html,<script>alert(1)</script>', 'is niet toegestaan'],
  ])('refuses %s (%s)', (url, words) => {
    expect(linkTargetProblem(url)).toContain(words);
  });

  it('shortens a very long link and keeps it on one line in the message', () => {
    expect(linkTargetProblem(`javascript:\n${'a'.repeat(200)}`)).toBe(linkMessageFor(`javascript: ${'a'.repeat(65)}...`));
  });
});

function linkMessageFor(shown: string): string {
  return `De link "${shown}" is niet toegestaan. Gebruik alleen links die beginnen met https://, mailto: of tel:.`;
}
