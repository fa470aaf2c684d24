/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// Jobalyq: Camunda's default configuration of this webapp with the Kazakh and Russian translations
// (locales/kk.json, locales/ru.json) and the language picker of ../../jobalyq-language.js.
import {locales, currentLanguage} from '../../jobalyq-language.js';

// The links in the language the Welcome page shows (English readers get the Kazakh, as on the pages themselves).
const text = (kk, ru) => (currentLanguage() === 'ru' ? ru : kk);


export default {
  locales: locales,
  // The platform's own pages, signed in with the same session (README: Identity and security).
  links: [
    {
      label: text('Жобалар портфелінің дашборды', 'Дашборд портфеля проектов'),
      href: '/dashboard.html',
      description: text('Процесс иелеріне', 'Для владельцев процессов')
    },
    {
      label: text('Жоба архиві', 'Архив проекта'),
      href: '/archive.html',
      description: text('Жазбалар мен құжаттар', 'Записи и документы')
    },
    {
      label: text('Жұмыс күндерінің күнтізбесі', 'Производственный календарь'),
      href: '/calendar.html',
      description: text('Мерзімді есептеу; әкімші күндерді өзгертеді', 'Расчёт срока; администратор изменяет дни')
    }
  ],
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'welcome' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // "locales": {
  //    "availableLocales": ["en", "de"],
  //    "fallbackLocale": "en"
  //  },
  // links: [
  //   {
  //     label: 'Angular.js Docs',
  //     href: 'https://code.angularjs.org/1.2.16/docs',
  //     description: 'Almost interesting'
  //   },
  //   {
  //     label: 'XKCD',
  //     href: 'http://xkcd.org',
  //     description: 'Nerdy comic'
  //   },
  //   {
  //     label: 'Slashdot',
  //     href: 'https://slashdot.org',
  //     description: 'News for nerds, stuff that matter'
  //   }
  // ],
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false
};
