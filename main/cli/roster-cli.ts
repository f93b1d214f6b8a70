// Entry of `npm run roster`; everything testable lives in run-roster-cli.ts, which already turns
// every failure into an exit status. The catch below is a last resort for a bug in that.
import { EXIT_INTERNAL, runRosterCli } from './run-roster-cli';

runRosterCli(process.argv.slice(2), {
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
  env: process.env,
}).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error('roster: internal error (please report it with what follows):');
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = EXIT_INTERNAL;
  },
);
