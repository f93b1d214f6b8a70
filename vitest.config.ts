import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * Files that take a minute or more alone. A fresh clone has no timings for vitest to order by,
 * and in the include order these came last and ran on one worker after the others had finished;
 * started first, they overlap the rest of the suite.
 */
const LONG_FILES = [
  'tests/sync/three-kiosks-10000-events.test.ts',
  'tests/sync/offline-kiosks-conflicts.test.ts',
  'tests/hub/hub-cli-local-hub.test.ts',
];

class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const index = LONG_FILES.findIndex((long) => file.moduleId.endsWith(long));
      return index === -1 ? LONG_FILES.length : index;
    };
    return sorted
      .map((file, position) => ({ file, position }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.position - b.position)
      .map(({ file }) => file);
  }
}

export default defineConfig({
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/integration/**/*.test.ts',
      'tests/hub/**/*.test.ts',
      'tests/sync/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    globalSetup: ['tests/temp-dir-setup.ts'],
    sequence: { sequencer: LongFilesFirst },
  },
});
