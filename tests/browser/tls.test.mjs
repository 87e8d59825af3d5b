// The web form over TLS, as scripts/browser-test.sh serves it: chromium
// verifies the chain up to the test root CA (no certificate error is
// ignored), the page is served with HSTS, and the page's own calls to the
// service go over the same TLS connection's origin.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { baseUrl, launchBrowser, newPage, openForm } from './browser.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('the form is served over verified TLS with HSTS', async () => {
  assert.match(baseUrl, /^https:\/\//);
  const { context, page, problems } = await newPage(browser);
  const response = await page.goto(`${baseUrl}/`);
  assert.equal(response.status(), 200);
  assert.equal(response.headers()['strict-transport-security'], 'max-age=31536000');
  const security = await response.securityDetails();
  assert.match(security.protocol, /^TLS 1\.[23]$/);
  assert.equal(security.issuer, 'sygedok test intermediate CA');

  const calls = [];
  page.on('request', (request) => calls.push(request.url()));
  await openForm(page, 'referat');
  assert.ok(calls.some((url) => url.includes('/v1/')), 'the form called the service');
  for (const url of calls) assert.ok(url.startsWith('https://'), url);
  assert.deepEqual(problems, []);
  await context.close();
});
