/*
 * Jobalyq: Tasklist as ministry staff need it. Loaded by config.js (customScripts) before the app starts.
 *
 * - Camunda Forms complete with required fields inside lists (form-js 1.x leaves an error key without an
 *   error for a corrected list field, and Tasklist keeps "Complete" disabled while any key exists).
 * - form-js's own words (validation messages, "Add new", "Select", date placeholders, the calendar) and the
 *   relative dates of the task list are in Kazakh or Russian from the first screen.
 * - The first screen lists the user's work by due date, with the due date written out.
 * - Whoever files a record sees its number; "Create task" is offered only to those who may create tasks.
 * - A refusal is shown next to the button that caused it, pointing at its field.
 */
import {currentLanguage} from '../../jobalyq-language.js';

const LANGUAGE = currentLanguage() === 'ru' ? 'ru' : 'kk';
const log = (...args) => console.info('[jobalyq]', ...args);

const WORDS = {
  kk: {
    required: 'Толтыру міндетті.',
    minLength: n => `Кемінде ${n} таңба болуы тиіс.`,
    maxLength: n => `${n} таңбадан аспауы тиіс.`,
    min: n => `Мәні ${n}-ден кем болмауы тиіс.`,
    max: n => `Мәні ${n}-ден аспауы тиіс.`,
    pattern: 'Мәннің пішімі дұрыс емес.',
    email: 'Электрондық пошта мекенжайы дұрыс емес.',
    phone: 'Телефон нөмірі дұрыс емес (мысалы, +77011234567).',
    step: (a, b) => `Рұқсат етілген мән енгізіңіз, ең жақындары: ${a} және ${b}.`,
    addNew: 'Қосу',
    expandAll: n => `Барлығын ашу (${n})`,
    collapse: 'Жию',
    removeItem: n => `${n}-жолды жою`,
    select: 'Таңдаңыз',
    search: 'Іздеу',
    noResults: 'Ештеңе табылмады',
    clear: 'Тазарту',
    increment: 'Көбейту',
    decrement: 'Азайту',
    date: 'Күні',
    time: 'Уақыты',
    // The browser's own order of day, month and year, in the reader's letters: yyyy-mm-dd → жжжж-аа-кк.
    datePlaceholder: pattern => pattern.toLowerCase().replace(/y/g, 'ж').replace(/m/g, 'а').replace(/d/g, 'к'),
    timePlaceholder: 'сс:мм',
    previousPage: 'Алдыңғы бет',
    nextPage: 'Келесі бет',
    nothingToShow: 'Көрсететін ештеңе жоқ.',
    sectionError: 'Бөлімде қате бар',
    registered: 'Тіркелді',
    registeredHint: 'Осы нөмірді сақтаңыз: жазба Tasklist-те осы нөмір бойынша ізделеді.',
    close: 'Жабу'
  },
  ru: {
    required: 'Обязательное поле.',
    minLength: n => `Не менее ${n} символов.`,
    maxLength: n => `Не более ${n} символов.`,
    min: n => `Значение не меньше ${n}.`,
    max: n => `Значение не больше ${n}.`,
    pattern: 'Неверный формат значения.',
    email: 'Неверный адрес электронной почты.',
    phone: 'Неверный номер телефона (например, +77011234567).',
    step: (a, b) => `Введите допустимое значение, ближайшие: ${a} и ${b}.`,
    addNew: 'Добавить',
    expandAll: n => `Развернуть все (${n})`,
    collapse: 'Свернуть',
    removeItem: n => `Удалить строку ${n}`,
    select: 'Выберите',
    search: 'Поиск',
    noResults: 'Ничего не найдено',
    clear: 'Очистить',
    increment: 'Увеличить',
    decrement: 'Уменьшить',
    date: 'Дата',
    time: 'Время',
    datePlaceholder: pattern => pattern.toLowerCase().replace(/y/g, 'г').replace(/m/g, 'м').replace(/d/g, 'д'),
    timePlaceholder: 'чч:мм',
    previousPage: 'Предыдущая страница',
    nextPage: 'Следующая страница',
    nothingToShow: 'Нечего показать.',
    sectionError: 'В разделе есть ошибка',
    registered: 'Зарегистрировано',
    registeredHint: 'Сохраните этот номер: по нему запись ищется в Tasklist.',
    close: 'Закрыть'
  }
}[LANGUAGE];

// --- form-js's own words -------------------------------------------------------------------------------

/** Exact texts and patterns of form-js's English, with their translation. */
const TEXTS = [
  [/^Field is required\.$/, () => WORDS.required],
  [/^Field must have minimum length of (\d+)\.$/, m => WORDS.minLength(m[1])],
  [/^Field must have maximum length of (\d+)\.$/, m => WORDS.maxLength(m[1])],
  [/^Field must have minimum value of (.+)\.$/, m => WORDS.min(m[1])],
  [/^Field must have maximum value of (.+)\.$/, m => WORDS.max(m[1])],
  [/^Field must match pattern .+\.$/, () => WORDS.pattern],
  [/^Field must be a valid email\.$/, () => WORDS.email],
  [/^Field must be a valid\s+international phone number/, () => WORDS.phone],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/, m => WORDS.step(m[1], m[2])],
  [/^Add new$/, () => WORDS.addNew],
  [/^Expand all \((\d+)\)$/, m => WORDS.expandAll(m[1])],
  [/^Collapse$/, () => WORDS.collapse],
  [/^Remove list item (\d+)$/, m => WORDS.removeItem(m[1])],
  [/^Select$/, () => WORDS.select],
  [/^Search$/, () => WORDS.search],
  [/^No results$/, () => WORDS.noResults],
  [/^Clear content$/, () => WORDS.clear],
  [/^Increment$/, () => WORDS.increment],
  [/^Decrement$/, () => WORDS.decrement],
  [/^Date$/, () => WORDS.date],
  [/^Time$/, () => WORDS.time],
  [/^(?:[ymd]{1,4}[./-]){2}[ymd]{1,4}$/i, m => WORDS.datePlaceholder(m[0])],
  [/^hh:mm( \?m)?$/, () => WORDS.timePlaceholder],
  [/^Previous page$/, () => WORDS.previousPage],
  [/^Next page$/, () => WORDS.nextPage],
  [/^Nothing to show\.$/, () => WORDS.nothingToShow],
  [/^Section contains an error$/, () => WORDS.sectionError]
];

function translated(text) {
  const trimmed = text.trim();
  if (!trimmed || !/[A-Za-z]/.test(trimmed)) {
    return null;
  }
  for (const [pattern, word] of TEXTS) {
    const match = trimmed.match(pattern);
    if (match) {
      return text.replace(trimmed, word(match));
    }
  }
  return null;
}

const ATTRIBUTES = ['placeholder', 'aria-label', 'title'];

function translateTree(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const word = translated(node.nodeValue);
    if (word !== null && word !== node.nodeValue) {
      node.nodeValue = word;
    }
  }
  const elements = root.querySelectorAll ? root.querySelectorAll('[placeholder], [aria-label], [title]') : [];
  [root, ...elements].forEach(element => {
    if (!element.getAttribute) {
      return;
    }
    ATTRIBUTES.forEach(name => {
      const value = element.getAttribute(name);
      const word = value && translated(value);
      if (word && word !== value) {
        element.setAttribute(name, word);
      }
    });
  });
}

/** Only inside forms and their calendars: the rest of Tasklist has its own translations. */
function inForm(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return element && element.closest && element.closest('.fjs-container, .flatpickr-calendar');
}

new MutationObserver(mutations => {
  for (const mutation of mutations) {
    if (mutation.type === 'characterData' || mutation.type === 'attributes') {
      if (inForm(mutation.target)) {
        translateTree(mutation.target.nodeType === Node.ELEMENT_NODE ? mutation.target : mutation.target.parentNode);
      }
      continue;
    }
    mutation.addedNodes.forEach(node => {
      if (node.nodeType === Node.ELEMENT_NODE && (node.matches('.fjs-container, .flatpickr-calendar')
          || inForm(node) || node.querySelector('.fjs-container'))) {
        translateTree(node);
      } else if (node.nodeType === Node.TEXT_NODE && inForm(node)) {
        translateTree(node.parentNode);
      }
    });
  }
}).observe(document.documentElement, {
  childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES
});

// --- the libraries inside Tasklist's bundle ------------------------------------------------------------

/** Webpack's require of the webapps' bundle: the libraries Tasklist uses are modules in it. */
function bundleRequire() {
  const chunks = self.webpackChunkcamunda_bpm_webapp;
  if (!chunks) {
    return null;
  }
  let found = null;
  chunks.push([['jobalyq-probe-' + Date.now()], {}, require => {
    found = require;
  }]);
  return found;
}

/** The first module whose source has {@code marker} and whose exports {@code accept} takes. */
function moduleExporting(require, marker, accept) {
  for (const id of Object.keys(require.m)) {
    let source;
    try {
      source = require.m[id].toString();
    } catch (e) {
      continue;
    }
    if (source.includes(marker)) {
      const exported = require(id);
      const match = accept(exported);
      if (match) {
        return match;
      }
    }
  }
  return null;
}

/** An error entry without an error (form-js 1.x keeps `{field: [undefined]}` for a corrected list row). */
function withoutEmptyErrors(errors) {
  if (!errors || typeof errors !== 'object') {
    return errors;
  }
  const pruned = {};
  for (const [key, value] of Object.entries(errors)) {
    if (value === undefined || value === null) {
      continue;
    }
    if (Array.isArray(value)) {
      const isMessages = value.some(item => typeof item === 'string');
      if (isMessages) {
        pruned[key] = value;
        continue;
      }
      const rows = value.map(row => (row && typeof row === 'object' ? withoutEmptyErrors(row) : row));
      if (rows.some(row => Array.isArray(row) ? row.length > 0 : row && Object.keys(row).length > 0)) {
        pruned[key] = rows;
      }
      continue;
    }
    if (typeof value === 'object') {
      const inner = withoutEmptyErrors(value);
      if (Object.keys(inner).length > 0) {
        pruned[key] = inner;
      }
      continue;
    }
    pruned[key] = value;
  }
  return pruned;
}

function patchForms(require) {
  const Form = moduleExporting(require, '_getSubmitData', exported =>
    exported && exported.Form && exported.Form.prototype && exported.Form.prototype._setState ? exported.Form : null);
  if (!Form) {
    console.error('[jobalyq] form-js not found: list fields may keep Complete disabled');
    return;
  }
  // form-js applies typed text 300 ms late: an update of the field just left arrived while the next one was
  // being typed and rendered it with its old value, so its first letters were lost. Typed text applies at once.
  const createInjector = Form.prototype._createInjector;
  Form.prototype._createInjector = function(options, ...rest) {
    return createInjector.call(this, Object.assign({debounce: false}, options), ...rest);
  };
  const setState = Form.prototype._setState;
  Form.prototype._setState = function(state) {
    if (state && state.errors) {
      state = Object.assign({}, state, {errors: withoutEmptyErrors(state.errors)});
    }
    return setState.call(this, state);
  };
  window.jobalyqFormsPatched = true;
}

const CALENDAR = {
  kk: {
    weekdays: {
      shorthand: ['Жс', 'Дс', 'Сс', 'Ср', 'Бс', 'Жм', 'Сб'],
      longhand: ['Жексенбі', 'Дүйсенбі', 'Сейсенбі', 'Сәрсенбі', 'Бейсенбі', 'Жұма', 'Сенбі']
    },
    months: {
      shorthand: ['Қаң', 'Ақп', 'Нау', 'Сәу', 'Мам', 'Мау', 'Шіл', 'Там', 'Қыр', 'Қаз', 'Қар', 'Жел'],
      longhand: ['Қаңтар', 'Ақпан', 'Наурыз', 'Сәуір', 'Мамыр', 'Маусым', 'Шілде', 'Тамыз', 'Қыркүйек', 'Қазан',
        'Қараша', 'Желтоқсан']
    },
    firstDayOfWeek: 1,
    rangeSeparator: ' — ',
    weekAbbreviation: 'Апта',
    scrollTitle: 'Үлкейту үшін айналдырыңыз',
    toggleTitle: 'Ауыстыру үшін басыңыз',
    amPM: ['AM', 'PM'],
    yearAriaLabel: 'Жыл',
    monthAriaLabel: 'Ай',
    hourAriaLabel: 'Сағат',
    minuteAriaLabel: 'Минут',
    time_24hr: true
  },
  ru: {
    weekdays: {
      shorthand: ['Вс', 'Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб'],
      longhand: ['Воскресенье', 'Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота']
    },
    months: {
      shorthand: ['Янв', 'Фев', 'Март', 'Апр', 'Май', 'Июнь', 'Июль', 'Авг', 'Сен', 'Окт', 'Ноя', 'Дек'],
      longhand: ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь', 'Октябрь',
        'Ноябрь', 'Декабрь']
    },
    firstDayOfWeek: 1,
    rangeSeparator: ' — ',
    weekAbbreviation: 'Нед.',
    scrollTitle: 'Прокрутите для увеличения',
    toggleTitle: 'Нажмите для переключения',
    amPM: ['ДП', 'ПП'],
    yearAriaLabel: 'Год',
    monthAriaLabel: 'Месяц',
    hourAriaLabel: 'Час',
    minuteAriaLabel: 'Минуты',
    time_24hr: true
  }
};

function localiseCalendar(require) {
  const flatpickr = moduleExporting(require, 'flatpickr-calendar', exported => {
    const candidate = exported && (exported.default || exported);
    return typeof candidate === 'function' && typeof candidate.localize === 'function' ? candidate : null;
  });
  if (flatpickr) {
    flatpickr.localize(CALENDAR[LANGUAGE]);
  } else {
    console.error('[jobalyq] flatpickr not found: the calendar stays in English');
  }
}

/**
 * Relative dates ("5 days ago") in the user's language from the first screen. Tasklist loads its fallback
 * locale (English) beside the user's, and each load makes the loaded one moment's global locale: whichever
 * arrives last wins. The user's language is put back after every such load.
 */
function localiseDates(require) {
  // Moment's own module (its locale modules also say "defineLocale", and requiring one switches the locale).
  const moment = moduleExporting(require, 'moment construction falls back', exported => {
    const candidate = exported && (exported.default || exported);
    return candidate && typeof candidate.defineLocale === 'function' && typeof candidate.locale === 'function'
      ? candidate : null;
  });
  if (!moment) {
    console.error('[jobalyq] moment not found: relative dates may show in English');
    return;
  }
  const shown = currentLanguage();
  const keepUsersLanguage = original => function(...args) {
    const result = original.apply(this, args);
    if (moment.locales().includes(shown)) {
      moment.locale(shown);
    }
    return result;
  };
  moment.updateLocale = keepUsersLanguage(moment.updateLocale);
  moment.defineLocale = keepUsersLanguage(moment.defineLocale);
}

// --- the first screen, the filer's number, what may be offered -----------------------------------------

/** The task list opens sorted by due date (soonest first) unless the user chose otherwise. */
function sortByDueDate() {
  const hash = window.location.hash || '#/';
  if (!hash.startsWith('#/') || hash.includes('sorting=') || hash.includes('task=')) {
    return;
  }
  const sorting = encodeURIComponent(JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]));
  window.location.replace(hash + (hash.includes('?') ? '&' : '?') + 'sorting=' + sorting);
}

function showRegistered(number) {
  const existing = document.getElementById('jobalyq-registered');
  if (existing) {
    existing.remove();
  }
  const banner = document.createElement('div');
  banner.id = 'jobalyq-registered';
  banner.setAttribute('role', 'status');
  banner.className = 'jobalyq-registered';
  const title = document.createElement('strong');
  title.textContent = `${WORDS.registered}: ${number}`;
  const hint = document.createElement('span');
  hint.textContent = ' ' + WORDS.registeredHint + ' ';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'btn btn-default btn-xs';
  close.textContent = WORDS.close;
  close.addEventListener('click', () => banner.remove());
  banner.append(title, hint, close);
  document.body.appendChild(banner);
}

/** The field a refusal names, pointed at on the open form, and the message beside the button pressed. */
function showRefusal(message, field) {
  document.querySelectorAll('.jobalyq-refusal').forEach(element => element.remove());
  document.querySelectorAll('.jobalyq-field-refused').forEach(element =>
    element.classList.remove('jobalyq-field-refused'));
  const form = document.querySelector('.modal-dialog .fjs-container') || document.querySelector('.fjs-container');
  let target = null;
  if (field && form) {
    const key = field.replace(/\[.*$/, '').split('.')[0];
    target = form.querySelector(`[id$="-${key}"], [id$="_${key}"], [name="${key}"]`);
    const wrapper = target && target.closest('.fjs-form-field');
    if (wrapper) {
      wrapper.classList.add('jobalyq-field-refused');
      wrapper.scrollIntoView({block: 'center'});
    }
  }
  const button = [...document.querySelectorAll('.modal-footer button.btn-primary, .form-actions button.btn-primary,'
    + ' .task-details .btn-primary')].reverse().find(candidate => candidate.offsetParent !== null);
  if (!button) {
    return;
  }
  const note = document.createElement('div');
  note.className = 'jobalyq-refusal alert alert-danger';
  note.setAttribute('role', 'alert');
  note.textContent = message;
  button.parentNode.insertBefore(note, button);
}

/** Watches Tasklist's calls to the engine: the filer's new number, a refusal to point at. */
function watchEngineCalls() {
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function(method, url, ...rest) {
    this.jobalyqCall = {method, url: String(url)};
    return open.call(this, method, url, ...rest);
  };
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function(...args) {
    this.addEventListener('load', () => {
      const call = this.jobalyqCall;
      if (!call || call.method !== 'POST' || !/\/(submit-form|complete|start)$/.test(call.url)) {
        return;
      }
      let body = null;
      try {
        body = JSON.parse(this.responseText);
      } catch (e) {
        return;
      }
      if (this.status === 200 && /process-definition/.test(call.url) && body && body.businessKey) {
        showRegistered(body.businessKey);
      } else if (this.status >= 400 && body && body.message) {
        setTimeout(() => showRefusal(body.message, body.field), 50);
      } else if (this.status < 300) {
        document.querySelectorAll('.jobalyq-refusal').forEach(element => element.remove());
      }
    });
    return send.apply(this, args);
  };
}

/** "Create task" makes a task outside any process: only for those the engine lets create tasks. */
let createTaskAnswered = false;

async function offerCreateTaskToThoseAllowed() {
  if (createTaskAnswered) {
    return;
  }
  document.documentElement.classList.add('jobalyq-no-create-task');
  try {
    const root = (document.querySelector('base') || {getAttribute: () => '/camunda'}).getAttribute('app-root');
    const answer = await fetch(`${root}/api/engine/engine/default/authorization/check`
      + '?permissionName=CREATE&resourceName=task&resourceType=3', {credentials: 'same-origin'});
    if (answer.ok) {
      createTaskAnswered = true;
      if ((await answer.json()).authorized) {
        document.documentElement.classList.remove('jobalyq-no-create-task');
      }
    }
  } catch (e) {
    // Not signed in yet: asked again after sign-in.
  }
}

/**
 * A press on Start, Complete or Save lands on the button. Leaving a text area makes form-js commit its value
 * and re-measure it (height 0, then its content's): at the bottom of a scrolled form the scroll position
 * jumped up meanwhile, the button moved from under the pointer before it was released, and the press was
 * lost without a word. The form keeps its height while the button is pressed.
 */
function keepButtonsUnderThePointer() {
  document.addEventListener('mousedown', event => {
    const button = event.target instanceof Element && event.target.closest(
      '.modal-footer button, .task-details button.btn-primary, .task-details button.btn-default');
    if (!button) {
      return;
    }
    document.querySelectorAll('.fjs-container').forEach(form => {
      form.style.minHeight = form.offsetHeight + 'px';
      setTimeout(() => {
        form.style.minHeight = '';
      }, 1000);
    });
  }, true);
}

const bundle = bundleRequire();
if (bundle) {
  patchForms(bundle);
  localiseCalendar(bundle);
  localiseDates(bundle);
} else {
  console.error('[jobalyq] the webapps bundle was not found');
}
watchEngineCalls();
keepButtonsUnderThePointer();
sortByDueDate();
window.addEventListener('hashchange', sortByDueDate);
offerCreateTaskToThoseAllowed();
window.addEventListener('hashchange', offerCreateTaskToThoseAllowed);
log('Tasklist ready in', LANGUAGE);
