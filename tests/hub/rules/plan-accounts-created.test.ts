// The in-memory decisions of a push's activations (hub/rules/plan-accounts-created.ts), for the
// cases the convergence tests reach only by chance: which kept account a newcomer yields to.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  planAccountsCreated,
  type AccountsCreatedState,
} from '../../../hub/rules/plan-accounts-created';
import { accountCreatedChange } from './account-created-change';

const SCHOOL = '0750001A';
const KIOSK = { id: randomUUID(), schoolUai: SCHOOL, number: 3 };

const account = (identifier: string, ...guardianIds: string[]) =>
  accountCreatedChange(identifier, guardianIds, SCHOOL);

/** g1 kept by X (patrick.dupont1, version 5), g2 by Y (patrick.dupont2, version 9); both reserved. */
function stateWithTwoKept(): { state: AccountsCreatedState; x: string; y: string } {
  const x = randomUUID();
  const y = randomUUID();
  return {
    x,
    y,
    state: {
      keptByGuardian: new Map([
        ['g1', { accountId: x, identifier: 'patrick.dupont1', guardianSourceId: 'g1', order: 5 }],
        ['g2', { accountId: y, identifier: 'patrick.dupont2', guardianSourceId: 'g2', order: 9 }],
      ]),
      identifierHolders: new Map([
        ['patrick.dupont1', { schoolUai: SCHOOL, guardianSourceId: 'g1', accountId: x }],
        ['patrick.dupont2', { schoolUai: SCHOOL, guardianSourceId: 'g2', accountId: y }],
      ]),
    },
  };
}

const types = (plan: ReturnType<typeof planAccountsCreated>) =>
  plan.changes.map((c) => c.change.type);

describe("a newcomer whose guardians already have accounts on the hub (sync.md 'Conflicts')", () => {
  it('yields to the account holding its own identifier, and is then never served as an account', () => {
    const { state, y } = stateWithTwoKept();
    const plan = planAccountsCreated(KIOSK, [account('patrick.dupont2', 'g1', 'g2')], state);
    expect(types(plan)).toEqual(['account.retired', 'conflict.recorded']);
    expect(plan.changes[0]?.change).toMatchObject({ keptAccountId: y });
    expect(plan.identifierClaims).toEqual([]);
  });

  it('otherwise yields to the first account in hub order, keeping its own identifier claimed', () => {
    const { state, x } = stateWithTwoKept();
    const own = `patrick.dupont${3 * 10_000 + 1}`;
    const plan = planAccountsCreated(KIOSK, [account(own, 'g2', 'g1')], state);
    expect(types(plan)).toEqual(['account.created', 'account.retired', 'conflict.recorded']);
    expect(plan.changes[1]?.change).toMatchObject({ keptAccountId: x });
    expect(plan.identifierClaims).toMatchObject([{ kind: 'new', identifier: own }]);
    expect(plan.guardiansKept).toEqual([]);
  });

  it('keeps the first of two accounts of one batch for a new guardian, the decisions in seq order', () => {
    const state: AccountsCreatedState = { keptByGuardian: new Map(), identifierHolders: new Map() };
    const first = account(`patrick.dupont${3 * 10_000 + 1}`, 'g7');
    const second = account(`patrick.dupont${3 * 10_000 + 2}`, 'g7');
    const plan = planAccountsCreated(KIOSK, [first, second], state);
    expect(types(plan)).toEqual([
      'account.created',
      'account.created',
      'account.retired',
      'conflict.recorded',
    ]);
    expect(plan.guardiansKept).toEqual([
      {
        guardianSourceId: 'g7',
        accountId: first.accountId,
        identifier: first.identifier,
        changeIndex: 0,
      },
    ]);
  });
});
