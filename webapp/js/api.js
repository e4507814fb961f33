// Fetch wrapper for the REST API under /api. JSON in, JSON out; errors
// (RFC 9457 problem+json or anything else) become a thrown ApiError.
import { getLanguage } from './i18n.js';

const CSRF_COOKIE = 'PILOTNETZ_CSRF';
const CSRF_HEADER = 'X-CSRF-Token';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class ApiError extends Error {
  /**
   * status 0 means the server was not reached (network error).
   * errors: [{field, message}] from a validation problem, else [].
   */
  constructor({ status, title = '', detail = '', errors = [], type = 'about:blank', body = null }) {
    super(detail || title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
    this.type = type;
    this.body = body;
  }

  /** Message for the field named, from problem.errors, or undefined. */
  fieldError(field) {
    return this.errors.find((e) => e.field === field)?.message;
  }
}

function readCookie(name) {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

async function toApiError(res) {
  const type = res.headers.get('Content-Type') || '';
  let problem = {};
  if (type.includes('json')) {
    try {
      problem = await res.json();
    } catch {
      problem = {};
    }
  }
  return new ApiError({
    status: res.status,
    title: problem.title || res.statusText,
    detail: problem.detail || '',
    errors: Array.isArray(problem.errors) ? problem.errors : [],
    type: problem.type || 'about:blank',
    body: problem,
  });
}

/**
 * api('/api/cases/42', {method: 'PUT', body: {...}, headers: {'If-Match': '"3"'}})
 * Resolves with the parsed JSON body, or null for 204 / empty bodies.
 */
export async function api(path, { method = 'GET', body, headers = {}, signal } = {}) {
  method = method.toUpperCase();
  const sent = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': getLanguage(),
    ...headers,
  };
  if (body !== undefined) sent['Content-Type'] = 'application/json';
  if (UNSAFE_METHODS.has(method)) {
    const token = readCookie(CSRF_COOKIE);
    if (token) sent[CSRF_HEADER] = token;
  }

  let res;
  try {
    res = await fetch(path, {
      method,
      headers: sent,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError({ status: 0, title: 'Network error', detail: e.message });
  }

  if (!res.ok) throw await toApiError(res);
  if (res.status === 204) return null;
  const text = await res.text();
  if (!text) return null;
  if ((res.headers.get('Content-Type') || '').includes('json')) return JSON.parse(text);
  return text;
}

export const get = (path, options) => api(path, { ...options, method: 'GET' });
export const post = (path, body, options) => api(path, { ...options, method: 'POST', body });
export const put = (path, body, options) => api(path, { ...options, method: 'PUT', body });
export const patch = (path, body, options) => api(path, { ...options, method: 'PATCH', body });
export const del = (path, options) => api(path, { ...options, method: 'DELETE' });

/**
 * upload('/api/cases/42/attachments', formData): multipart POST with the CSRF header.
 * Resolves with the parsed JSON answer; errors as ApiError.
 */
export async function upload(path, formData) {
  const headers = { Accept: 'application/json, application/problem+json', 'Accept-Language': getLanguage() };
  const token = readCookie(CSRF_COOKIE);
  if (token) headers[CSRF_HEADER] = token;
  let res;
  try {
    res = await fetch(path, { method: 'POST', headers, body: formData, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError({ status: 0, title: 'Network error', detail: e.message });
  }
  if (!res.ok) throw await toApiError(res);
  return res.json();
}
