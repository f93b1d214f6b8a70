// The import's worker thread starts from a real file: in the packaged app, the copy unpacked
// next to app.asar (electron-builder.yml, asarUnpack).
import { describe, expect, it } from 'vitest';
import { outsideAsar } from '../../../main/roster/siecle/stage-siecle-in-worker';

describe('the worker script path in the packaged app', () => {
  it('points into app.asar.unpacked on Linux and Windows', () => {
    expect(outsideAsar('/opt/Kiosque/resources/app.asar/dist/main/siecle-stage-worker.cjs')).toBe(
      '/opt/Kiosque/resources/app.asar.unpacked/dist/main/siecle-stage-worker.cjs',
    );
    expect(outsideAsar('C:\\Program Files\\Kiosque\\resources\\app.asar\\dist\\main\\w.cjs')).toBe(
      'C:\\Program Files\\Kiosque\\resources\\app.asar.unpacked\\dist\\main\\w.cjs',
    );
  });

  it('leaves a checkout path alone', () => {
    expect(outsideAsar('/home/dev/kiosque/dist/main/siecle-stage-worker.cjs')).toBe(
      '/home/dev/kiosque/dist/main/siecle-stage-worker.cjs',
    );
  });
});
