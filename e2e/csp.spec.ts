import { expect, test, type Page } from '@playwright/test';
import { stepPathname } from '../src/features/guide/links/guide-href';
import { productionGuides } from './support/guides';
import { tourEveryScreen } from './support/screen-tour';

const stepPaths = productionGuides.flatMap(({ model }) =>
  model.steps.map((step) => stepPathname(model, step)),
);

/**
 * The build runs under a strict Content-Security-Policy (no inline script or style but the
 * hashed ones, no eval, nothing from another origin), sent as a header and as a meta tag, and no
 * screen or dialog violates it.
 */

/** Records every `securitypolicyviolation`, from before the page's first script. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener(
      'securitypolicyviolation',
      (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sample})`),
      true,
    );
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

const policyDirectives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );

function expectStrict(policy: string | null | undefined, where: string) {
  expect(policy, where).toBeTruthy();
  const directives = policyDirectives(policy!);
  expect(directives.get('default-src'), where).toEqual(["'self'"]);
  for (const name of ['script-src', 'style-src']) {
    const values = directives.get(name) ?? [];
    expect(values[0], `${where}: ${name}`).toBe("'self'");
    // Only hashes beside 'self': no 'unsafe-inline', no 'unsafe-eval', no other host.
    expect(
      values.slice(1).every((v) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(v)),
      `${where}: ${name} ${values.join(' ')}`,
    ).toBe(true);
  }
  expect(directives.get('img-src'), where).toEqual(["'self'", 'data:']);
  expect(directives.get('worker-src'), where).toEqual(["'self'"]);
  expect(directives.get('manifest-src'), where).toEqual(["'self'"]);
  expect(directives.get('object-src'), where).toEqual(["'none'"]);
  expect(directives.get('base-uri'), where).toEqual(["'self'"]);
  expect(directives.get('form-action'), where).toEqual(["'self'"]);
}

// The service worker runs (registered from a file, under `worker-src 'self'`): its pages too.
test.use({ serviceWorkers: 'allow' });

test('every page carries the policy as a meta tag, and the server sends it with the other headers', async ({
  page,
}) => {
  for (const path of ['/', '/search', ...stepPaths]) {
    const response = await page.goto(path);
    const headers = response!.headers();
    expectStrict(headers['content-security-policy'], `${path} header`);
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expectStrict(meta, `${path} meta`);
    // Ignored in a meta tag (and reported as an error there): it is a header only.
    expect(meta, path).not.toContain('frame-ancestors');
  }
});

test('no screen or dialog violates the policy', async ({ page }) => {
  test.setTimeout(180_000);
  // With the service worker registered, and the pages it serves.
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      refused.push(message.text());
    }
  });
  page.on('pageerror', (error) => refused.push(`page error: ${error.message}`));
  await recordViolations(page);
  const found: string[] = [];
  await tourEveryScreen(page, productionGuides, async (name) => {
    for (const v of await violations(page)) found.push(`${name}: ${v}`);
    await page.evaluate(() => {
      (window as unknown as { __cspViolations: string[] }).__cspViolations.length = 0;
    });
  });
  expect(found).toEqual([]);
  expect(refused).toEqual([]);
});

test('an inline script a page did not ship is refused, and reported', async ({ page }) => {
  await recordViolations(page);
  await page.goto(stepPaths[0]!);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.head.append(script);
  });
  expect(await page.evaluate(() => 'injected' in window || '__injected' in window)).toBe(false);
  await expect.poll(() => violations(page)).toContainEqual(expect.stringContaining('script-src'));
});
