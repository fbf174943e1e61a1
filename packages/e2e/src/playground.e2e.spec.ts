import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from '@itsm/testkit';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { RAISE_CHANGE_REQUEST } from './documents';
import { activeSubscriptions } from './live-updates-metrics';
import { mutate, registerService, seedCustomer } from './seed';
import { startTestStack, type TestStack } from './stack';

/** Debian's chromium; .ci/run installs it when it is missing. */
const CHROMIUM = '/usr/bin/chromium';

describe('the playground, in a real headless chromium', () => {
  let stack: TestStack;
  let browser: BrowserContext;
  let profile: string;
  /** Every request the page made to a host other than the gateway's. */
  const outside: string[] = [];

  let serviceId: string;

  beforeAll(async () => {
    stack = await startTestStack();
    const service = await registerService(stack, 'Online payment');
    serviceId = service.id!;
    await seedCustomer(stack, 'PLAY-01', serviceId);
    profile = mkdtempSync(join(tmpdir(), 'itsm-chromium-'));
    browser = await chromium.launchPersistentContext(profile, {
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
    });
    const gatewayHost = new URL(stack.gateway.url).host;
    // Offline: anything not served by the gateway is refused and remembered.
    await browser.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.host === gatewayHost || url.protocol === 'data:' || url.protocol === 'blob:') {
        return route.continue();
      }
      outside.push(url.href);
      return route.abort();
    });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(profile, { recursive: true, force: true });
    await stack.stop();
  });

  it('loads GraphiQL with the development token and runs a federated query', async () => {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const sentAuthorizations: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') sentAuthorizations.push(request.headers().authorization!);
    });
    await page.goto(stack.gateway.url);

    await page.locator('.graphiql-container').waitFor();
    await page.getByText('query CustomerPortfolio').waitFor();
    await page.locator('.graphiql-execute-button').click();
    // The customer comes from customer-portfolio, its agreement from service-level, its
    // change request from change-transition and its improvement from continual-improvement.
    const response = page.locator('.graphiql-response');
    await response.getByText('"PLAY-01"').waitFor();
    await response.getByText('PLAY-01 online payment SLA').waitFor();
    await response.getByText('CHG-000001').waitFor();
    await response.getByText('Shorten payment settlement for PLAY-01').waitFor();

    // Monaco renders spaces as no-break spaces.
    const text = (await page.locator('body').innerText()).replace(/\u00a0/g, ' ');
    expect(text).toContain(`"Authorization": "Bearer ${stack.gateway.developmentToken}"`);
    expect(text).not.toMatch(/"errors"/);
    // GraphiQL's schema introspection and the query, both with the development token.
    expect(new Set(sentAuthorizations)).toEqual(
      new Set([`Bearer ${stack.gateway.developmentToken}`]),
    );
    expect(pageErrors).toEqual([]);
    expect(outside).toEqual([]);

    await capture(page, 'playground');
  });

  it('streams live updates: a subscription in its tab shows a change raised elsewhere', async () => {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(stack.gateway.url);

    await page.getByRole('tab', { name: 'ChangeRequestTransitions' }).click();
    // Into the operation, as a user would: GraphiQL takes the operation to run from the
    // cursor, and may otherwise still hold the previous tab's name for a moment.
    await page.getByText('subscription ChangeRequestTransitions').click();
    const before = await activeSubscriptions(stack, 'changeRequestTransitions');
    await page.locator('.graphiql-execute-button').click();
    // The page's WebSocket, authenticated by the tab's Authorization header, is subscribed.
    await eventually(async () => {
      const subscribed = await activeSubscriptions(stack, 'changeRequestTransitions');
      if (subscribed === before + 1) return;
      const shown = await page.locator('.graphiql-response').innerText();
      throw new Error(
        `${subscribed - before} subscriptions; the page shows ${shown} ${pageErrors}`,
      );
    });

    const change = await mutate(stack, RAISE_CHANGE_REQUEST, {
      title: 'Add QRIS payments',
      type: 'NORMAL',
      serviceIds: [serviceId],
    });
    const response = page.locator('.graphiql-response');
    await response.getByText(`"${change.reference}"`).waitFor();
    await response.getByText('"DRAFT"').waitFor();

    const text = (await page.locator('body').innerText()).replace(/\u00a0/g, ' ');
    expect(text).toContain('"changeRequestTransitions": {');
    expect(text).toContain('"fromState": null');
    expect(text).not.toMatch(/"errors"/);
    expect(pageErrors).toEqual([]);
    expect(outside).toEqual([]);
    await capture(page, 'playground-live-updates');
  });
});

/** Kept for the closing note when PLAYGROUND_CAPTURE_DIR is set: what the browser showed. */
async function capture(page: Page, name: string) {
  const folder = process.env.PLAYGROUND_CAPTURE_DIR;
  if (!folder) return;
  const text = (await page.locator('body').innerText()).replace(/\u00a0/g, ' ');
  writeFileSync(join(folder, `${name}.txt`), text);
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}
