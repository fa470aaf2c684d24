/*
 * Jobalyq: the webapps in Kazakh, Russian or English.
 * The webapps pick the browser's first language; a user who wants another one chooses it here.
 * The choice is kept in this browser (localStorage) and applied before the app starts.
 */
const STORAGE_KEY = 'jobalyq.locale';
/** The server serves forms, task names and messages in this language (kz.jobalyq.system.i18n.UserLanguage). */
const COOKIE = 'jobalyq-lang';
const CHOICES = [
  ['kk', 'Қазақша'],
  ['ru', 'Русский'],
  ['en', 'English']
];

export const locales = {
  availableLocales: ['kk', 'ru', 'en', 'de'],
  fallbackLocale: 'en'
};

function storedChoice() {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch (e) {
    return null;
  }
}

const chosen = storedChoice();
if (chosen && locales.availableLocales.includes(chosen)) {
  // The apps read navigator.languages[0] once at start-up (angular-translate's preferred language).
  try {
    Object.defineProperty(window.navigator, 'languages', {get: () => [chosen], configurable: true});
    Object.defineProperty(window.navigator, 'language', {get: () => chosen, configurable: true});
  } catch (e) {
    // A browser that refuses the override keeps its own language.
  }
}

/** The language the webapps speak: kk, ru or en. */
export function currentLanguage() {
  const nav = window.navigator;
  const first = ((nav.languages && nav.languages[0]) || nav.language || 'en').split('-')[0].toLowerCase();
  return CHOICES.some(([code]) => code === first) ? first : 'en';
}

function newPicker() {
  const select = document.createElement('select');
  select.id = 'jobalyq-language';
  select.setAttribute('aria-label', 'Тіл / Язык / Language');
  select.title = 'Тіл / Язык / Language';
  select.style.cssText = 'margin-left:12px;font-size:12px;padding:0 4px;border:1px solid #ccc;'
    + 'border-radius:3px;background:#fff;vertical-align:middle';
  CHOICES.forEach(([code, label]) => {
    const option = document.createElement('option');
    option.value = code;
    option.textContent = label;
    select.appendChild(option);
  });
  select.value = currentLanguage();
  select.addEventListener('change', () => {
    try {
      window.localStorage.setItem(STORAGE_KEY, select.value);
    } catch (e) {
      // Private mode: the choice lasts for this page only.
    }
    tellServer(select.value);
    window.location.reload();
  });
  return select;
}

/** Forms, task names and messages come from the server in the chosen language: it reads this cookie. */
function tellServer(language) {
  const served = language === 'ru' ? 'ru' : 'kk';
  document.cookie = COOKIE + '=' + served + '; path=/; max-age=31536000; SameSite=Lax';
}

// Keep the server in step with the language the app shows (also for a browser whose language picked it).
tellServer(currentLanguage());

/**
 * The picker sits in the webapp's footer, in the flow of the page, so it never covers a button
 * (such as Tasklist's "Complete" at the bottom right). The footer's content is drawn (and may be
 * redrawn) by the app after start-up, so the picker is put back whenever it is missing.
 */
function addPicker() {
  const place = () => {
    if (document.getElementById('jobalyq-language')) {
      return;
    }
    // Camunda's footer row: "Based on Camunda Platform / v7.x" on its right; the picker follows that text.
    const spot = document.querySelector('footer .row > div:last-child');
    if (spot) {
      spot.appendChild(newPicker());
    }
  };
  place();
  new MutationObserver(place).observe(document.body, {childList: true, subtree: true});
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', addPicker);
} else {
  addPicker();
}
