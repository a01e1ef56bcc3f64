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

export default {
  // CT15: the product's own name in the header and browser title (the webapps render it as
  // "<vendor> <name>"); no organisation or plan is named here: they come from the deployment's files
  app: {
    name: 'Dân chủ ở cơ sở',
    vendor: 'CT15'
  },

  // CT15: every official gets Vietnamese, whatever the browser's language.
  locales: {
    availableLocales: ['vi'],
    fallbackLocale: 'vi'
  },

  // CT15: the product's name in the title and, where configured (demo), the demo logins on the login page;
  // Vietnamese for the texts form-js writes itself in Camunda Forms ("Select", "Search", messages).
  customScripts: ['../ct15/branding', '../ct15/forms-vi'],

  // CT15: Vietnamese date style (moment.js formats)
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },

  // CT15: no Camunda welcome message in the browser console
  disableWelcomeMessage: true,

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
  // assignProcessInstanceIdToTaskComment: true,

  // The descriptions are shown as-is in the "Phím tắt bàn phím" dialog,
  // so they are written in Vietnamese.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'Nhận xử lý nhiệm vụ đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'Chuyển đến bộ lọc đầu tiên trong danh sách'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'Chuyển đến nhiệm vụ đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'Chuyển đến ô nhập liệu đầu tiên trong biểu mẫu nhiệm vụ'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'Mở hộp thoại khởi tạo quy trình'
    }
  }
};
