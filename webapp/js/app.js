// Entry point: translations first, then the frame, then the first view.
// The session check runs last and does not block: without an API the shell
// works as signed out.
import { initI18n, onLanguageChange } from './i18n.js';
import { startRouter, rerender } from './router.js';
import { refreshSession } from './session.js';
import { setupHeader } from './header.js';
import { setupBell } from './bell.js';
import './views/index.js';

async function boot() {
  await initI18n();
  setupHeader();
  setupBell();
  onLanguageChange(() => rerender());
  await startRouter(document.getElementById('main'), document.getElementById('route-announcer'));
  await refreshSession();
}

boot().catch((e) => console.error('Pilotnetz failed to start', e));
