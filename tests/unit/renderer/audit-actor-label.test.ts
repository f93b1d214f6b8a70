// Console → Journal: the "Auteur" column names who acted in French, never by an internal code.
import { describe, expect, it } from 'vitest';
import { auditActorLabel } from '../../../renderer/src/format/audit-actor-label';
import { createKioskI18n } from '../../../renderer/src/i18n';

const { t, te } = createKioskI18n().global as unknown as {
  t: (key: string) => string;
  te: (key: string) => boolean;
};
const label = (actor: string, joined = actor) => auditActorLabel(t, te, actor, joined);

describe("the audit log's author column", () => {
  it('names a change pulled from the hub, a parent at the kiosk and the command line in French', () => {
    expect(label('sync')).toBe('Synchronisation avec le hub');
    expect(label('kiosk')).toBe('Borne (parent)');
    expect(label('cli')).toBe('Ligne de commande');
  });

  it("names a secretary by the staff account's name", () => {
    expect(label('staff:4', 'Mme Martin')).toBe('Mme Martin');
  });

  it('shows an author it has no words for as recorded, rather than nothing', () => {
    expect(label('importer-2031')).toBe('importer-2031');
  });
});
