// End-to-end: Debian's Chromium, driven by Playwright, against the running
// app (real Go services on the demo data) at $DIALTONE_URL. The tests run in
// order against one app; the last ones connect the seeded IMAP server on
// loopback port $DIALTONE_IMAP_PORT, which switches the app to live data.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const url = process.env.DIALTONE_URL;
const imapPort = process.env.DIALTONE_IMAP_PORT;
const shots = process.env.DIALTONE_SHOTS ?? '/tmp/dialtone-shots';
if (!url) throw new Error('set DIALTONE_URL to the running app, e.g. http://127.0.0.1:34115');

let browser;
let page;
let profile;

before(async () => {
  mkdirSync(shots, { recursive: true });
  profile = mkdtempSync(join(tmpdir(), 'dialtone-chromium-'));
  // A persistent context on a fresh profile folder is Playwright's form of
  // Chromium's --user-data-dir.
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 860 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  page = browser.pages()[0] ?? (await browser.newPage());
  // The app runs at $DIALTONE_NOW (see e2e.sh); the page's clock says the
  // same, so "Synced just now" and "an hour ago" agree with Go's.
  if (process.env.DIALTONE_NOW) await page.clock.setFixedTime(now());
  page.on('pageerror', (err) => console.error('page error:', err.message));
  await page.goto(url);
  await page.getByTestId('nav-weekly').waitFor();
});

after(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** The app's clock: $DIALTONE_NOW when e2e.sh pins it, else the wall clock. */
const now = () => (process.env.DIALTONE_NOW ? Date.parse(process.env.DIALTONE_NOW) : Date.now());
const shot = (name) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
const int = (s) => {
  assert.match(s.trim(), /^\d+$/, `expected a whole number, got ${JSON.stringify(s)}`);
  return Number(s.trim());
};

describe('Dialtone on demo data', () => {
  test('the demo banner shows on every screen', async () => {
    for (const s of ['weekly', 'threads', 'review', 'accounts']) {
      await page.getByTestId(`nav-${s}`).click();
      assert.equal(await page.getByTestId(`nav-${s}`).getAttribute('aria-current'), 'page');
      await page.getByTestId('demo-banner').waitFor();
    }
  });

  test('the navigation works from the keyboard', async () => {
    await page.getByTestId('nav-review').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal(await page.getByTestId('nav-threads').getAttribute('aria-current'), 'page');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    assert.equal(await page.getByTestId('nav-weekly').getAttribute('aria-current'), 'page');
    assert.equal(await page.locator('nav [aria-current=page]').count(), 1);
  });

  test('Weekly shows 12 ISO weeks of figures from Go', async () => {
    await page.getByTestId('nav-weekly').click();
    const rows = page.getByTestId('week-row');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 12);
    let contacts = 0;
    let connects = 0;
    const weeks = [];
    for (let i = 0; i < 12; i++) {
      const row = rows.nth(i);
      weeks.push(await row.getAttribute('data-week'));
      const c = int(await row.locator('[data-col=contacts]').innerText());
      const k = int(await row.locator('[data-col=connects]').innerText());
      const tb = int(await row.locator('[data-col=touching_base]').innerText());
      const ratio = Number(await row.locator('[data-col=ratio]').getAttribute('data-value'));
      assert.ok(tb <= c, 'touching-base emails are a subset of contacts');
      const want = c + k === 0 ? 0 : k / (c + k);
      assert.ok(Math.abs(ratio - want) < 1e-9, `ratio ${ratio} = connects / (connects + contacts) = ${want}`);
      contacts += c;
      connects += k;
    }
    assert.ok(contacts > 0 && connects > 0, 'the demo quarter has contacts and connects');
    assert.deepEqual([...weeks].sort(), weeks, 'oldest week first');
    assert.match(weeks[11], /^\d{4}-W\d{2}$/);
    await page.getByTestId('weekly-chart').locator('canvas').waitFor();
    const summary = await page.getByTestId('weekly-summary').innerText();
    assert.match(summary, /connects this week/);
    // The sentence speaks of the last row: the current week.
    const last = rows.nth(11);
    const sentence = (await page.getByTestId('weekly-sentence').innerText()).replace(/\s+/g, ' ');
    const m = sentence.match(/This week: (\d+) connects?, (\d+) contacts?, ratio (\d+)%/);
    assert.ok(m, `summary sentence: ${sentence}`);
    assert.equal(Number(m[1]), int(await last.locator('[data-col=connects]').innerText()));
    assert.equal(Number(m[2]), int(await last.locator('[data-col=contacts]').innerText()));
    assert.equal(`${m[3]}%`, (await last.locator('[data-col=ratio]').innerText()).trim());
    await shot('weekly');
  });

  test('Weekly: clicking a week lists its contacts and connects', async () => {
    await page.getByTestId('nav-weekly').click();
    const row = page.getByTestId('week-row').nth(10);
    const contacts = int(await row.locator('[data-col=contacts]').innerText());
    const connects = int(await row.locator('[data-col=connects]').innerText());
    await row.getByTestId('week-open').click();
    const detail = page.getByTestId('week-detail');
    await detail.waitFor();
    assert.match(await detail.locator('h2').innerText(), new RegExp(await row.getAttribute('data-week')));
    assert.equal(await detail.getByTestId('week-contacts').locator('li').count(), Math.max(contacts, 1));
    assert.equal(await detail.getByTestId('week-connects').locator('li').count(), Math.max(connects, 1));
    await shot('weekly-detail');
  });

  test('Weekly: one organization at a time, and the attention map', async (t) => {
    t.after(() => page.getByTestId('org-picker').selectOption(''));
    const map = page.getByTestId('attention-map');
    await map.waitFor();
    const flagged = page.locator('[data-testid=attention-row]:not([data-flags=""])');
    assert.ok((await flagged.count()) > 0, 'some demo organizations get uneven attention');
    const picker = page.getByTestId('org-picker');
    await picker.selectOption({ index: 1 });
    await page.getByTestId('org-filter').waitFor();
    const label = await picker.locator('option:checked').innerText();
    const expected = Number(label.match(/\((\d+)\)$/)[1]);
    // The filter banner can show before the organization's weeks arrive:
    // add the rows up until they are replaced, for up to 5 s. (The app's
    // CSP forbids eval, so page.waitForFunction with a string cannot poll.)
    const sum = async () => {
      let n = 0;
      const rows = page.getByTestId('week-row');
      for (let i = 0; i < (await rows.count()); i++) {
        n += int(await rows.nth(i).locator('[data-col=contacts]').innerText());
        n += int(await rows.nth(i).locator('[data-col=connects]').innerText());
      }
      return n;
    };
    let total = await sum();
    for (const end = Date.now() + 5000; total !== expected && Date.now() < end; total = await sum()) {
      await page.waitForTimeout(100);
    }
    assert.equal(total, expected, `the ${label} report adds up to its touches`);
    await shot('weekly-org');
    await picker.selectOption('');
    await page.getByTestId('org-filter').waitFor({ state: 'detached' });
  });

  test('Weekly: a logged call counts as a connect', async () => {
    // The rep's time zone, as Go reports it on the Accounts screen.
    await page.getByTestId('nav-accounts').click();
    const zone = (await page.getByTestId('time-zone').innerText()).trim();
    assert.ok(zone, 'the rep has a time zone');
    await page.getByTestId('nav-weekly').click();
    const last = page.getByTestId('week-row').last();
    await last.waitFor();
    const before = int(await last.locator('[data-col=connects]').innerText());
    // An hour ago on the rep's wall clock, but never before this week's
    // Monday: the call must land in the last row.
    const weekStart = (await last.locator('td').first().innerText()).trim();
    const pad = (n) => String(n).padStart(2, '0');
    const local = new Date(new Date(now() - 60 * 60 * 1000).toLocaleString('en-US', { timeZone: zone }));
    let value = `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}`;
    if (value < `${weekStart}T00:01`) value = `${weekStart}T00:01`;
    await page.getByTestId('call-email').fill('new.contact@prospect.example');
    await page.getByTestId('call-start').fill(value);
    await page.getByTestId('call-minutes').fill('20');
    await page.getByTestId('call-submit').click();
    await page.getByTestId('call-logged').waitFor();
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid=week-row]:last-child [data-col=connects]')?.textContent) === n,
      before + 1,
    );
  });

  test('Threads lists a call candidate and opens it', async () => {
    await page.getByTestId('nav-threads').click();
    const rows = page.getByTestId('thread-row');
    await rows.first().waitFor();
    assert.ok((await rows.count()) > 0);
    const candidate = rows.filter({ has: page.getByTestId('state-chip').filter({ hasText: /^Call candidate$/ }) }).first();
    assert.ok((await candidate.count()) > 0, 'at least one call candidate');
    // Ranked by need: call candidates come first.
    assert.match(await rows.first().getByTestId('state-chip').first().innerText(), /^Call candidate$/);
    assert.ok((await candidate.getByTestId('thread-reasons').locator('li').count()) > 0, 'a candidate carries its reasons');
    assert.ok(Number((await candidate.getByTestId('call-score').innerText()).match(/[\d.]+/)[0]) > 0);
    const counts = (await candidate.innerText()).match(/(\d+) messages \((\d+) sent, (\d+) received\)/);
    assert.ok(counts, 'the row shows its message counts');
    assert.ok(Number(counts[2]) + Number(counts[3]) <= Number(counts[1]));
    const subject = (await candidate.locator('.subject').innerText()).trim();
    await candidate.click();
    const detail = page.getByTestId('thread-detail');
    await detail.waitFor();
    assert.equal((await detail.locator('h2').innerText()).trim(), subject);
    const messages = detail.getByTestId('thread-message');
    assert.equal(await messages.count(), Number(counts[1]), 'the thread shows every message the row counts');
    const sent = detail.locator('[data-testid=thread-message][data-direction=out]');
    assert.ok((await sent.count()) > 0);
    assert.match(await sent.first().getByTestId('message-label').innerText(), /^(Touching base|Substantive)$/);
    assert.match(await sent.first().getByTestId('message-score').innerText(), /^value \d+\/100$/);
    assert.match(await detail.getByTestId('thread-advice').innerText(), /call/i);
    await shot('threads');
  });

  test('Threads: silent threads advise against another nudge', async () => {
    await page.getByRole('button', { name: /^Silent/ }).click();
    const rows = page.getByTestId('thread-row');
    await rows.first().waitFor();
    for (let i = 0; i < Math.min(await rows.count(), 5); i++) {
      assert.match(await rows.nth(i).getByTestId('state-chip').allInnerTexts().then((x) => x.join(' ')), /Silent/);
    }
    // The demo follows the clock: a silent thread may also be a call
    // candidate, whose advice is the call. The nudges are in the others.
    const first = silentOnly(page).first();
    assert.match(await first.getByTestId('thread-reasons').innerText(), /\d+ unanswered emails since/);
    const advice = await first.getByTestId('row-advice').innerText();
    assert.match(advice, /Don't send another nudge|What would you suggest we do to progress from here/);
    await page.getByRole('button', { name: /^All/ }).click();
  });

  test('Threads: the rep overrules a verdict, Dialtone learns it, it persists, and undo restores it', async (t) => {
    t.after(() => page.getByRole('button', { name: /^All/ }).click());
    await page.getByRole('button', { name: /^Silent/ }).click();
    const row = silentOnly(page).first();
    await row.waitFor();
    const subject = (await row.locator('.subject').innerText()).trim();
    await row.click();
    const detail = page.getByTestId('thread-detail');
    // the pane may still show the thread opened before: wait for this one
    await page.waitForFunction((s) => document.querySelector('[data-testid=thread-detail] h2')?.textContent.trim() === s, subject);
    await detail.getByTestId('message-label').first().waitFor();
    const nudge = detail.locator('[data-testid=thread-message][data-direction=out]').filter({ has: page.getByTestId('message-label').filter({ hasText: /^Touching base$/ }) }).first();
    assert.ok((await nudge.count()) > 0, 'a silent thread holds a touching-base email');
    const text = (await nudge.locator('[data-testid=own-text], [data-testid=message-text]').first().innerText()).trim();
    await nudge.getByRole('button', { name: 'Not touching base' }).click();
    const fixed = detail.getByTestId('thread-message').filter({ hasText: text.slice(0, 40) }).first();
    await fixed.getByTestId('corrected').waitFor();
    assert.equal(await fixed.getByTestId('message-label').innerText(), 'Substantive');
    assert.equal(await fixed.getByTestId('corrected').innerText(), 'your call · Dialtone learns from it');
    await shot('threads-corrected');
    // Dialtone learned it: the same email as a draft now passes, and says why.
    await page.getByTestId('nav-review').click();
    await page.getByTestId('draft-text').fill(text);
    await page.waitForFunction(() => document.querySelector('[data-testid=verdict-label]')?.textContent === 'Substantive');
    assert.match(await page.getByTestId('reasons-raises').innerText(), /Nearly the same as an email you marked as substantive/);
    await shot('review-learned');
    await page.getByTestId('draft-text').fill('');
    // Stored by Go: a fresh page shows it too.
    await page.reload();
    await page.getByTestId('nav-threads').click();
    await page.getByRole('button', { name: /^Silent/ }).click();
    await page.getByTestId('thread-row').filter({ hasText: subject }).first().click();
    const again = page.getByTestId('thread-detail').getByTestId('thread-message').filter({ hasText: text.slice(0, 40) }).first();
    await again.getByTestId('corrected').waitFor();
    await again.getByRole('button', { name: 'Undo' }).click();
    await page.waitForFunction(
      (t) => [...document.querySelectorAll('[data-testid=thread-message]')].some((m) => m.textContent.includes(t) && m.querySelector('[data-testid=message-label]')?.textContent === 'Touching base'),
      text.slice(0, 40),
    );
  });

  test('Accounts shows the demo mode and the database counts', async () => {
    await page.getByTestId('nav-accounts').click();
    assert.equal(await page.getByTestId('mode').getAttribute('data-mode'), 'demo');
    for (const k of ['messages', 'outbound', 'threads', 'events', 'organizations']) {
      assert.ok(int(await page.locator(`[data-count=${k}]`).innerText()) > 0, `${k} > 0`);
    }
    assert.match(await page.getByTestId('rep-emails').innerText(), /@/);
    // The correction test undid its correction: once Go has judged the mail
    // again (a moment later), the shipped classifier is back.
    await page.waitForFunction(() => /^as shipped: .* \d{4}\.\d{2}-lr\.\d+$/.test(document.querySelector('[data-testid=classifier]')?.textContent.replace(/\s+/g, ' ').trim() ?? ''));
    assert.ok((await page.getByTestId('account-row').count()) > 0, 'the demo source is listed');
    assert.match(await page.getByTestId('mode').innerText(), /demo data/);
    assert.match(await page.getByTestId('connect-coming').innerText(), /coming/);
    await shot('accounts');
  });

  test('Review flags a touching-base draft and highlights the phrase', async () => {
    await page.getByTestId('nav-review').click();
    await page.getByTestId('draft-subject').fill('Proposal');
    const draft = 'Hi Mark, just checking in to see if you had a chance to review the proposal. Any update?';
    await page.getByTestId('draft-text').fill(draft);
    // Go answers with the own text and its word count, and with a verdict
    // once a classifier judged it.
    await page.waitForFunction(
      (d) => document.querySelector('[data-testid=own-text]')?.textContent === d &&
        !!document.querySelector('[data-testid=verdict-label], [data-testid=verdict-pending]'),
      draft,
    );
    const own = page.getByTestId('own-text');
    assert.equal((await own.innerText()).trim(), draft);
    assert.match(await page.getByTestId('word-count').innerText(), new RegExp(`^${draft.split(/\s+/).length} words`));
    assert.equal(await page.getByTestId('verdict-pending').count(), 0, 'Go judged the draft');
    const label = page.getByTestId('verdict-label');
    assert.equal(await label.innerText(), 'Touching base');
    const marks = await own.locator('mark.lowers').allInnerTexts();
    assert.ok(marks.some((m) => /checking in/i.test(m)), `highlighted: ${marks}`);
    assert.ok(int(await page.getByTestId('verdict-score').innerText().then((s) => s.split('/')[0])) < 50);
    // the advice is about this draft: the phrase it used, what it is
    // about, the person it greets
    const advice = await page.getByTestId('suggestions').innerText();
    assert.match(advice, /Replace “just checking in” with something new about the proposal/);
    assert.match(advice, /“Mark, would \w+ at \d\d:\d\d or \w+ at \d\d:\d\d work for a quick call about the proposal\?”/);
    assert.equal(await label.innerText(), 'Touching base');
    await shot('review');
  });

  test('Review adds the offered call to the draft in one click', async () => {
    await page.getByTestId('draft-text').fill('Hi Mark,\n\nJust checking in on the proposal. Any update?\n\nBest,\nJess');
    await page.waitForFunction(() => document.querySelector('[data-testid=verdict-label]')?.textContent === 'Touching base');
    // the demo has a calendar: the times are ones it has free
    const call = page.getByTestId('suggestions').locator('li', { hasText: 'at times your calendar has free' });
    const sentence = (await call.innerText()).match(/“(Mark, would .*\?)”/)?.[1];
    assert.ok(sentence, `no call offered: ${await call.innerText()}`);
    await call.getByTestId('add-suggestion').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=verdict-label]')?.textContent === 'Substantive');
    assert.equal(
      await page.getByTestId('draft-text').inputValue(),
      `Hi Mark,\n\nJust checking in on the proposal. Any update?\n\n${sentence}\n\nBest,\nJess`,
      'the sentence goes before the sign-off',
    );
    const raises = await page.getByTestId('reasons-raises').innerText();
    assert.match(raises, /concrete next step/i);
    await shot('review-added');
  });

  test('Review adds the offered question, and the draft then gives something', async () => {
    await page.getByTestId('draft-text').fill('Hi Mark,\n\nJust checking in on the proposal. Any update?\n\nBest,\nJess');
    await page.waitForFunction(() => document.querySelector('[data-testid=verdict-label]')?.textContent === 'Touching base');
    const ask = page.getByTestId('suggestions').locator('li', { hasText: 'Ask a question that helps them decide' });
    const question = (await ask.innerText()).match(/“(.*\?)”/)?.[1];
    assert.ok(question, `no question offered: ${await ask.innerText()}`);
    await ask.getByTestId('add-suggestion').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=verdict-label]')?.textContent === 'Substantive');
    assert.ok((await page.getByTestId('draft-text').inputValue()).includes(`Any update?\n\n${question}\n\nBest,`));
    assert.match(await page.getByTestId('reasons-raises').innerText(), /question that moves the decision/i);
    await shot('review-asked');
  });

  test('Review passes a substantive draft', async () => {
    const draft =
      'Hi Mark,\n\nFollowing up with the revised quote: 40 seats at $39 per seat per month, with onboarding included. ' +
      'It is valid until 12 December. Does Tuesday at 10:00 work to walk your CFO through it?\n\nJess';
    await page.getByTestId('draft-text').fill(draft);
    // the draft before was substantive too: wait for this one's verdict
    await page.waitForFunction(() => document.querySelector('[data-testid=own-text]')?.textContent?.includes('revised quote'));
    await page.waitForFunction(() => document.querySelector('[data-testid=verdict-label]')?.textContent === 'Substantive');
    assert.ok((await page.getByTestId('own-text').locator('mark.raises').count()) > 0, 'what adds value is highlighted');
    const raises = await page.getByTestId('reasons-raises').innerText();
    assert.match(raises, /New figure: \$39/);
    assert.match(raises, /Date or time: 12 December/);
    assert.match(raises, /A concrete next step: “Does Tuesday at 10:00 work to walk your CFO through it\?”/);
    assert.ok(int(await page.getByTestId('verdict-score').innerText().then((s) => s.split('/')[0])) >= 50);
    await shot('review-substantive');
  });

  test('Review reads a German nudge and offers German sentences', async () => {
    const draft = 'Hallo Herr Weber,\n\nich wollte kurz nachhaken, ob Sie schon Zeit hatten, sich unser Angebot anzusehen.\n\nViele Grüße\nTom';
    await page.getByTestId('draft-text').fill(draft);
    await page.waitForFunction(() => document.querySelector('[data-testid=verdict-label]')?.textContent === 'Touching base');
    const marks = await page.getByTestId('own-text').locator('mark.lowers').allInnerTexts();
    assert.ok(marks.some((m) => /nachhaken/.test(m)), `highlighted: ${marks}`);
    const advice = await page.getByTestId('suggestions').innerText();
    assert.match(advice, /“Was würden Sie vorschlagen, wie wir von hier aus weitermachen\?”/);
    assert.match(advice, /“Herr Weber, hätten Sie \w+ um \d\d:\d\d oder \w+ um \d\d:\d\d Zeit für ein kurzes Telefonat\?”/);
    await shot('review-german');
  });

  test('Review says why German prose is substantive', async () => {
    const draft =
      'Hallo Frau Weber,\n\ngute Nachricht: unsere Geschäftsführung hat den Rabatt für die Verlängerung genehmigt. ' +
      'Die Einrichtung dauert etwa zwei Tage.\n\nViele Grüße\nTom';
    await page.getByTestId('draft-text').fill(draft);
    await page.waitForFunction(() => document.querySelector('[data-testid=verdict-label]')?.textContent === 'Substantive');
    const raises = await page.getByTestId('reasons-raises').innerText();
    assert.match(raises, /News: “unsere Geschäftsführung hat den Rabatt für die Verlängerung genehmigt”/);
    const marks = await page.getByTestId('own-text').locator('mark.raises').allInnerTexts();
    assert.ok(marks.includes('genehmigt'), `highlighted: ${marks}`);
  });

  test('Review warns when a saved draft nudges a silent thread', async () => {
    await page.getByTestId('nav-review').click();
    const picker = page.getByTestId('draft-picker');
    await picker.locator('option').nth(1).waitFor({ state: 'attached' });
    const options = await picker.locator('option').allInnerTexts();
    assert.ok(options.length >= 2, 'the demo has saved drafts');
    let warned = false;
    for (let i = 1; i < options.length && !warned; i++) {
      await picker.selectOption({ index: i });
      // Picking a draft checks it at once ("checking…" until Go answers);
      // a draft with nothing of the rep's own gets no verdict at all.
      await page.waitForFunction(() => {
        const v = document.querySelector('[data-testid=verdict]');
        const count = v?.querySelector('[data-testid=word-count]')?.textContent ?? '';
        return v && !count.includes('· checking') && v.firstElementChild?.textContent?.trim() !== 'Checking…';
      });
      const alert = page.getByTestId('verdict').getByRole('alert');
      assert.equal(await alert.count(), 0, `draft ${i}: ${(await alert.allInnerTexts()).join(' ')}`);
      warned = (await page.getByTestId('silent-warning').count()) > 0;
    }
    assert.ok(warned, 'one demo draft answers a silent thread');
    assert.match(await page.getByTestId('silent-warning').innerText(), /your \d+(st|nd|rd|th) unanswered email in \d+ days?/);
    assert.notEqual(await page.getByTestId('thread-picker').inputValue(), '0');
    await shot('review-silent');
  });

  test('Review finds the thread a draft answers by searching', async () => {
    const picker = page.getByTestId('thread-picker');
    const before = await picker.inputValue();
    // The demo's 206 threads: the list holds the first 50 and says how many more.
    assert.match(await picker.locator('option').last().innerText(), /^\d+ more: search to narrow the list$/);
    await page.getByTestId('thread-search').fill('delta robotics');
    await page.waitForFunction(() => !document.querySelector('[data-testid=thread-picker] option[disabled]'));
    const threads = (await picker.locator('option').allInnerTexts()).slice(1);
    const delta = threads.filter((t) => t.endsWith('· Delta Robotics'));
    assert.ok(delta.length >= 1, 'the search finds Delta Robotics threads');
    assert.ok(threads.length - delta.length <= 1, `only Delta threads, and the picked one, are listed: ${threads}`);
    assert.equal(await picker.inputValue(), before, 'the picked thread stays picked');
    await shot('review-search');
    await picker.selectOption({ label: delta.at(-1) });
    const picked = await picker.inputValue();
    assert.notEqual(picked, before);
    await page.getByTestId('thread-search').fill('');
    assert.equal(await picker.inputValue(), picked, 'clearing the search keeps the choice');
  });

  test('Threads: the call the advice proposes is written in Review in one click', async () => {
    const earlier = await page.getByTestId('draft-text').inputValue();
    assert.ok(earlier.trim() !== '', 'the Review editor holds a draft from before');
    await page.getByTestId('nav-threads').click();
    await page.getByRole('button', { name: /^Call candidates/ }).click();
    const row = page.getByTestId('thread-row').first();
    await row.waitFor();
    const id = await row.getAttribute('data-thread');
    const subject = (await row.locator('.subject').innerText()).trim();
    await row.locator('.row-open').click();
    await page.waitForFunction((s) => document.querySelector('[data-testid=thread-detail] h2')?.textContent.trim() === s, subject);
    const advice = await page.getByTestId('thread-advice').innerText();
    const ask = advice.match(/at times your calendar has free: “(Would \w+ at \d\d:\d\d or \w+ at \d\d:\d\d work for a quick call\?)”/)?.[1];
    assert.ok(ask, `the advice names two free times: ${advice}`);
    // the reply opens as the rep's last email in the thread did ("Hi Dana,")
    const lastSent = await page.locator('[data-testid=thread-message][data-direction=out] :is([data-testid=message-text], [data-testid=own-text])').last().innerText();
    const first = lastSent.split('\n')[0].trim();
    const opening = /^Hi [^,!]+,$/.test(first) ? `${first}\n\n` : '';
    await page.getByTestId('reply-in-review').click();
    await page.getByTestId('draft-text').waitFor();
    assert.equal(await page.getByTestId('thread-picker').inputValue(), id, 'the draft answers the thread');
    assert.equal(await page.getByTestId('draft-subject').inputValue(), /^re:/i.test(subject) ? subject : `Re: ${subject}`);
    const draft = await page.getByTestId('draft-text').inputValue();
    assert.ok(draft.startsWith(`${opening}${ask}\n`), `the reply holds the greeting and the call: ${draft}`);
    // and closes as the rep signed off there: the demo rep's "Best,\nJordan" and the like
    assert.match(draft.slice(`${opening}${ask}\n`.length), /^\n(\w+,\n)?Jordan$/, 'the reply closes with the rep\'s sign-off');
    await page.waitForFunction(() => document.querySelector('[data-testid=verdict-label]')?.textContent === 'Substantive');
    assert.match(await page.getByTestId('put-aside').innerText(), /Your earlier draft .* was put aside/);
    await shot('threads-reply');
    await page.getByTestId('put-aside').getByRole('button', { name: 'Bring it back' }).click();
    await page.waitForFunction((d) => document.querySelector('[data-testid=draft-text]')?.value === d, earlier);
    await page.getByTestId('nav-threads').click();
    await page.getByRole('button', { name: /^All/ }).click();
  });
});

// Last: connecting a mailbox turns the demo data off for good.
describe('Connecting an IMAP mailbox', () => {
  const user = 'jordan@northwind-analytics.com';

  test('a wrong port gets a clear message and keeps the form', async () => {
    await page.getByTestId('nav-accounts').click();
    const form = page.getByTestId('imap-form');
    await form.getByLabel('Server').fill('127.0.0.1');
    await form.getByLabel('Security').selectOption('none');
    assert.equal(await form.getByLabel('Port').inputValue(), '143', 'the port follows the TLS mode');
    await form.getByLabel('Port').fill('1');
    await form.getByLabel('User name').fill(user);
    await form.getByLabel('Password').fill('e2e-pass');
    await form.getByRole('button', { name: 'Connect' }).click();
    const error = page.getByTestId('imap-error');
    await error.waitFor({ timeout: 20_000 });
    assert.equal(await error.getAttribute('role'), 'alert');
    assert.match(await error.innerText(), /refused the connection/);
    assert.equal(await form.getByLabel('Server').inputValue(), '127.0.0.1');
    assert.equal(await form.getByLabel('Password').inputValue(), 'e2e-pass', 'the password is kept to fix the port');
    assert.equal(await page.getByTestId('mode').getAttribute('data-mode'), 'demo');
    await shot('accounts-form');
  });

  test('the seeded server connects, syncs and replaces the demo data', { skip: !imapPort && 'set DIALTONE_IMAP_PORT' }, async () => {
    await page.getByTestId('nav-accounts').click();
    const form = page.getByTestId('imap-form');
    await form.getByLabel('Port').fill(imapPort);
    await form.getByLabel('Display name (optional)').fill('Northwind mail');
    await form.getByRole('button', { name: 'Connect' }).click();
    await page.getByTestId('imap-connected').waitFor({ timeout: 60_000 });
    const row = page.getByTestId('account-row').filter({ hasText: user });
    await row.waitFor();
    assert.equal(await form.getByLabel('Password').inputValue(), '', 'the password is cleared once connected');
    assert.equal(await page.getByTestId('imap-error').count(), 0);
    // The first sync runs in the background; Go's events bring it here.
    await page.locator('[data-testid=account-row][data-status=synced]').filter({ hasText: user }).waitFor({ timeout: 60_000 });
    assert.match(await row.getByTestId('account-status').innerText(), /^Synced (just now|\d+ minutes? ago)$/);
    assert.equal(await row.locator('[role=alert]').count(), 0);
    assert.match(await row.innerText(), /127\.0\.0\.1/);
    assert.equal(await page.getByTestId('account-row').count(), 1, 'only the connected mailbox is listed');
    assert.equal(await page.getByTestId('mode').getAttribute('data-mode'), 'live');
    assert.equal(await page.getByTestId('demo-banner').count(), 0, 'the demo banner is gone');
    // No D-Bus secret service under e2e.sh: the password went to a private file.
    const warning = page.getByTestId('secrets-warning');
    assert.ok(await warning.isVisible(), 'the keyring warning shows');
    assert.match(await warning.innerText(), /keyring/i);
    assert.match(await page.getByTestId('rep-emails').innerText(), /jordan@northwind-analytics\.com/);
    // 28 sent, 7 replies and a draft.
    await page.waitForFunction(() => Number(document.querySelector('[data-count=outbound]')?.textContent) === 28);
    await shot('accounts-synced');
  });

  test('Threads and Weekly show the synced mail', { skip: !imapPort && 'set DIALTONE_IMAP_PORT' }, async () => {
    await page.getByTestId('nav-threads').click();
    const rows = page.getByTestId('thread-row');
    const bluepeak = rows.filter({ hasText: 'Bluepeak rollout: 40-seat pricing' });
    await bluepeak.first().waitFor({ timeout: 10_000 });
    assert.equal(await rows.count(), 9, 'the seeded mailbox has 9 threads, and no demo thread is left');
    assert.match(await bluepeak.first().innerText(), /8 messages \(6 sent, 2 received\)/);
    await page.getByRole('button', { name: /^Silent/ }).click();
    assert.ok((await rows.filter({ hasText: 'Veridian Foods: cold-chain reporting demo' }).count()) > 0, 'the unanswered nudges make a silent thread');
    await page.getByRole('button', { name: /^All/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=thread-row]').length === 9);
    await shot('threads-live');

    await page.getByTestId('nav-weekly').click();
    const weeks = page.getByTestId('week-row');
    await weeks.first().waitFor();
    let contacts = 0;
    for (let i = 0; i < (await weeks.count()); i++) contacts += int(await weeks.nth(i).locator('[data-col=contacts]').innerText());
    assert.ok(contacts > 0 && contacts <= 28, `the synced sent mail counts as contacts (${contacts})`);
    await shot('weekly-live');
  });
});

/** The Silent list's rows that are not also call candidates. */
function silentOnly(page) {
  return page.getByTestId('thread-row').filter({ hasNot: page.getByTestId('state-chip').filter({ hasText: 'Call candidate' }) });
}
