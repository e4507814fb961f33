// THE place where views are registered. To add a feature view:
//   1. write js/views/<name>.js exporting render(container, params)
//   2. add one registerView line here (nav: an i18n key puts it in the main navigation)
//   3. add its strings to i18n/de.json and i18n/en.json
import { registerView, registerNotFound } from '../router.js';

registerView('', () => import('./home.js'));
registerView('faelle', () => import('./faelle.js'), { nav: 'nav.cases' });
registerView('fragen', () => import('./fragen.js'), { nav: 'nav.questions' });
registerView('chat', () => import('./chat.js'), { nav: 'nav.chat' });
registerView('mitglieder', () => import('./mitglieder.js'), { nav: 'nav.members' });
registerView('benachrichtigungen', () => import('./benachrichtigungen.js'));
registerView('moderation', () => import('./moderation.js'));
registerView('suche', () => import('./suche.js'));
registerView('login', () => import('./login.js'));
registerView('passwort-vergessen', () => import('./passwort-vergessen.js'));
registerView('passwort-neu', () => import('./passwort-neu.js'));
registerView('einladung', () => import('./einladung.js'));
registerView('profil', () => import('./profil.js'));
registerView('kommunen', () => import('./kommunen.js'));
registerView('admin', () => import('./admin.js'));
registerView('impressum', () => import('./impressum.js'));
registerView('datenschutz', () => import('./datenschutz.js'));
registerView('barrierefreiheit', () => import('./barrierefreiheit.js'));
registerNotFound(() => import('./notfound.js'));
