/** Command-line options for the redactie scripts: `--name value`, `--flag`, and plain arguments. */
export interface ParsedOptions {
  values: Record<string, string | undefined>;
  flags: Set<string>;
  positional: string[];
}

export function parseOptions(args: readonly string[], valueNames: readonly string[], flagNames: readonly string[]): ParsedOptions {
  const result: ParsedOptions = { values: {}, flags: new Set(), positional: [] };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const name = arg.replace(/^--/, '');
    if (arg.startsWith('--') && valueNames.includes(name)) {
      const value = args[++index];
      if (value === undefined || value.startsWith('--')) fail(`Na ${arg} hoort een waarde, zoals ${arg} noordoostpolder.`);
      result.values[name] = value;
    } else if (arg.startsWith('--') && flagNames.includes(name)) {
      result.flags.add(name);
    } else if (arg.startsWith('--')) {
      fail(`De optie ${arg} kennen we niet. Gebruik: ${[...valueNames, ...flagNames].map((known) => `--${known}`).join(', ')}.`);
    } else {
      result.positional.push(arg);
    }
  }
  return result;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
