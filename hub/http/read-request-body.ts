// Reads a request's body up to a size limit. A body announced or found larger is not read
// further: the answer is `too-large` and nothing is parsed.
import type { IncomingMessage } from 'node:http';

export type BodyReading =
  { ok: true; text: string } | { ok: false; reason: 'too-large' | 'aborted' };

export function readRequestBody(request: IncomingMessage, maxBytes: number): Promise<BodyReading> {
  const announced = Number(request.headers['content-length'] ?? '0');
  if (Number.isFinite(announced) && announced > maxBytes) {
    return Promise.resolve({ ok: false, reason: 'too-large' });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (reading: BodyReading): void => {
      if (settled) return;
      settled = true;
      resolve(reading);
    };
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        chunks.length = 0;
        request.pause();
        settle({ ok: false, reason: 'too-large' });
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => settle({ ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    request.on('aborted', () => settle({ ok: false, reason: 'aborted' }));
    request.on('close', () => settle({ ok: false, reason: 'aborted' }));
    request.on('error', () => settle({ ok: false, reason: 'aborted' }));
  });
}
