// Watches the page's own calls to the kiosk (browser host transport) so a test can replay one
// by hand with the page's session: to prove that the main process, not only the screen, ended a
// flow or a login. The replay runs inside the page (same origin, same headers as the app's).
import type { Page } from '@playwright/test';

export interface SessionProbe {
  /** The kiosk session id of the page's latest call. */
  session?: string;
  /** The flow id of the latest activation call. */
  flowId?: string;
}

export function probeSession(page: Page): SessionProbe {
  const seen: SessionProbe = {};
  page.on('request', (request) => {
    if (!request.url().includes('/api/call/')) return;
    seen.session = request.headers()['x-kiosk-session'] ?? seen.session;
    if (!request.url().includes('/api/call/activation.')) return;
    const body = request.postDataJSON() as { flowId?: unknown } | null;
    if (typeof body?.flowId === 'string') seen.flowId = body.flowId;
  });
  // activation.start carries no flow id: read it from the answer.
  page.on('response', (response) => {
    if (!response.url().endsWith('/api/call/activation.start')) return;
    response
      .json()
      .then((result: { ok?: boolean; value?: { flowId?: unknown } }) => {
        if (result.ok && typeof result.value?.flowId === 'string')
          seen.flowId = result.value.flowId;
      })
      .catch(() => undefined);
  });
  return seen;
}

/** Calls a channel from inside the page with the probed session; returns the Result. */
export async function replayCall(
  page: Page,
  probe: SessionProbe,
  channel: string,
  request: Record<string, unknown>,
): Promise<{ ok: boolean; error?: { code: string } }> {
  if (!probe.session) throw new Error('no kiosk session seen yet');
  return page.evaluate(
    async ({ channel, session, request }) => {
      const response = await fetch(`/api/call/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Kiosk-Session': session },
        body: JSON.stringify(request),
      });
      return (await response.json()) as { ok: boolean; error?: { code: string } };
    },
    { channel, session: probe.session, request },
  );
}
