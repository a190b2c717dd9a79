// @ts-check
import { definePlugin } from '@kehoach/core';
import { moiQuyMotNhiemVu } from './rules/moi-quy-mot-nhiem-vu.js';
import { tapTheChuTriCanPhongPhoiHop } from './rules/tap-the-chu-tri-can-phong-phoi-hop.js';

/**
 * Rules of the province of Quảng Ngãi. List the package under `plugins:` in
 * kehoach.config.yaml; `extends: plugin:quang-ngai/recommended` turns both rules on.
 */
export default definePlugin({
  name: 'quang-ngai',
  rules: {
    'moi-quy-mot-nhiem-vu': moiQuyMotNhiemVu,
    'tap-the-chu-tri-can-phong-phoi-hop': tapTheChuTriCanPhongPhoiHop,
  },
  configs: {
    recommended: {
      rules: {
        'quang-ngai/moi-quy-mot-nhiem-vu': 'warn',
        'quang-ngai/tap-the-chu-tri-can-phong-phoi-hop': 'warn',
      },
    },
  },
});

export { moiQuyMotNhiemVu, tapTheChuTriCanPhongPhoiHop };
