/**
 * Tells when a SIECLE reader has read every block it needs (PARAMETRES and its DONNEES blocks),
 * so that the blocks it ignores after them (ADRESSES, a quarter of a guardians file) are not
 * parsed (see XmlStopSignal.skipRest).
 */
export function trackNeededSections(root: string, blocks: readonly string[]) {
  const pending = new Set([
    `${root}/PARAMETRES`,
    ...blocks.map((block) => `${root}/DONNEES/${block}`),
  ]);
  return {
    closed(path: string): void {
      pending.delete(path);
    },
    allRead: (): boolean => pending.size === 0,
  };
}
