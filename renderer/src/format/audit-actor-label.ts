// Who did it, in the audit log's words: a staff account by its name (the main process joins it),
// the kiosk's parents, the command line or the hub's sync by a catalogue sentence, never a code.
type Translate = (key: string) => string;
type HasKey = (key: string) => boolean;

export function auditActorLabel(
  t: Translate,
  te: HasKey,
  actor: string,
  joinedLabel: string,
): string {
  if (actor.startsWith('staff:')) return joinedLabel;
  const key = `console.audit.actors.${actor}`;
  return te(key) ? t(key) : actor;
}
