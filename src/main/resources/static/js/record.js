// A record as our API holds it, for the people who may read it (the page signs in with the webapps' session):
// its number says which record it is (PRJ-, CR-PRJ-, PRB-PRJ-, CALL-, INI-, OPL-, SPR-, FA-).
'use strict';
(function () {
  const SOURCES = [
    [/^CR-/, number => `/api/change-requests/${number}`],
    [/^PRB-/, number => `/api/escalation/problems/${number}`],
    [/^PRJ-/, number => `/api/projects/${number}/lifecycle`],
    [/^CALL-/, number => `/api/hiring/calls/${number}`],
    [/^INI-/, number => `/api/initiatives/${number}`],
    [/^OPL-/, number => `/api/operational-plans/${number}`],
    [/^SPR-/, number => `/api/planning/programmes/${number}`],
    [/^FA-/, number => `/api/financing/agreements/${number}`]
  ];
  const $ = id => document.getElementById(id);
  // The language the person chose (js/page-language.js, loaded before this script).
  const say = (kk, ru) => JobalyqLanguage.text(kk, ru);

  function status(text, error) {
    $('record-status').textContent = text;
    $('record-status').className = error ? 'error' : '';
  }

  // The reader's words for the API's field names and codes (GET /api/records/labels, in the page's language).
  let labels = { fields: {}, values: {}, outcomes: [], formFields: {} };
  const ZONE = 'Asia/Almaty';
  const dateOnly = new Intl.DateTimeFormat('ru-RU', { timeZone: 'UTC', day: '2-digit', month: '2-digit',
    year: 'numeric' });
  const dateTime = new Intl.DateTimeFormat('ru-RU', { timeZone: ZONE, day: '2-digit', month: '2-digit',
    year: 'numeric', hour: '2-digit', minute: '2-digit' });

  /**
   * A field's name as the reader says it: the record page's label, else the label of the form field that wrote it
   * (a step's stored answers); a name without either as the API writes it.
   */
  function label(key) {
    const field = labels.formFields[key];
    return labels.fields[key] || (field && field.label) || key;
  }

  /** A step's stored answers (its form's variables) as "label: value" lines, in the form's own words. */
  function answers(object) {
    return Object.entries(object)
      .filter(([, value]) => value !== null && value !== '' && !(Array.isArray(value) && !value.length))
      .map(([key, value]) => `${label(key)}: ${answer(key, value)}`).join('\n');
  }

  function answer(key, value) {
    if (Array.isArray(value)) {
      return value.map(item => answer(key, item)).join(' | ');
    }
    if (value && typeof value === 'object') {
      return answers(value).split('\n').join('; ');
    }
    const field = labels.formFields[key];
    return (field && field.options[String(value)]) || text(value);
  }

  // People by user id, named as beside their work elsewhere on the platform: "Айгүл Серікова (curator)".
  const PERSON_FIELD = /(By|UserId)$/;
  let people = {};

  /** The user ids a record names (decidedBy, filedBy, projectLeadUserId…; a list of them comma-separated). */
  function userIds(value, found) {
    if (Array.isArray(value)) {
      value.forEach(item => userIds(item, found));
    } else if (value && typeof value === 'object') {
      Object.entries(value).forEach(([key, field]) => {
        if (PERSON_FIELD.test(key) && typeof field === 'string') {
          field.split(',').map(id => id.trim()).filter(Boolean).forEach(id => found.add(id));
        } else {
          userIds(field, found);
        }
      });
    }
    return found;
  }

  /** Their names from the engine's users (staff may read them, as Tasklist does); without them, the ids. */
  async function loadPeople(record) {
    const ids = [...userIds(record, new Set())];
    if (!ids.length) {
      return;
    }
    const response = await JobalyqSignIn.api('/camunda/api/engine/engine/default/user?idIn='
      + encodeURIComponent(ids.join(',')) + '&maxResults=' + ids.length, { headers: { Accept: 'application/json' } });
    if (response.ok) {
      (await response.json()).forEach(user => {
        const name = [user.firstName, user.lastName].filter(part => part && part.trim()).join(' ');
        if (name) {
          people[user.id] = `${name} (${user.id})`;
        }
      });
    }
  }

  /**
   * Whether a field is the API's own name for a code beside it ("statusName" beside "status"): the page names the
   * code itself in the reader's words, so the other name (in the record's language) is left out.
   */
  function namesACodeBeside(key, object) {
    const base = key.endsWith('Name') ? key.slice(0, -'Name'.length) : null;
    return base !== null && base in object && object[base] !== null
      && labels.values[String(object[base])] !== undefined;
  }

  /**
   * A decision's outcome as the reader reads it: a fixed one by its label, one composed at run time
   * (ADMITTED_3, APPROVED_BY_po-head) by the first pattern it matches, its parts read as values in their turn.
   */
  function outcome(value) {
    const string = String(value);
    if (labels.values[string]) {
      return labels.values[string];
    }
    for (const { pattern, text: words } of labels.outcomes) {
      const match = new RegExp(pattern).exec(string);
      if (match) {
        return match.slice(1).reduce((said, part, index) => said.split(`{${index}}`).join(text(part)), words);
      }
    }
    return text(value);
  }

  /**
   * A value as the reader reads it: a code, a role's group or yes/no in words, a moment in Astana time, a day as
   * dd.mm.yyyy.
   */
  function text(value, field) {
    if (field === 'outcome' && value) {
      return outcome(value);
    }
    if (field && PERSON_FIELD.test(field) && typeof value === 'string' && value) {
      return value.split(',').map(id => id.trim()).map(id => people[id] || id).join(', ');
    }
    // A step taken by one of several parties: Task_AgreeDraft[co-executor].
    const party = field === 'step' && /^([A-Za-z][A-Za-z0-9_]*)\[([A-Za-z0-9_-]+)\]$/.exec(String(value));
    if (party) {
      return `${text(party[1])} (${text(party[2])})`;
    }
    if (value === null || value === undefined || value === '') {
      return '—';
    }
    if (typeof value === 'boolean') {
      return labels.values[String(value)] || String(value);
    }
    if (typeof value === 'object') {
      return answers(value);
    }
    const string = String(value);
    if (/^[A-Za-z][A-Za-z0-9_-]*$/.test(string) && labels.values[string]) {
      return labels.values[string];
    }
    // A list of roles' groups as one value (a change request's deciding groups).
    const parts = string.split(',').map(part => part.trim());
    if (parts.length > 1 && parts.every(part => labels.values[part])) {
      return parts.map(part => labels.values[part]).join(', ');
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(string)) {
      return dateOnly.format(new Date(string + 'T00:00:00Z'));
    }
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(string)) {
      return dateTime.format(new Date(string));
    }
    return string;
  }

  /** An object's plain fields as a list; its lists of objects as tables; nested objects as panels. */
  function render(title, value, into) {
    const panel = document.createElement('section');
    panel.className = 'panel';
    const heading = document.createElement('h2');
    heading.textContent = title;
    panel.append(heading);
    const fields = document.createElement('dl');
    const later = [];
    Object.entries(value).filter(([key]) => !namesACodeBeside(key, value)).forEach(([key, field]) => {
      if (Array.isArray(field) && field.length && typeof field[0] === 'object' && field[0] !== null) {
        later.push(() => table(key, field, into));
      } else if (field && typeof field === 'object' && !Array.isArray(field)) {
        later.push(() => render(label(key), field, into));
      } else {
        const term = document.createElement('dt');
        term.textContent = label(key);
        term.dataset.field = key;
        const detail = document.createElement('dd');
        detail.textContent = Array.isArray(field) ? (field.map(item => text(item)).join(', ') || '—')
          : text(field, key);
        fields.append(term, detail);
      }
    });
    panel.append(fields);
    into.append(panel);
    later.forEach(draw => draw());
  }

  function table(title, rows, into) {
    const panel = document.createElement('section');
    panel.className = 'panel';
    const heading = document.createElement('h2');
    heading.textContent = `${label(title)} (${rows.length})`;
    const grid = document.createElement('table');
    const columns = [...new Set(rows.flatMap(row => Object.keys(row)))]
      .filter(column => !rows.every(row => namesACodeBeside(column, row)));
    const head = grid.createTHead().insertRow();
    columns.forEach(column => {
      const cell = document.createElement('th');
      cell.textContent = label(column);
      cell.dataset.field = column;
      head.append(cell);
    });
    const body = grid.createTBody();
    rows.forEach(row => {
      const line = body.insertRow();
      columns.forEach(column => {
        line.insertCell().textContent = text(row[column], column);
      });
    });
    panel.append(heading, grid);
    into.append(panel);
  }

  async function show() {
    const number = (new URLSearchParams(window.location.search).get('number') || '').trim().toUpperCase();
    const source = SOURCES.find(([prefix]) => prefix.test(number));
    if (!source) {
      status(say('Жазбаның нөмірі танылмады: ', 'Номер записи не распознан: ') + number, true);
      return;
    }
    // The number is the title in either language: page-language.js is not to put the Russian word back.
    document.querySelector('title').removeAttribute('data-ru');
    document.title = number;
    $('record-title').textContent = number;
    const search = encodeURIComponent(JSON.stringify([{type: 'processInstanceBusinessKey', operator: 'eq',
      value: number}]));
    $('record-tasks').href = `/camunda/app/tasklist/default/#/?searchQuery=${search}`;
    const project = number.match(/PRJ-\d{4}-\d+/);
    if (project) {
      $('record-archive').href = `/archive.html?project=${project[0]}`;
      $('record-archive').hidden = false;
    }
    const [response, words] = await Promise.all([
      JobalyqSignIn.api(source[1](encodeURIComponent(number)), { headers: { Accept: 'application/json' } }),
      JobalyqSignIn.api('/api/records/labels', { headers: { Accept: 'application/json' } })
    ]);
    // Without the labels the record still shows, with the API's own names.
    if (words.ok) {
      labels = await words.json();
    }
    if (response.status === 403) {
      status(say('Бұл жазбаны оқуға рұқсатыңыз жоқ', 'У вас нет доступа к этой записи'), true);
      return;
    }
    if (response.status === 404) {
      status(say('Жазба табылмады', 'Запись не найдена'), true);
      return;
    }
    if (!response.ok) {
      status('HTTP ' + response.status, true);
      return;
    }
    status('');
    const record = await response.json();
    // Without the names the record still shows, with the user ids.
    await loadPeople(record).catch(() => {});
    render(number, record, $('record-body'));
  }

  show().catch(error => status(String(error), true));
})();
