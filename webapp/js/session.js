// Who is signed in, as the server says via GET /api/me. Nothing is stored in
// the browser: the session cookie is the server's business.
import { get } from './api.js';

const listeners = new Set();
let member = null;

/** The signed-in member ({displayName, ...}) or null. */
export function currentMember() {
  return member;
}

/**
 * Asks the server again. Any failure (401, 404 because the API is not
 * deployed, network error) counts as signed out, so the shell always works.
 */
export async function refreshSession() {
  let next = null;
  try {
    const me = await get('/api/me');
    next = me && typeof me === 'object' && me.displayName ? me : null;
  } catch {
    next = null;
  }
  member = next;
  for (const fn of listeners) fn(member);
  return member;
}

export function onSessionChange(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
