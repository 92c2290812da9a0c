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
 *
 * Court enforcement platform: adapted from the config.js shipped in
 * camunda-webapp-webjar 7.24.0 (app/tasklist/scripts/config.js). This copy, on the
 * application classpath under META-INF/resources/webjars/camunda/, takes precedence
 * over the webjar's file. Changes from the default: Simplified Chinese locale
 * (locales/zh.json, ours) for Chinese browsers, English for every other browser
 * language, the platform's branding, and no startProcess shortcut (the 发起流程 action is
 * left out of the page: app/tasklist/index.html).
 *
 * Locale matching (7.24 bootstrap JS, determinePreferredLanguage): the webapp takes
 * navigator.languages[0], cuts it at the first "-" and lower-cases it, so a
 * browser set to "zh-CN" (or "zh-TW", "zh") asks for "zh" -> locales/zh.json.
 * Any other language falls back to "en" (the webjar's en.json).
 */

// fallbackLocale: the webapps load the locale file of the browser's language AND the one of
// fallbackLocale, and the dateLocales of each file becomes moment.js's global locale when its
// response arrives. With a fixed fallback 'en', a zh-CN browser got Chinese labels but English
// dates ("3 days ago", "Friday") whenever en.json arrived after zh.json. So the fallback is the
// browser's own language when it is available (one file, no race) and English otherwise; the
// unit test WebappTranslationsTests keeps zh.json complete, so nothing needs an English fallback.
function fallbackFor(availableLocales, defaultLocale) {
  const nav = window.navigator;
  const first = (Array.isArray(nav.languages) && nav.languages[0]) || nav.language || '';
  const language = first.split('-')[0].toLowerCase();
  return availableLocales.includes(language) ? language : defaultLocale;
}

export default {
  // the header and the browser title show "<vendor> <name>"
  app: {
    name: '执行案件流程平台',
    vendor: '人民法院'
  },

  // moment.js formats used by Tasklist (Tasklist is the only app that reads dateFormat)
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'MM月DD日 HH:mm',
    normal: 'YYYY年MM月DD日 HH:mm',
    long: 'YYYY年MM月DD日 dddd HH:mm',
    short: 'YYYY年MM月DD日'
  },

  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: fallbackFor(['zh', 'en'], 'en')
  },

  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
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
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '将焦点移到列表中的第一个筛选器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '将焦点移到列表中的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '将焦点移到任务表单的第一个输入框'
    }
    // no startProcess shortcut: the 发起流程 action is left out of Tasklist (see ../index.html)
  }
};
