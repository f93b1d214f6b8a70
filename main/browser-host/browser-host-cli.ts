// `npm run start:browser [-- --data-dir DIR --port N]`: the kiosk in a browser, on 127.0.0.1.
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { composeKiosk } from '../app/compose-kiosk';
import { createKeychainSecretStore } from '../secrets/keychain-secret-store';
import { startBrowserHost } from './browser-host';
import { BROWSER_HOST_CLI_OPTIONS } from './browser-host-cli-options';

const USAGE = `Usage: npm run start:browser -- --data-dir DIR [--port N]
  --data-dir DIR  where the kiosk keeps its database and kiosk-config.json (or KIOSK_DATA_DIR)
  --port N        port on 127.0.0.1 (or KIOSK_PORT; default 4873; 0 picks a free port)`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: BROWSER_HOST_CLI_OPTIONS });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const dataDir = values['data-dir'] ?? process.env.KIOSK_DATA_DIR;
  if (!dataDir) {
    console.error(
      `The browser host needs a data directory: pass --data-dir DIR or set KIOSK_DATA_DIR.\n${USAGE}`,
    );
    process.exitCode = 2;
    return;
  }
  const env = values.port === undefined ? process.env : { ...process.env, KIOSK_PORT: values.port };
  const kiosk = await composeKiosk({
    dataDir: resolve(dataDir),
    env,
    secretStore: createKeychainSecretStore(),
  });
  // The bundle lives in dist/main/; the built renderer beside it in dist/renderer/.
  const rendererDir = join(dirname(process.argv[1] ?? '.'), '..', 'renderer');
  const host = await startBrowserHost({
    call: kiosk.call,
    sessionHolding: kiosk.sessionHolding,
    rendererDir,
    port: kiosk.config.settings.port,
  });
  console.log(`Kiosk ready (browser host): ${host.url}`);
  if (kiosk.demoMode) console.log('Demo mode: fictional roster (main/demo/demo-roster.ts).');
  for (const notice of kiosk.notices) console.log(notice);
  for (const warning of kiosk.warnings) console.warn(warning);
  const sms = await kiosk.checkSms();
  (sms.ready ? console.log : console.warn)(sms.ready ? sms.message : `WARNING: ${sms.message}`);
  const stop = () => {
    void host.close().then(() => {
      kiosk.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Kiosk could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
