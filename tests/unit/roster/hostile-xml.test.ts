import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiecleFile } from '../../../main/roster/siecle/read-siecle-file';
import { MAX_CHARS_BETWEEN_TAGS, MAX_XML_DEPTH } from '../../../main/roster/siecle/stream-xml-file';
import { makeTempDir } from '../../fixtures/siecle/siecle-fixture-files';

const HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n';

describe('hostile or broken XML is refused quickly, without buffering it', () => {
  it('refuses elements nested far deeper than a SIECLE export', async () => {
    const depth = 20_000;
    const path = join(makeTempDir(), 'deep.xml');
    writeFileSync(
      path,
      `${HEADER}<BEE_ELEVES>${'<A>'.repeat(depth)}${'</A>'.repeat(depth)}</BEE_ELEVES>`,
    );
    const started = performance.now();
    const reading = await readSiecleFile(path);
    expect(performance.now() - started).toBeLessThan(5_000);
    const fatal = reading.problems.filter((p) => p.severity === 'fatal');
    expect(fatal.map((p) => p.reason).join(' ')).toContain(`${MAX_XML_DEPTH} levels`);
  });

  it('refuses a text node larger than any SIECLE field', async () => {
    const path = join(makeTempDir(), 'huge-text.xml');
    writeFileSync(
      path,
      `${HEADER}<BEE_ELEVES><PARAMETRES><UAJ>${'A'.repeat(MAX_CHARS_BETWEEN_TAGS + 200_000)}</UAJ></PARAMETRES></BEE_ELEVES>`,
    );
    const reading = await readSiecleFile(path);
    const fatal = reading.problems.filter((p) => p.severity === 'fatal');
    expect(fatal).toHaveLength(1);
    expect(fatal[0]?.reason).toContain('without a tag');
    expect(fatal[0]?.element).toBe('UAJ');
  });
});
