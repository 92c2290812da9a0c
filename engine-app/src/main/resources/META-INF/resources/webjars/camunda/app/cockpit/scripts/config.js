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
 * camunda-webapp-webjar 7.24.0 (app/cockpit/scripts/config.js). This copy, on the
 * application classpath under META-INF/resources/webjars/camunda/, takes precedence
 * over the webjar's file. Changes from the default: Simplified Chinese locale
 * (locales/zh.json, ours) for Chinese browsers, English for every other browser
 * language, and the platform's branding.
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
    name: '执行案件流程平台 · 运行监控',
    vendor: '人民法院'
  },
  // Note: Cockpit 7.24 does not read a dateFormat entry (it sets its own moment.js
  // formats); its long dates follow dateLocales.longDateFormat in locales/zh.json.
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: fallbackFor(['zh', 'en'], 'en')
  }
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'cockpit' folder)
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
  //     // if you have a folder called `custom-ui` (in the `cockpit` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // historicActivityInstanceMetrics: {
  //   adjustablePeriod: true,
  //   //select from the default time period: day, week, month, complete
  //   period: {
  //     unit: 'week'
  //   }
  // },
  // runtimeActivityInstanceMetrics: {
  //   display: true
  // },
  // skipCustomListeners: {
  //   default: true,
  //   hidden: false
  // },
  // skipIoMappings: {
  //   default: true,
  //   hidden: false
  // },
  // cascade: {
  //   default: false
  // },
  // 'batchOperation' : {
  //   // select mode of query for process instances or decision instances
  //   // possible values: filter, search
  //   'mode': 'filter',
  //
  //   // select if Historic Batches should be loaded automatically when navigating to #/batch
  //   'autoLoadEnded': true
  // },
  // bpmnJs: {
  //   moddleExtensions: {
  //     // if you have a folder called 'my-custom-moddle' (in the 'cockpit' folder)
  //     // with a file called 'camunda.json' in it defining the 'camunda' moddle extension
  //     camunda: 'my-custom-moddle/camunda'
  //   },
  //   additionalModules: [
  //     // if you have a folder called 'my-custom-module' (in the 'cockpit' folder)
  //     // with a file called 'module.js' in it
  //     'my-custom-module/module'
  //   ],
  // },
  // defaultFilter: {
  //   historicProcessDefinitionInstancesSearch: {
  //     lastDays: 5,
  //     event: 'started'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // userOperationLogAnnotationLength: 5000,
  // previewHtml: true
};
