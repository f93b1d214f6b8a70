import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  activateFully,
  childNamed,
  createHarness,
  DUPONT_BIRTH_DATES,
  PATRICK_IDENTITY,
  reachChildrenStep,
  seedDupontFamily,
  type Family,
  type Harness,
} from '../core/core-harness';
import { auditRows, createFirstStaff, STAFF_NAME } from './console-harness';

const PARENT_PASSWORD = 'Une girafe mange des nuages';
const CONSOLE = 'console-1';

let h: Harness;
let family: Family;
let staffId: string;

beforeEach(async () => {
  h = createHarness();
  family = seedDupontFamily(h);
  staffId = await createFirstStaff(h, CONSOLE);
});
afterEach(() => h.close());

describe('guardian search (S-ENUM-2 tolerance)', () => {
  beforeEach(() => {
    const other = h.roster.guardian({
      familyName: "LE GALL-D'ARC",
      firstName: 'Anne-Sophie',
      mobileE164: '+33698765432',
    });
    h.roster.link(other, family.hugo);
  });

  it('finds a guardian however the name or the phone is typed', async () => {
    for (const query of ['dupont', 'DUPONT patrick', ' Dùpont ', 'patrick']) {
      const found = await h.okCall('console.searchGuardians', { query }, CONSOLE);
      expect(
        found.map((g) => g.guardianId),
        query,
      ).toEqual([family.patrick]);
    }
    for (const query of ['le gall', 'LEGALL', "le-gall d'arc anne sophie", 'anne-sophie']) {
      const found = await h.okCall('console.searchGuardians', { query }, CONSOLE);
      expect(
        found.map((g) => g.firstName),
        query,
      ).toEqual(['Anne-Sophie']);
    }
    for (const query of ['06 12 34 56 78', '0612345678', '+33 6 12 34 56 78', '0033612345678']) {
      const found = await h.okCall('console.searchGuardians', { query }, CONSOLE);
      expect(
        found.map((g) => g.guardianId),
        query,
      ).toEqual([family.patrick]);
    }
    // Not tolerant of another number, nor of other letters.
    expect(await h.okCall('console.searchGuardians', { query: '06 12 34 56 79' }, CONSOLE)).toEqual(
      [],
    );
    expect(await h.okCall('console.searchGuardians', { query: 'dupond' }, CONSOLE)).toEqual([]);
  });

  it('finds a guardian by the mobile recorded at the desk, and says it was recorded there', async () => {
    const sylvie = h.roster.guardian({
      familyName: 'MOREAU',
      firstName: 'Sylvie',
      mobileE164: null,
    });
    h.roster.link(sylvie, family.lea);
    await h.okCall(
      'console.recordMobile',
      { guardianId: sylvie, mobile: '07 68 12 34 90' },
      CONSOLE,
    );
    for (const query of ['07 68 12 34 90', '0768123490', '+33 7 68 12 34 90']) {
      expect(await h.okCall('console.searchGuardians', { query }, CONSOLE), query).toEqual([
        expect.objectContaining({
          guardianId: sylvie,
          maskedMobile: null,
          maskedDeskMobile: '07 •• •• •• 90',
        }),
      ]);
    }
    // By name too, the list shows the number given at the desk; the export's stays apart.
    const [byName] = await h.okCall('console.searchGuardians', { query: 'moreau' }, CONSOLE);
    expect(byName?.maskedDeskMobile).toBe('07 •• •• •• 90');
    const [patrick] = await h.okCall('console.searchGuardians', { query: 'dupont' }, CONSOLE);
    expect(patrick).toMatchObject({ maskedMobile: '06 •• •• •• 78', maskedDeskMobile: null });
    // A correction a later export replaced is no longer the guardian's number.
    h.db
      .prepare("UPDATE guardian_mobile_corrections SET status = 'superseded' WHERE guardian_id = ?")
      .run(sylvie);
    expect(await h.okCall('console.searchGuardians', { query: '07 68 12 34 90' }, CONSOLE)).toEqual(
      [],
    );
  });

  it('S-KIOSK-3: phones come back masked, and the search is audited without the typed text', async () => {
    const [patrick] = await h.okCall('console.searchGuardians', { query: '0612345678' }, CONSOLE);
    expect(patrick?.maskedMobile).toBe('06 •• •• •• 78');
    const search = auditRows(h).find((row) => row.action === 'console.guardian-search');
    expect(search).toEqual({
      actor: `staff:${staffId}`,
      action: 'console.guardian-search',
      guardian_id: null,
      details: JSON.stringify({ results: 1 }),
    });
  });
});

describe("a guardian's page", () => {
  it('shows the children, "not activated", then "activated" with the date, flows and SMS (never codes)', async () => {
    const before = await h.okCall(
      'console.guardianDetail',
      { guardianId: family.patrick },
      CONSOLE,
    );
    expect(before.status).toMatchObject({ activatedAt: null, lockedAt: null, disabledAt: null });
    expect(before.children.map((c) => [c.firstName, c.className, c.legalLevel, c.linked])).toEqual([
      ['Hugo', '4B', 1, false],
      ['Léa', '6A', 1, false],
    ]);

    const identifier = await activateFully(
      h,
      PATRICK_IDENTITY,
      DUPONT_BIRTH_DATES,
      PARENT_PASSWORD,
      'parent',
    );
    const after = await h.okCall('console.guardianDetail', { guardianId: family.patrick }, CONSOLE);
    expect(after.status.activatedAt).toBe(h.clock.now().toISOString());
    expect(after.status.identifier).toBe(identifier);
    expect(after.children.every((c) => c.linked)).toBe(true);
    expect(after.children.every((c) => c.enrolled)).toBe(true);
    expect(after.recentFlows).toEqual([
      { startedAt: expect.any(String), state: 'done', endedReason: null },
    ]);
    expect(after.recentSms).toEqual([
      { at: expect.any(String), purpose: 'activation-code', status: 'accepted' },
    ]);
    const code = /est (\d{6})\./u.exec(h.sms.sent[0]?.text ?? '')?.[1];
    expect(code).toMatch(/^\d{6}$/u);
    expect(JSON.stringify(after)).not.toContain(code);
    expect(auditRows(h).filter((r) => r.action === 'console.guardian-viewed')).toHaveLength(2);
  });

  it('refuses an unknown guardian', async () => {
    expect(await h.call('console.guardianDetail', { guardianId: 99999 }, CONSOLE)).toMatchObject({
      error: { code: 'GUARDIAN_NOT_FOUND' },
    });
  });
});

describe('unlock (S-RATE-1)', () => {
  it('unlocks a locked guardian, who can then activate; audited with the staff member and the guardian', async () => {
    h.db
      .prepare('UPDATE guardians SET locked_at = ?, failed_secret_count = 100 WHERE id = ?')
      .run(h.clock.now().toISOString(), family.patrick);
    const locked = await h.okCall(
      'console.guardianDetail',
      { guardianId: family.patrick },
      CONSOLE,
    );
    expect(locked.status.lockedAt).not.toBeNull();
    // Locked: the kiosk sends no code (and says only the seed's mismatch message, S-ENUM-1).
    const { flowId } = await h.okCall('activation.start', {}, 'parent');
    await h.okCall('activation.submitIdentity', { flowId, ...PATRICK_IDENTITY }, 'parent');
    expect(await h.call('activation.confirmSend', { flowId }, 'parent')).toMatchObject({
      ok: false,
      error: { code: 'IDENTITY_MISMATCH' },
    });
    expect(h.sms.sent).toHaveLength(0);

    const unlocked = await h.okCall(
      'console.unlockGuardian',
      { guardianId: family.patrick },
      CONSOLE,
    );
    expect(unlocked.status).toMatchObject({ lockedAt: null, failedSecrets: 0 });
    await activateFully(h, PATRICK_IDENTITY, DUPONT_BIRTH_DATES, PARENT_PASSWORD, 'parent-2');

    const unlock = auditRows(h).filter((row) => row.action === 'guardian.unlocked');
    expect(unlock).toEqual([
      {
        actor: `staff:${staffId}`,
        action: 'guardian.unlocked',
        guardian_id: family.patrick,
        details: null,
      },
    ]);
    const events = h.db
      .prepare("SELECT count(*) AS n FROM events WHERE type = 'guardian.unlocked'")
      .get();
    expect(events).toEqual({ n: 1 });
  });

  it('refuses to unlock a guardian who is not locked, and writes nothing', async () => {
    const before = auditRows(h).length;
    expect(
      await h.call('console.unlockGuardian', { guardianId: family.patrick }, CONSOLE),
    ).toMatchObject({
      error: { code: 'GUARDIAN_NOT_LOCKED' },
    });
    expect(auditRows(h)).toHaveLength(before);
  });
});

describe('wrong-link reports', () => {
  async function reportHugo(): Promise<string> {
    const { flowId, children } = await reachChildrenStep(h, 'parent');
    await h.okCall(
      'activation.answerChild',
      { flowId, childKey: childNamed(children, 'Hugo').childKey, isLegalGuardian: false },
      'parent',
    );
    const [report] = await h.okCall('console.wrongLinkReports', { includeHandled: false }, CONSOLE);
    if (!report) throw new Error('no report');
    return report.reportId;
  }

  it('lists a "non" answer, marks it handled with a comment once, audited', async () => {
    const reportId = await reportHugo();
    const open = await h.okCall('console.wrongLinkReports', { includeHandled: false }, CONSOLE);
    expect(open).toEqual([
      expect.objectContaining({
        guardianName: 'DUPONT Patrick',
        studentName: 'DUPONT Hugo',
        className: '4B',
        handledAt: null,
      }),
    ]);
    expect(
      await h.call('console.handleWrongLinkReport', { reportId, comment: '  ' }, CONSOLE),
    ).toMatchObject({
      error: { code: 'COMMENT_REQUIRED' },
    });
    const handled = await h.okCall(
      'console.handleWrongLinkReport',
      { reportId, comment: 'Appel au père : lien corrigé dans SIECLE.' },
      CONSOLE,
    );
    expect(handled).toMatchObject({
      handledBy: STAFF_NAME,
      comment: 'Appel au père : lien corrigé dans SIECLE.',
    });
    expect(await h.okCall('console.wrongLinkReports', { includeHandled: false }, CONSOLE)).toEqual(
      [],
    );
    expect(
      await h.okCall('console.wrongLinkReports', { includeHandled: true }, CONSOLE),
    ).toHaveLength(1);
    expect(
      await h.call('console.handleWrongLinkReport', { reportId, comment: 'encore' }, CONSOLE),
    ).toMatchObject({ error: { code: 'REPORT_ALREADY_HANDLED' } });
    expect(auditRows(h).filter((row) => row.action === 'wrong-link.handled')).toEqual([
      {
        actor: `staff:${staffId}`,
        action: 'wrong-link.handled',
        guardian_id: family.patrick,
        details: JSON.stringify({ reportId }),
      },
    ]);
  });

  it('names the child of the report on both audit rows (reported, handled), with the guardian to open', async () => {
    const reportId = await reportHugo();
    await h.okCall(
      'console.handleWrongLinkReport',
      { reportId, comment: 'Lien corrigé dans SIECLE.' },
      CONSOLE,
    );
    const log = await h.okCall('console.auditLog', {}, CONSOLE);
    const rows = log.entries.filter((entry) => entry.action.startsWith('wrong-link.'));
    // Both rows name the child; their order on the page is not what this checks (the report's
    // row and the handling's row can carry timestamps from different moments of the test).
    const named = rows.map((row) => [row.action, row.studentName, row.guardianId]);
    expect(named).toHaveLength(2);
    expect(named).toEqual(
      expect.arrayContaining([
        ['wrong-link.handled', 'DUPONT Hugo', family.patrick],
        ['wrong-link.reported', 'DUPONT Hugo', family.patrick],
      ]),
    );
    // Any other row names no child.
    const others = log.entries.filter((entry) => !entry.action.startsWith('wrong-link.'));
    expect(others.map((entry) => entry.studentName)).toEqual(others.map(() => null));
  });
});

describe('audit log view and CSV', () => {
  it('filters by action, actor, guardian and date range; names the staff member', async () => {
    h.db
      .prepare('UPDATE guardians SET locked_at = ?, failed_secret_count = 100 WHERE id = ?')
      .run(h.clock.now().toISOString(), family.patrick);
    const start = h.clock.now();
    h.clock.advanceSeconds(60);
    await h.okCall('console.unlockGuardian', { guardianId: family.patrick }, CONSOLE);

    const byAction = await h.okCall('console.auditLog', { action: 'guardian.unlocked' }, CONSOLE);
    expect(byAction.total).toBe(1);
    expect(byAction.entries[0]).toMatchObject({
      actorLabel: STAFF_NAME,
      guardianId: family.patrick,
      guardianName: 'DUPONT Patrick',
    });
    expect(byAction.actions).toEqual(
      expect.arrayContaining(['staff.created', 'guardian.unlocked']),
    );
    expect(byAction.actors).toEqual([{ actor: `staff:${staffId}`, label: STAFF_NAME }]);

    const beforeUnlock = await h.okCall(
      'console.auditLog',
      { to: new Date(start.getTime() + 1000).toISOString() },
      CONSOLE,
    );
    expect(beforeUnlock.entries.map((e) => e.action).sort()).toEqual([
      'staff.created',
      'staff.login',
    ]);
    const afterStart = await h.okCall(
      'console.auditLog',
      { from: new Date(start.getTime() + 1000).toISOString() },
      CONSOLE,
    );
    expect(afterStart.entries.map((e) => e.action)).toEqual(['guardian.unlocked']);
    expect(
      (await h.okCall('console.auditLog', { guardianId: family.patrick }, CONSOLE)).total,
    ).toBe(1);
    expect((await h.okCall('console.auditLog', { actor: 'kiosk' }, CONSOLE)).total).toBe(0);
    expect(
      await h.call(
        'console.auditLog',
        { from: afterStart.entries[0]?.at ?? '', to: start.toISOString() },
        CONSOLE,
      ),
    ).toMatchObject({ error: { code: 'AUDIT_FILTER_INVALID' } });
  });

  it('exports the filtered entries as CSV a French spreadsheet opens, formulas neutralised, and audits the export', async () => {
    h.roster.guardian({ familyName: '=HYPERLINK("x")', firstName: 'Eve', mobileE164: null });
    const [eve] = await h.okCall('console.searchGuardians', { query: 'hyperlink' }, CONSOLE);
    await h.okCall('console.guardianDetail', { guardianId: eve?.guardianId ?? 0 }, CONSOLE);

    const file = await h.okCall(
      'console.auditExport',
      { action: 'console.guardian-viewed' },
      CONSOLE,
    );
    expect(file.fileName).toBe(`journal-audit-${h.clock.now().toISOString().slice(0, 10)}.csv`);
    expect(file.rows).toBe(1);
    const lines = file.csv
      .replace(/^\uFEFF/u, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('date;acteur;action;representant_id;representant;details');
    expect(lines[1]).toBe(
      `${h.clock.now().toISOString()};${STAFF_NAME};console.guardian-viewed;${eve?.guardianId};"'=HYPERLINK(""x"") Eve";`,
    );
    expect(file.csv.startsWith('\uFEFF')).toBe(true);
    expect(auditRows(h).at(-1)).toMatchObject({ action: 'console.audit-exported' });
  });
});

describe('a guardian page with a child who left the school', () => {
  it('marks the child who left (DATE_SORTIE) as not enrolled, so the desk can tell', async () => {
    const leaver = h.roster.student({
      firstName: 'Noël',
      birthDate: '2011-11-03',
      className: '3E1',
    });
    h.db.prepare('UPDATE students SET enrolled = 0 WHERE id = ?').run(leaver);
    h.roster.link(family.patrick, leaver);

    const detail = await h.okCall(
      'console.guardianDetail',
      { guardianId: family.patrick },
      CONSOLE,
    );
    expect(detail.children.map((c) => [c.firstName, c.enrolled])).toEqual([
      ['Hugo', true],
      ['Léa', true],
      ['Noël', false],
    ]);
  });
});

describe('activation dashboard', () => {
  it('counts legal guardians activated per class and lists the families still to reach', async () => {
    const mother = h.roster.guardian({
      familyName: 'DUPONT',
      firstName: 'Claire',
      mobileE164: null,
    });
    h.roster.link(mother, family.lea);
    const grandfather = h.roster.guardian({
      familyName: 'MARTIN',
      firstName: 'Paul',
      mobileE164: null,
    });
    h.roster.link(grandfather, family.lea, 2); // not a legal guardian: not counted

    const before = await h.okCall('console.dashboard', {}, CONSOLE);
    expect(before).toMatchObject({ legalGuardians: 2, activated: 0 });

    await activateFully(h, PATRICK_IDENTITY, DUPONT_BIRTH_DATES, PARENT_PASSWORD, 'parent');
    const after = await h.okCall('console.dashboard', {}, CONSOLE);
    expect(after.legalGuardians).toBe(2);
    expect(after.activated).toBe(1);
    expect(after.classes).toEqual([
      { className: '4B', legalGuardians: 1, activated: 1, pendingFamilies: [] },
      {
        className: '6A',
        legalGuardians: 2,
        activated: 1,
        pendingFamilies: [{ student: 'DUPONT Léa', guardians: ['DUPONT Claire'] }],
      },
    ]);
  });

  it('counts a child as reached only through a confirmed link: a guardian who answered "Non" leaves that family to reach', async () => {
    const { flowId, children } = await reachChildrenStep(h, 'parent');
    await h.okCall(
      'activation.answerChild',
      { flowId, childKey: childNamed(children, 'Hugo').childKey, isLegalGuardian: false },
      'parent',
    );
    await h.okCall(
      'activation.answerChild',
      {
        flowId,
        childKey: childNamed(children, 'Léa').childKey,
        isLegalGuardian: true,
        birthDate: DUPONT_BIRTH_DATES.Léa,
      },
      'parent',
    );
    await h.okCall('activation.continueToIdentifier', { flowId }, 'parent');
    await h.okCall('activation.acknowledgeIdentifier', { flowId }, 'parent');
    await h.okCall(
      'activation.setPassword',
      { flowId, password: PARENT_PASSWORD, confirmation: PARENT_PASSWORD },
      'parent',
    );

    const dashboard = await h.okCall('console.dashboard', {}, CONSOLE);
    expect(dashboard).toMatchObject({ legalGuardians: 1, activated: 1 });
    expect(dashboard.classes).toEqual([
      {
        className: '4B',
        legalGuardians: 1,
        activated: 0,
        pendingFamilies: [{ student: 'DUPONT Hugo', guardians: ['DUPONT Patrick'] }],
      },
      { className: '6A', legalGuardians: 1, activated: 1, pendingFamilies: [] },
    ]);
  });

  it('leaves out students who left the school (DATE_SORTIE) and their families: they cannot activate through them', async () => {
    const leaver = h.roster.student({
      firstName: 'Noël',
      birthDate: '2011-11-03',
      className: '3E1',
    });
    h.db.prepare('UPDATE students SET enrolled = 0 WHERE id = ?').run(leaver);
    const leaversMother = h.roster.guardian({
      familyName: 'BÉRANGER',
      firstName: 'Hélène',
      mobileE164: null,
    });
    h.roster.link(leaversMother, leaver);
    h.roster.link(family.patrick, leaver);

    const dashboard = await h.okCall('console.dashboard', {}, CONSOLE);
    expect(dashboard).toMatchObject({ legalGuardians: 1, activated: 0 });
    expect(dashboard.classes.map((c) => c.className)).toEqual(['4B', '6A']);
  });
});
