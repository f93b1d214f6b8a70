/**
 * What a kiosk session holds, for a host choosing which page's session gives way when its
 * table is full: a staff (console) login never does; a parent's visit (an open flow or a
 * login) only after every session holding nothing.
 */
export type SessionHolding = 'staff-login' | 'parent-visit' | 'nothing';
