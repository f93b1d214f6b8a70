// Entry of `npm run roster`; everything testable lives in run-roster-cli.ts.
import { runRosterCli } from './run-roster-cli';

runRosterCli(process.argv.slice(2), {
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
  env: process.env,
}).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 3;
  },
);
