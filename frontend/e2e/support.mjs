// Shared harness for the end-to-end suite: the real backend serving the built SPA and the API
// at BASE_URL, driven by the system Chromium through playwright-core, checked with axe.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const PASSWORD = process.env.DEMO_PASSWORD ?? 'klimanett-demo';
export const USERS = {
  coordinator: 'coordinator@demo.klimanett.no',
  reporter: 'reporter@demo.klimanett.no',
  admin: 'admin@demo.klimanett.no',
};
export const LANGUAGES = ['nb', 'sv', 'da', 'en'];
const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');

const tokens = new Map();
let reachability;
/** Resolves to null when the backend answers, or to the reason the suite must be skipped. */
export function backendUnavailable() {
  reachability ??= (async () => {
    try {
      const res = await fetch(`${BASE_URL}/api/v1/networks`, { signal: AbortSignal.timeout(5000) });
      if (!res.ok) return `BASE_URL ${BASE_URL} answered ${res.status} on /api/v1/networks`;
      const html = await fetch(`${BASE_URL}/`, { signal: AbortSignal.timeout(5000) });
      if (!(html.headers.get('content-type') ?? '').includes('text/html')) return `BASE_URL ${BASE_URL} does not serve the SPA at /`;
      return null;
    } catch (e) {
      return `backend not reachable at BASE_URL=${BASE_URL} (${e instanceof Error ? e.message : String(e)}); start it, or set BASE_URL`;
    }
  })();
  return reachability;
}

/** A fresh browser profile per test file: no cookies, storage or cache leak between runs. */
export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'klimanett-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    baseURL: BASE_URL,
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(15_000);
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A page whose SPA language is fixed before any script runs. */
export async function newPage(context, lang = 'en') {
  const page = await context.newPage();
  await page.addInitScript((l) => window.localStorage.setItem('klimanett.lang', l), lang);
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  return page;
}

/** The whole page, or only `element` (a locator) when one part is what a human should look at. */
export async function screenshot(page, name, element) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await (element ? element.screenshot({ path }) : page.screenshot({ path, fullPage: true }));
}

/**
 * WCAG 2.1 A and AA rules, and the WCAG 2.2 AA rules axe has (target size); returns violations in a readable form
 * (empty when clean). The accessibility statement quotes what these find (docs/adoption.md).
 */
export async function axe(page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/** A page already signed in as `email` (token from the API, put where the SPA keeps it). */
export async function signedInPage(context, email, lang = 'en') {
  const token = await apiToken(email);
  const page = await newPage(context, lang);
  await page.addInitScript(
    (t) => window.sessionStorage.setItem('klimanett.token', JSON.stringify({ token: t, expiresAt: Date.now() + 3_600_000 })),
    token,
  );
  return page;
}

/** Totals as the SPA shows them in English ("1,234.567") read back as milli-tonnes. */
export function milli(text) {
  const m = /(-?[\d,]+)\.(\d{3})/.exec(text);
  if (!m) throw new Error(`no tonnes figure in ${JSON.stringify(text)}`);
  return BigInt(m[1].replace(/,/g, '')) * 1000n + BigInt(m[2]) * (m[1].startsWith('-') ? -1n : 1n);
}

export async function login(page, email) {
  await page.goto('/login');
  await page.getByLabel(/e-?mail|e-post/i).fill(email);
  await page.getByLabel(/password|passord|lösenord|adgangskode/i).fill(PASSWORD);
  await page.getByRole('button', { name: /log in|logg inn|logga in|log ind/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** API calls made by the tests themselves (setup and look-ups), with the same password grant. */
export async function apiToken(email) {
  if (tokens.has(email)) return tokens.get(email);
  const res = await fetch(`${BASE_URL}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', username: email, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login as ${email} failed: ${res.status} ${await res.text()}`);
  const token = (await res.json()).access_token;
  tokens.set(email, token);
  return token;
}

export async function apiGet(path, token) {
  const res = await fetch(`${BASE_URL}/api/v1${path}`, { headers: { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) } });
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/**
 * The reporter's organisation and a year whose account is still open (none yet, or a draft),
 * so the flow can run against a demo database that already holds approved years.
 */
export async function openReportYear() {
  const token = await apiToken(USERS.reporter);
  const me = await apiGet('/me', token);
  const orgId = me.grants.find((g) => g.role === 'REPORTER' && g.organisationId)?.organisationId;
  if (!orgId) throw new Error('reporter@demo has no REPORTER grant with an organisationId');
  const org = await apiGet(`/organisations/${orgId}`, token);
  for (let year = new Date().getFullYear() - 1; year >= 1990; year--) {
    const report = await apiGet(`/organisations/${orgId}/reports/${year}`, token);
    if (!report || report.status === 'DRAFT') return { orgId, orgName: org.name, year };
  }
  throw new Error('no open reporting year left for the demo reporter; reset the demo database');
}

/** The demo objects the page suites visit: the reporter's open year, the coordinator's network and one other. */
export async function demoTargets() {
  const target = await openReportYear();
  const coordinator = await apiGet('/me', await apiToken(USERS.coordinator));
  const networkId = coordinator.grants.find((g) => g.role === 'COORDINATOR' && g.networkId)?.networkId;
  const networks = await apiGet('/networks?size=100');
  const other = networks.items.find((n) => n.id !== networkId)?.id;
  return { ...target, networkId, other };
}
