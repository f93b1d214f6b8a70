// The channel names alone, without their schemas, so the sandboxed preload can check the
// allow-list without bundling zod. ipc-contract.ts proves at compile time that this list and
// the contract's keys are the same set.
export const CHANNELS = [
  'kiosk.status',
  'activation.start',
  'activation.submitIdentity',
  'activation.back',
  'activation.confirmSend',
  'activation.resendCode',
  'activation.submitCode',
  'activation.answerChild',
  'activation.continueToIdentifier',
  'activation.acknowledgeIdentifier',
  'activation.setPassword',
  'activation.abandon',
  'login.submit',
  'account.view',
  'account.logout',
  'account.changePassword',
  'recovery.start',
  'recovery.submitIdentity',
  'recovery.back',
  'recovery.confirmSend',
  'recovery.resendCode',
  'recovery.submitCode',
  'recovery.submitBirthDate',
  'recovery.setPassword',
  'recovery.abandon',
  'session.reset',
  'visit.language',
  'demo.inbox',
  'ticket.printing',
  'ticket.print',
  'console.recordMobile',
  'console.mobileCorrections',
  'console.issueIdentifier',
  'console.saveLetterPdf',
  'console.settings',
  'console.saveSettings',
  'console.smsSettings',
  'console.setSmsSecret',
  'console.deleteSmsSecret',
  'console.sendTestSms',
  'console.status',
  'console.createFirstStaff',
  'console.login',
  'console.logout',
  'console.searchGuardians',
  'console.guardianDetail',
  'console.unlockGuardian',
  'console.wrongLinkReports',
  'console.handleWrongLinkReport',
  'console.auditLog',
  'console.auditExport',
  'console.dashboard',
  'console.staffAccounts',
  'console.createStaff',
  'console.setStaffDisabled',
  'console.resetStaffPassword',
  'console.changeOwnPassword',
  'console.importUpload',
  'console.importPreview',
  'console.importApply',
  'console.importCancel',
] as const;

export type ChannelName = (typeof CHANNELS)[number];

const CHANNEL_SET: ReadonlySet<string> = new Set(CHANNELS);

export const isChannel = (name: unknown): name is ChannelName =>
  typeof name === 'string' && CHANNEL_SET.has(name);

/** IPC channel names are prefixed so they cannot collide with Electron's own. */
export const ipcChannelName = (channel: ChannelName): string => `kiosk:${channel}`;
