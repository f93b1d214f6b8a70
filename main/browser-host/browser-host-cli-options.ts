// The flags of `npm run start:browser`, apart from its entry file (which starts the host when
// loaded): the CLI parses with this table, and the documentation's test checks against it.
export const BROWSER_HOST_CLI_OPTIONS = {
  'data-dir': { type: 'string' },
  port: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;
