// How much one request may carry. The largest is a push whose roster snapshot lists a big
// school: a 20,000-guardian roster with its pupils and links measures about 8 MB of JSON
// (tests/hub/hub-http.test.ts measures it), so 32 MiB leaves room for long names and a full
// batch, and still stops a body meant to exhaust the hub's memory.
export const MAX_REQUEST_BODY_BYTES = 32 * 1024 * 1024;
