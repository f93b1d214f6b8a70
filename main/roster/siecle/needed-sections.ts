/**
 * Tells when a SIECLE reader has read every block it needs (PARAMETRES and its DONNEES blocks),
 * so that the blocks it ignores after them (ADRESSES, a quarter of a guardians file) are not
 * parsed (see XmlStopSignal.skipRest). A reader of one block only, started at that block by
 * another thread, needs no PARAMETRES.
 */
export function trackNeededSections(
  root: string,
  blocks: readonly string[],
  { parameters = true }: { parameters?: boolean } = {},
) {
  const pending = new Set([
    ...(parameters ? [`${root}/PARAMETRES`] : []),
    ...blocks.map((block) => `${root}/DONNEES/${block}`),
  ]);
  return {
    closed(path: string): void {
      pending.delete(path);
    },
    allRead: (): boolean => pending.size === 0,
    /** Whether `path` is the one needed block left to read. */
    onlyLeft: (path: string): boolean => pending.size === 1 && pending.has(path),
  };
}
