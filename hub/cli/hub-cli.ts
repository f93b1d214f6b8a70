// Entry of `npm run hub` and `npm run hub:local`; run-hub-cli.ts does the work and turns every
// failure into an exit status. The catch below is a last resort for a bug in that.
import { runHubCli } from './run-hub-cli';

const stopRequested = (): Promise<void> =>
  new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });

runHubCli(process.argv.slice(2), {
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
  env: process.env,
  stopRequested,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('hub: internal error (please report it with what follows):');
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
