import { describe, expect, it } from 'vitest';
import { auditLogCsv, csvField } from '../../../main/staff/audit-log-csv';
import { parseSearchQuery } from '../../../main/staff/guardian-search';

describe('the console search box (S-ENUM-2)', () => {
  it('reads a phone number in any usual form as that number', () => {
    for (const typed of [
      '06 12 34 56 78',
      '06.12.34.56.78',
      '+33612345678',
      '0033 6 12 34 56 78',
    ]) {
      expect(parseSearchQuery(typed), typed).toEqual({
        kind: 'number',
        e164: '+33612345678',
        sourceId: null,
      });
    }
  });

  it('reads digits alone, or as an import problem shows them, as the export’s PERSONNE_ID too', () => {
    for (const typed of ['5200005', ' PERSONNE_ID=5200005 ', 'personne_id = 5200005']) {
      expect(parseSearchQuery(typed), typed).toEqual({
        kind: 'number',
        e164: null,
        sourceId: '5200005',
      });
    }
    // Digits that also read as a phone number look for both.
    expect(parseSearchQuery('0612345678')).toEqual({
      kind: 'number',
      e164: '+33612345678',
      sourceId: '0612345678',
    });
  });

  it('reads anything else as name words, folded and compacted', () => {
    expect(parseSearchQuery("  Le-Gall  d'Arc ")).toEqual({
      kind: 'name',
      words: ['le', 'gall', 'd', 'arc'],
    });
    expect(parseSearchQuery('Hélène 2')).toEqual({ kind: 'name', words: ['helene', '2'] });
    expect(parseSearchQuery('   ')).toBeNull();
  });
});

describe('the audit CSV', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('dit "non"')).toBe('"dit ""non"""');
    expect(csvField('ligne\nsuivante')).toBe('"ligne\nsuivante"');
    expect(csvField(null)).toBe('');
    expect(csvField(42)).toBe('42');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const text of ['=1+1', '+33612', '-2', '@SUM(A1)']) {
      expect(csvField(text).startsWith("'"), text).toBe(true);
    }
  });

  it('writes a header, one line per entry (CRLF) and a BOM', () => {
    const csv = auditLogCsv([
      {
        id: 'x',
        at: '2026-12-02T08:00:00.000Z',
        actor: 'kiosk',
        actorLabel: 'kiosk',
        action: 'guardian.locked',
        guardianId: 7,
        guardianName: 'DUPONT Patrick',
        studentName: null,
        details: '{"failedSecrets":100}',
      },
    ]);
    expect(csv).toBe(
      '\uFEFFdate;acteur;action;representant_id;representant;details\r\n' +
        '2026-12-02T08:00:00.000Z;kiosk;guardian.locked;7;DUPONT Patrick;"{""failedSecrets"":100}"\r\n',
    );
  });
});
