/** `command positional… --flag value --switch`: the little the CLI needs, with clear errors for the rest. */
export interface Args {
  command?: string;
  positional: string[];
  options: Record<string, string | true>;
}

const SWITCHES = new Set(['json', 'help']);

export function parseArgs(argv: string[]): Args {
  const args: Args = { positional: [], options: {} };
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (word.startsWith('--')) {
      const [name, inline] = word.slice(2).split('=', 2);
      if (inline !== undefined) args.options[name] = inline;
      else if (SWITCHES.has(name) || i + 1 >= argv.length || argv[i + 1].startsWith('--'))
        args.options[name] = true;
      else args.options[name] = argv[++i];
    } else if (args.command === undefined) args.command = word;
    else args.positional.push(word);
  }
  return args;
}
