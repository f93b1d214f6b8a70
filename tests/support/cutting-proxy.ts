// A TCP proxy between a kiosk and the hub that a test controls: it forwards bytes both ways and
// can cut every connection, either now or once a number of bytes has gone up (a push cut in the
// middle of its body) or come back (an answer lost after the hub applied the batch).
import { createServer, Socket, type AddressInfo, type Server } from 'node:net';

export interface CuttingProxy {
  /** http://127.0.0.1:<port>: what the kiosk is told the hub is. */
  readonly url: string;
  /** Cut the next connection after this many bytes went from the kiosk to the hub. */
  cutUpstreamAfter(bytes: number): void;
  /** Cut the next connection after this many bytes came back from the hub. */
  cutDownstreamAfter(bytes: number): void;
  /** Resolves once a connection has sent this many bytes up (a request under way). */
  whenUpstreamReaches(bytes: number): Promise<void>;
  /** Refuse (close at once) every new connection until open() again: the network is down. */
  goOffline(): void;
  goOnline(): void;
  /** Cut every open connection now. */
  cutAll(): void;
  /** Connections cut so far by a rule above. */
  readonly cuts: number;
  close(): Promise<void>;
}

export async function startCuttingProxy(target: {
  host: string;
  port: number;
}): Promise<CuttingProxy> {
  const open = new Set<Socket>();
  let upstreamBudget: number | null = null;
  let downstreamBudget: number | null = null;
  let offline = false;
  let cuts = 0;
  let watcher: { bytes: number; resolve: () => void } | null = null;

  const server: Server = createServer((client) => {
    if (offline) {
      client.destroy();
      return;
    }
    const hub = new Socket();
    open.add(client);
    open.add(hub);
    const cut = () => {
      cuts += 1;
      client.destroy();
      hub.destroy();
    };
    // Each rule applies to one connection: the next one made after it was set.
    let up = upstreamBudget;
    let down = downstreamBudget;
    upstreamBudget = null;
    downstreamBudget = null;
    hub.connect(target.port, target.host);
    let sent = 0;
    client.on('data', (chunk: Buffer) => {
      sent += chunk.length;
      if (watcher && sent >= watcher.bytes) {
        watcher.resolve();
        watcher = null;
      }
      if (up !== null) {
        if (chunk.length >= up) {
          hub.write(chunk.subarray(0, up), () => cut());
          up = null;
          return;
        }
        up -= chunk.length;
      }
      hub.write(chunk);
    });
    hub.on('data', (chunk: Buffer) => {
      if (down !== null) {
        if (chunk.length >= down) {
          client.write(chunk.subarray(0, down), () => cut());
          down = null;
          return;
        }
        down -= chunk.length;
      }
      client.write(chunk);
    });
    const forget = () => {
      open.delete(client);
      open.delete(hub);
      client.destroy();
      hub.destroy();
    };
    client.on('close', forget);
    hub.on('close', forget);
    client.on('error', forget);
    hub.on('error', forget);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    cutUpstreamAfter: (bytes) => void (upstreamBudget = bytes),
    cutDownstreamAfter: (bytes) => void (downstreamBudget = bytes),
    whenUpstreamReaches: (bytes) =>
      new Promise<void>((resolve) => {
        watcher = { bytes, resolve };
      }),
    goOffline() {
      offline = true;
      for (const socket of open) socket.destroy();
    },
    goOnline: () => void (offline = false),
    cutAll() {
      for (const socket of open) socket.destroy();
    },
    get cuts() {
      return cuts;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
