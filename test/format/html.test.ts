import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/format/escape-html.js';
import { formatHtml } from '../../src/format/html.js';
import { lintText } from '../../src/lint-source.js';
import { bindingsOf } from '../helpers/bindings.js';
import { ROOT } from '../helpers/cli.js';
import { readPng } from '../helpers/png.js';

const CHROMIUM = '/usr/bin/chromium';
const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser) {
  console.warn(`[html.test] ${CHROMIUM} not found: the headless-browser checks of the html format are skipped (.ci/run installs it with apt-get where it can).`);
}

const XSS = '说明<script>window.__xss=1</script>"&\'';

/** The 2021 example with （一）予以公开 自然人 12 → 13, and report text that looks like markup. */
function brokenReport() {
  const clean = readFileSync(path.join(ROOT, 'examples/2021/clean.md'), 'utf8');
  const cell = bindingsOf(clean, 'markdown').get('t3.granted.np')!;
  let text = clean.slice(0, cell.offset) + '13' + clean.slice(cell.offset + 2);
  // A local extra row and a paragraph whose text is markup: both must show as text.
  text = text.replace('| 二、上年结转政府信息公开申请数量 |', `| ${XSS} |  |  |  |  |  |  |  |  |\n| 二、上年结转政府信息公开申请数量 |`);
  text = text.replace('## 五、存在的主要问题及改进情况', `${XSS}\n\n## 五、存在的主要问题及改进情况`);
  const result = lintText('reports/2022<b>年报</b>.md', text, 'markdown', { lang: 'zh', rules: {}, includeView: true });
  return formatHtml([result], { lang: 'zh', cwd: '/' });
}

describe('escapeHtml', () => {
  it('escapes markup, quotes and ampersands, and drops control characters', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'\u0007`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;\ufffd');
  });
});

describe('html format', () => {
  const html = brokenReport();

  it('is one self-contained page: no external scripts, styles, images or fonts', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]*\s(src|href)=/i);
    expect(html).not.toMatch(/url\(|@import|https?:\/\//);
    expect(html).not.toContain('<script>window.__xss');
    expect(html).toContain('说明&lt;script&gt;window.__xss=1&lt;/script&gt;&quot;&amp;&#39;');
    expect(html).toContain('reports/2022&lt;b&gt;年报&lt;/b&gt;.md');
  });

  it('marks the failing cells and the suspected one with its suggested value', () => {
    expect(html).toMatch(/<td class="suspected"[^>]* data-key="t3\.granted\.np"[^>]*>13<span class="to">→ 12<\/span>/);
    expect(html).toMatch(/<td class="failing"[^>]* data-key="t3\.granted\.total"/);
    expect(html).toMatch(/<td class="failing"[^>]* data-key="t3\.total\.np"/);
  });

  describe.runIf(hasBrowser)('in headless Chromium', () => {
    // Loaded only where a browser is there to drive.
    let browser: import('playwright-core').Browser;
    let page: import('playwright-core').Page;
    beforeAll(async () => {
      const { chromium } = await import('playwright-core');
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      });
      page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html);
      expect(requests.filter((u) => !u.startsWith('data:') && u !== 'about:blank')).toEqual([]);
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
    });

    it('shows the report text that looks like markup as text, and runs none of it', async () => {
      expect(await page.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(await page.locator('body').innerText()).toContain('说明<script>window.__xss=1</script>"&\'');
      expect(await page.locator('script').count()).toBe(1);
    });

    it('highlights the failing cell, and shows the check and the explanation on hover and click', async () => {
      const failing = page.locator('td.failing[data-key="t3.granted.total"]');
      await expect.poll(() => failing.count()).toBe(1);
      await failing.hover();
      const tip = failing.locator('.tip');
      expect(await tip.isVisible()).toBe(true);
      const text = await tip.innerText();
      expect(text).toContain('F21-T3-COL');
      expect(text).toContain('（一）予以公开[总计] 16 ≠ （一）予以公开[自然人] 13');
      expect(text).toContain('若将「（一）予以公开」的自然人由 13 改为 12，则 2 项校验全部通过');
      await page.mouse.move(0, 0);
      await failing.click();
      expect(await failing.getAttribute('class')).toContain('open');
      expect(await tip.isVisible()).toBe(true);
    });

    it('puts the suspected cell on screen in its highlight colour (screenshot)', async () => {
      await page.mouse.move(0, 0);
      const cell = page.locator('td.suspected[data-key="t3.granted.np"]');
      await cell.scrollIntoViewIfNeeded();
      const box = await cell.boundingBox();
      expect(box).not.toBeNull();
      const viewport = page.viewportSize()!;
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
      expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
      const png = readPng(await page.screenshot());
      // Just inside the cell's bottom-right corner, past the dashed outline: the background #ffe08a.
      const [r, g, b] = png.pixel(Math.floor(box!.x + box!.width - 5), Math.floor(box!.y + box!.height - 5));
      expect([r, g, b]).toEqual([0xff, 0xe0, 0x8a]);
    });
  });
});
