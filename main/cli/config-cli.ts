// Entry of `npm run config`; everything testable lives in run-config-cli.ts, which already turns
// every failure into an exit status. The catch below is a last resort for a bug in that.
import { createKeychainSecretStore } from '../secrets/keychain-secret-store';
import { readSecretInput } from './read-secret-input';
import { EXIT_INTERNAL, runConfigCli } from './run-config-cli';

runConfigCli(process.argv.slice(2), {
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
  env: process.env,
  store: createKeychainSecretStore(),
  // Prompts go to stderr, so that `pepper show > file` keeps only the value in the file.
  readSecret: (label) => readSecretInput({ input: process.stdin, output: process.stderr }, label),
}).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error('config: internal error (please report it with what follows):');
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = EXIT_INTERNAL;
  },
);
