// Our pages in the language the person works in, Kazakh or Russian: the same choice as the webapps' footer. The
// server reads the cookie jobalyq-lang for its messages (kz.jobalyq.system.i18n.UserLanguage), the webapps read
// localStorage jobalyq.locale (app/jobalyq-language.js); a choice made here sets both, so Tasklist follows it.
// Loaded in <head>, before the page is drawn, so the other language never flashes.
//
// Markup: <span lang="kk">…</span><span lang="ru">…</span> pairs, the other language hidden; data-ru="…" on an
// element holding text only (a button, an option, the title) replaces its text; data-ru-placeholder,
// data-ru-title, data-ru-aria-label replace that attribute. Scripts write JobalyqLanguage.text(kk, ru).
'use strict';
window.JobalyqLanguage = (function () {
  const COOKIE = 'jobalyq-lang';
  const STORAGE_KEY = 'jobalyq.locale';
  const CHOICES = [['kk', 'Қазақша'], ['ru', 'Русский']];
  const ATTRIBUTES = ['placeholder', 'title', 'aria-label'];

  function fromCookie() {
    const match = document.cookie.match(/(?:^|;\s*)jobalyq-lang=([a-z]+)/);
    return match && (match[1] === 'ru' || match[1] === 'kk') ? match[1] : null;
  }

  // The webapps also offer English, which our pages and the server answer in Kazakh.
  function fromStorage() {
    try {
      const stored = window.localStorage.getItem(STORAGE_KEY);
      return stored ? (stored === 'ru' ? 'ru' : 'kk') : null;
    } catch (e) {
      return null;
    }
  }

  // As the server reads Accept-Language: the first of Kazakh or Russian the browser lists.
  function fromBrowser() {
    const languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (const language of languages) {
      const code = String(language || '').split('-')[0].toLowerCase();
      if (code === 'kk' || code === 'ru') {
        return code;
      }
    }
    return null;
  }

  function remember(language) {
    document.cookie = COOKIE + '=' + language + '; path=/; max-age=31536000; SameSite=Lax';
  }

  const current = fromCookie() || fromStorage() || fromBrowser() || 'kk';
  // The server answers this page's calls in the language the page shows.
  remember(current);
  document.documentElement.lang = current;
  const hide = document.createElement('style');
  hide.textContent = 'html[lang="kk"] [lang="ru"], html[lang="ru"] [lang="kk"] { display: none !important; }';
  document.head.appendChild(hide);

  function text(kk, ru) {
    return current === 'ru' ? ru : kk;
  }

  // The page's fixed texts with a Russian attribute: read once the page is parsed.
  function translate(root) {
    if (current !== 'ru') {
      return;
    }
    root.querySelectorAll('[data-ru]').forEach(element => {
      element.textContent = element.getAttribute('data-ru');
    });
    for (const attribute of ATTRIBUTES) {
      root.querySelectorAll('[data-ru-' + attribute + ']').forEach(element => {
        element.setAttribute(attribute, element.getAttribute('data-ru-' + attribute));
      });
    }
  }

  function choose(language) {
    try {
      window.localStorage.setItem(STORAGE_KEY, language);
    } catch (e) {
      // Private mode: the cookie still carries the choice.
    }
    remember(language);
    window.location.reload();
  }

  // Into the page's own place for it ([data-language-picker]), else its header: last in a flex header, floated
  // right in a block one.
  function addPicker() {
    const place = document.querySelector('[data-language-picker]') || document.querySelector('header');
    if (!place) {
      return;
    }
    const select = document.createElement('select');
    select.id = 'page-language';
    select.className = 'page-language';
    select.setAttribute('aria-label', 'Тіл · Язык');
    select.title = 'Тіл · Язык';
    select.style.cssText = 'margin-left:12px;font:inherit;font-size:13px;padding:2px 4px;'
      + 'border:1px solid #bcccdc;border-radius:3px;background:#fff;color:#1f2933;width:auto';
    for (const [code, label] of CHOICES) {
      const option = document.createElement('option');
      option.value = code;
      option.textContent = label;
      select.appendChild(option);
    }
    select.value = current;
    select.addEventListener('change', () => choose(select.value));
    // A flex header lays its items out in a row: last is rightmost. A block one: floated right, first.
    if (getComputedStyle(place).display.includes('flex')) {
      place.appendChild(select);
    } else {
      select.style.float = 'right';
      place.insertBefore(select, place.firstChild);
    }
  }

  function ready() {
    translate(document);
    addPicker();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }

  return { current, text, translate };
})();
