import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  apiSettingsFromEnv,
  authorizationValue,
  browserApiSettings,
  DEFAULT_API_URL,
  websocketUrl,
  withStoredKey,
} from '../../lib/api-settings.ts';

test('the environment configures the API; the local API is the default', () => {
  assert.deepEqual(apiSettingsFromEnv({}), { url: DEFAULT_API_URL, key: '' });
  assert.deepEqual(
    apiSettingsFromEnv({ NEXT_PUBLIC_DESTSEG_API_URL: 'http://b/graphql', DASHBOARD_API_KEY: 'k' }),
    {
      url: 'http://b/graphql',
      key: 'k',
    },
  );
  assert.equal(
    apiSettingsFromEnv({
      DASHBOARD_API_URL: 'http://a/graphql',
      NEXT_PUBLIC_DESTSEG_API_URL: 'http://b/graphql',
    }).url,
    'http://a/graphql',
  );
});

test('a key stored in the browser wins; a blank one falls back', () => {
  const defaults = { url: 'http://api/graphql', key: 'from-env' };
  assert.equal(withStoredKey(defaults, ' mine ').key, 'mine');
  assert.equal(withStoredKey(defaults, '').key, 'from-env');
  assert.equal(withStoredKey(defaults, null).key, 'from-env');
});

test('subscriptions use ws(s) on the same path; keys go out as bearer tokens', () => {
  assert.equal(websocketUrl('http://localhost:4000/graphql'), 'ws://localhost:4000/graphql');
  assert.equal(websocketUrl('https://x.example/api/graphql'), 'wss://x.example/api/graphql');
  assert.equal(authorizationValue('abc'), 'Bearer abc');
  assert.equal(authorizationValue(''), null);
});

test('browsers get the API URL but never the server key', () => {
  const env = { DASHBOARD_API_URL: 'http://a/graphql', DASHBOARD_API_KEY: 'secret' };
  assert.deepEqual(browserApiSettings(env), { url: 'http://a/graphql', key: '' });
  assert.equal(apiSettingsFromEnv({ NEXT_PUBLIC_DESTSEG_API_KEY: 'public' }).key, '');
});
