// Thrown by a push handler that finds an event it must not apply (an id of another school, an
// impossible state): the whole batch rolls back and the kiosk is answered `bad-request`.
export class PushRefusedError extends Error {}
