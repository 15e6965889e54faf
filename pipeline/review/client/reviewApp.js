// @ts-check
/* global fetch, FormData, URLSearchParams, HTMLElement, HTMLButtonElement, Node */
/**
 * The review app in the browser: plain DOM, no framework, served as-is by reviewServer.ts.
 * Placeholders in the target editor are chips the reviewer cannot edit or delete — typing over or
 * deleting a selection removes its text and keeps its chips — and the server checks every save again.
 */

/** @typedef {{ type: 'text', text: string, term?: string } | { type: 'placeholder', token: string, id: number, role: string, label: string }} TextPart */
/** @typedef {{ op: 'same' | 'removed' | 'added', text: string }} DiffPart */
/** @typedef {{ check: string, severity: string, message: string, hint?: string }} Finding */
/** @typedef {{ action: string, state: string, by: string, at: string }} Transition */
/**
 * @typedef {{ article: string, key: string, state: string, outdated: boolean, needsReview: boolean, source: string, target?: string,
 *   sourceParts: TextPart[], targetParts: TextPart[], placeholders: Extract<TextPart, { type: 'placeholder' }>[], sourceDiff?: DiffPart[],
 *   findings: Finding[], version: string, by?: string, at?: string, origin?: string, history: Transition[] }} Item
 */
/** @typedef {{ code: string, tag: string, name: string, dir: string, progress: { approved: number, total: number, needsReview: number } }} Locale */

const csrf = meta('kb-csrf');
const state = {
  /** @type {Locale[]} */ locales: [],
  locale: '',
  /** @type {Item[]} */ items: [],
  index: -1,
  busy: false,
  /** Counts queue loads, so an answer to an older filter never replaces a newer one. */
  queueLoads: 0,
};

function meta(/** @type {string} */ name) {
  return document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '';
}

/** @template {HTMLElement} T @param {string} id @returns {T} */
function byId(id) {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing`);
  return /** @type {T} */ (element);
}

/**
 * An element with attributes and children (strings become text: nothing is parsed as HTML).
 * @param {string} tag @param {Record<string, string | boolean | undefined>} [attributes] @param {(Node | string | undefined)[]} [children]
 */
function h(tag, attributes = {}, children = []) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== undefined) element.append(child);
  return element;
}

/** @param {string} path @param {{ method?: string, body?: unknown }} [init] */
async function api(path, init = {}) {
  /** @type {Record<string, string>} */
  const headers = { 'x-kb-csrf': csrf };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  return { status: response.status, body: await response.json() };
}

/** Literal text of a part: segment text doubles braces that are not placeholders. */
function literal(/** @type {string} */ raw) {
  return raw.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
}

/** @param {Extract<TextPart, { type: 'placeholder' }>} part @param {boolean} inEditor */
function chip(part, inEditor) {
  return h('span', { class: `chip chip-${part.role}`, 'data-token': part.token, contenteditable: inEditor ? 'false' : undefined, title: `placeholder ${part.token}` }, [part.label]);
}

/** Source or target text with chips and, in the source, glossary terms marked with their approved translation. */
function renderParts(/** @type {TextPart[]} */ parts, /** @type {boolean} */ inEditor) {
  return parts.map((part) => {
    if (part.type === 'placeholder') return chip(part, inEditor);
    if (part.term !== undefined && !inEditor) return h('mark', { class: 'term', title: `glossary: ${part.term}` }, [literal(part.text)]);
    return document.createTextNode(literal(part.text));
  });
}

// ——— Locales, progress, tone guide ———

async function loadLocales() {
  const { body } = await api('/api/locales');
  state.locales = body.locales;
  const select = /** @type {HTMLSelectElement} */ (byId('locale'));
  if (select.options.length === 0) {
    for (const locale of state.locales) select.append(h('option', { value: locale.code }, [`${locale.name} (${locale.code})`]));
    state.locale = state.locales[0]?.code ?? '';
  }
  renderProgress();
}

function renderProgress() {
  const list = h('ul', { class: 'progress-list' });
  for (const { code, name, progress } of state.locales) {
    const label = `${name}: ${progress.approved} of ${progress.total} approved, ${progress.needsReview} need review`;
    list.append(
      h('li', { 'data-locale': code }, [
        h('span', { class: 'progress-name' }, [code]),
        h('progress', { value: String(progress.approved), max: String(Math.max(1, progress.total)), 'aria-label': label }),
        h('span', { class: 'progress-figures' }, [`${progress.approved}/${progress.total} approved · ${progress.needsReview} need review`]),
      ]),
    );
  }
  byId('progress').replaceChildren(list);
}

async function loadToneGuide() {
  const { body } = await api(`/api/tone-guide?locale=${encodeURIComponent(state.locale)}`);
  byId('tone-guide-text').textContent = body.text ?? `No tone guide for ${state.locale} (tone-guides/${state.locale}.md).`;
  byId('tone-guide').querySelector('summary')?.replaceChildren(`Tone guide (${state.locale})`);
}

// ——— Queue ———

async function loadQueue() {
  const form = /** @type {HTMLFormElement} */ (byId('filters'));
  const data = new FormData(form);
  const query = new URLSearchParams({ locale: state.locale, state: String(data.get('state') ?? ''), article: String(data.get('article') ?? ''), check: String(data.get('check') ?? '') });
  const load = ++state.queueLoads;
  const { body } = await api(`/api/queue?${query}`);
  if (load !== state.queueLoads) return;
  fillOptions(/** @type {HTMLSelectElement} */ (byId('filter-article')), body.articles);
  fillOptions(/** @type {HTMLSelectElement} */ (byId('filter-check')), body.checks);
  state.items = body.items;
  byId('queue-count').textContent = `(${state.items.length})`;
  renderQueue();
  select(state.items.length > 0 ? 0 : -1, false);
}

/** Keep the first option ("all") and the current choice; replace the rest. */
function fillOptions(/** @type {HTMLSelectElement} */ select, /** @type {string[]} */ values) {
  const chosen = select.value;
  const first = select.options[0];
  select.replaceChildren(...(first ? [first] : []), ...values.map((value) => h('option', { value }, [value])));
  select.value = values.includes(chosen) ? chosen : '';
}

function renderQueue() {
  const list = byId('queue-list');
  list.replaceChildren(
    ...state.items.map((item, i) =>
      h('li', {}, [
        h('button', { type: 'button', class: 'queue-item', 'data-index': String(i), 'aria-current': i === state.index ? 'true' : undefined }, [
          h('span', { class: 'queue-where' }, [`${item.article} · ${item.key}`]),
          h('span', { class: `badge state-${item.state}` }, [item.state]),
          item.outdated ? h('span', { class: 'badge outdated' }, ['outdated']) : undefined,
          item.findings.length > 0 ? h('span', { class: 'badge findings' }, [`${item.findings.length} finding${item.findings.length === 1 ? '' : 's'}`]) : undefined,
          h('span', { class: 'queue-text' }, [literal(item.source).replace(/\{\/?\d+\}/g, '')]),
        ]),
      ]),
    ),
  );
}

function select(/** @type {number} */ index, focusEditor = true) {
  state.index = index;
  for (const button of document.querySelectorAll('.queue-item')) {
    if (button.getAttribute('data-index') === String(index)) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
  }
  const item = state.items[index];
  renderSegment(item);
  if (item && focusEditor) byId('target-editor').focus();
}

// ——— The segment ———

function currentLocale() {
  return state.locales.find((l) => l.code === state.locale);
}

function renderSegment(/** @type {Item | undefined} */ item) {
  const main = byId('segment');
  renderTerms(item);
  if (!item) {
    main.replaceChildren(h('p', { class: 'empty' }, ['Nothing in the queue for this filter.']));
    return;
  }
  const locale = currentLocale();
  const position = `${state.index + 1} of ${state.items.length}`;
  main.replaceChildren(
    h('h2', { id: 'segment-title' }, [`${item.article} · ${item.key}`]),
    h('p', { class: 'segment-meta' }, [
      h('span', { class: `badge state-${item.state}`, id: 'segment-state' }, [item.state]),
      item.outdated ? h('span', { class: 'badge outdated' }, ['outdated']) : undefined,
      ` ${position}`,
      item.origin ? ` · from ${item.origin}` : '',
      item.by ? ` · last by ${item.by}${item.at ? ` at ${item.at}` : ''}` : '',
    ]),
    h('div', { class: 'columns' }, [
      h('section', { class: 'column', 'aria-labelledby': 'source-label' }, [
        h('h3', { id: 'source-label' }, ['Source (en)']),
        h('p', { class: 'source-text', lang: 'en', dir: 'ltr' }, renderParts(item.sourceParts, false)),
        item.sourceDiff ? renderDiff(item) : undefined,
      ]),
      h('section', { class: 'column', 'aria-labelledby': 'target-label' }, [
        h('h3', { id: 'target-label' }, [`Translation (${locale?.code ?? ''})`]),
        h('div', {
          id: 'target-editor',
          class: 'target-editor',
          contenteditable: 'true',
          role: 'textbox',
          'aria-labelledby': 'target-label',
          'aria-describedby': 'editor-help',
          spellcheck: 'true',
          lang: locale?.tag,
          dir: locale?.dir,
        }, renderParts(item.targetParts, true)),
        h('p', { id: 'editor-help', class: 'hint' }, ['Placeholders stay whole: to move one, put the cursor where it belongs and press its button.']),
        item.placeholders.length > 0 ? renderPalette(item) : undefined,
      ]),
    ]),
    renderFindings(item),
    h('div', { class: 'actions' }, [
      h('button', { type: 'button', id: 'approve', class: 'primary' }, ['Approve and next']),
      h('button', { type: 'button', id: 'save' }, ['Save edit']),
      h('button', { type: 'button', id: 'review' }, ['Mark reviewed']),
      h('button', { type: 'button', id: 'reject' }, ['Reject']),
      h('button', { type: 'button', id: 'reset' }, ['Undo my changes']),
      h('button', { type: 'button', id: 'previous', disabled: state.index <= 0 }, ['Previous']),
      h('button', { type: 'button', id: 'next', disabled: state.index >= state.items.length - 1 }, ['Next']),
    ]),
    h('p', { id: 'message', class: 'message', role: 'status' }),
    h('div', { id: 'conflict' }),
    item.history.length > 0
      ? h('details', { class: 'history' }, [
          h('summary', {}, [`History (${item.history.length})`]),
          h('ol', {}, item.history.map((t) => h('li', {}, [`${t.at} · ${t.action} → ${t.state} · ${t.by}`]))),
        ])
      : '',
  );
  const editor = byId('target-editor');
  guardEditor(editor);
  byId('approve').addEventListener('click', () => void save('approve', true));
  byId('save').addEventListener('click', () => void save('edit', false));
  byId('review').addEventListener('click', () => void save('review', true));
  byId('reject').addEventListener('click', () => void save('reject', true));
  byId('reset').addEventListener('click', () => select(state.index));
  byId('previous').addEventListener('click', () => move(-1));
  byId('next').addEventListener('click', () => move(1));
}

function renderDiff(/** @type {Item} */ item) {
  const what = item.outdated ? 'The source changed since this was translated' : 'This translation was made for a similar sentence';
  return h('div', { class: 'diff' }, [
    h('h4', {}, [what]),
    h(
      'p',
      { lang: 'en' },
      (item.sourceDiff ?? []).map((part) => {
        const text = literal(part.text);
        if (part.op === 'added') return h('ins', {}, [text]);
        if (part.op === 'removed') return h('del', {}, [text]);
        return text;
      }),
    ),
  ]);
}

function renderPalette(/** @type {Item} */ item) {
  return h('div', { class: 'palette', role: 'group', 'aria-label': 'Placeholders' }, [
    ...item.placeholders.map((part) => {
      const button = h('button', { type: 'button', class: 'palette-chip', 'data-token': part.token, 'aria-label': `Place ${part.token} (${part.label}) at the cursor` }, [part.token]);
      button.addEventListener('mousedown', (event) => event.preventDefault()); // keep the editor's selection
      button.addEventListener('click', () => placeChip(part));
      return button;
    }),
  ]);
}

function renderFindings(/** @type {Item} */ item) {
  if (item.findings.length === 0) return h('section', { class: 'findings', 'aria-labelledby': 'findings-label' }, [h('h3', { id: 'findings-label' }, ['QA findings']), h('p', {}, ['No findings.'])]);
  return h('section', { class: 'findings', 'aria-labelledby': 'findings-label' }, [
    h('h3', { id: 'findings-label' }, [`QA findings (${item.findings.length})`]),
    h('ul', {}, item.findings.map((f) => h('li', { class: `finding ${f.severity}` }, [h('strong', {}, [`${f.severity} ${f.check}: `]), f.message, f.hint ? ` (${f.hint})` : '']))),
  ]);
}

function renderTerms(/** @type {Item | undefined} */ item) {
  const terms = (item?.sourceParts ?? []).flatMap((p) => (p.type === 'text' && p.term !== undefined ? [[literal(p.text), p.term]] : []));
  const unique = [...new Map(terms.map(([source, target]) => [`${source}\u0000${target}`, [source, target]])).values()];
  byId('terms').replaceChildren(...(unique.length ? unique.map(([source, target]) => h('li', {}, [h('mark', { class: 'term' }, [source ?? '']), ` → ${target}`])) : [h('li', {}, ['none'])]));
}

// ——— The editor: chips stay whole ———

function chipsIn(/** @type {HTMLElement} */ editor) {
  return [...editor.querySelectorAll('.chip')];
}

/** The editor's text in the store's form: chips as their tokens, literal braces doubled. */
function editorText(/** @type {Node} */ node) {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += (child.textContent ?? '').replace(/[{}]/g, (brace) => brace + brace);
    else if (child instanceof HTMLElement && child.classList.contains('chip')) text += child.dataset.token ?? '';
    else text += editorText(child);
  }
  return text;
}

/** Replace what `range` covers with `text`, keeping every chip it covered (after the text). */
function replaceKeepingChips(/** @type {HTMLElement} */ editor, /** @type {Range} */ range, /** @type {string} */ text) {
  const kept = chipsIn(editor).filter((c) => range.intersectsNode(c));
  for (const c of kept) {
    if (range.comparePoint(c, 0) < 0 || c.contains(range.startContainer)) range.setStartBefore(c);
    if (c.contains(range.endContainer)) range.setEndAfter(c);
  }
  range.deleteContents();
  const fragment = document.createDocumentFragment();
  const typed = document.createTextNode(text);
  fragment.append(typed, ...kept);
  range.insertNode(fragment);
  const caret = document.createRange();
  caret.setStart(typed, text.length);
  caret.collapse(true);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(caret);
  editor.normalize();
}

function guardEditor(/** @type {HTMLElement} */ editor) {
  editor.addEventListener('beforeinput', (event) => {
    const input = /** @type {InputEvent} */ (event);
    // Segment text is one line; a paste is taken as plain text (below); drops could carry markup.
    if (['insertParagraph', 'insertLineBreak', 'insertFromDrop', 'insertFromPaste', 'deleteByDrag'].includes(input.inputType)) {
      event.preventDefault();
      return;
    }
    const ranges = input.getTargetRanges().map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range;
    });
    const touching = ranges.filter((r) => !r.collapsed && chipsIn(editor).some((c) => r.intersectsNode(c)));
    if (touching.length === 0) return;
    event.preventDefault();
    const text = input.inputType.startsWith('insert') ? (input.data ?? '') : '';
    for (const range of touching) replaceKeepingChips(editor, range, text);
    if (!input.inputType.startsWith('insert')) say('Placeholders cannot be deleted; the text around them was.');
  });
  editor.addEventListener('paste', (event) => {
    const clipboard = /** @type {ClipboardEvent} */ (event).clipboardData;
    event.preventDefault();
    const range = window.getSelection()?.rangeCount ? window.getSelection()?.getRangeAt(0) : undefined;
    if (clipboard && range && editor.contains(range.commonAncestorContainer)) replaceKeepingChips(editor, range, clipboard.getData('text/plain').replace(/\s+/g, ' '));
  });
  editor.addEventListener('dragstart', (event) => event.preventDefault());
}

/** Move the placeholder's chip (or put it back, if missing) to the cursor. */
function placeChip(/** @type {Extract<TextPart, { type: 'placeholder' }>} */ part) {
  const editor = byId('target-editor');
  const selection = window.getSelection();
  let range = selection?.rangeCount ? selection.getRangeAt(0) : undefined;
  if (!range || !editor.contains(range.commonAncestorContainer)) {
    range = document.createRange();
    range.selectNodeContents(editor);
    range.collapse(false);
  }
  const existing = chipsIn(editor).find((c) => c.getAttribute('data-token') === part.token);
  const moved = existing ?? chip(part, true);
  if (existing && existing.contains(range.startContainer)) return;
  range.collapse(true);
  range.insertNode(moved);
  range.setStartAfter(moved);
  range.collapse(true);
  selection?.removeAllRanges();
  selection?.addRange(range);
  editor.normalize();
  editor.focus();
}

// ——— Saving ———

function say(/** @type {string} */ text, isError = false) {
  const message = document.getElementById('message');
  if (!message) return;
  message.textContent = text;
  message.classList.toggle('error', isError);
}

/** Placeholders the source has that the editor lacks, or holds twice (the server checks nesting too). */
function placeholderProblems(/** @type {Item} */ item, /** @type {string} */ text) {
  return item.placeholders.flatMap((p) => {
    const count = text.split(p.token).length - 1;
    return count === 1 ? [] : [`placeholder ${p.token} ${count === 0 ? 'is missing' : 'appears more than once'}`];
  });
}

async function save(/** @type {'approve' | 'review' | 'edit' | 'reject'} */ action, /** @type {boolean} */ next) {
  const item = state.items[state.index];
  if (!item || state.busy) return;
  const target = editorText(byId('target-editor'));
  const problems = action === 'reject' ? [] : placeholderProblems(item, target);
  if (problems.length > 0) return say(`Not saved: ${problems.join('; ')}.`, true);
  state.busy = true;
  try {
    const request = { locale: state.locale, article: item.article, key: item.key, version: item.version, action };
    const { status, body } = await api('/api/review', { method: 'POST', body: action === 'reject' ? request : { ...request, target } });
    if (status === 200) {
      state.items[state.index] = body.item;
      renderQueue();
      await loadLocales();
      const done = { approve: 'Approved', review: 'Marked reviewed', edit: 'Saved', reject: 'Rejected' }[action];
      if (next && state.index < state.items.length - 1) {
        select(state.index + 1);
        say(`${done} ${item.article} · ${item.key}.`);
      } else {
        select(state.index);
        say(`${done}.`);
      }
    } else if (status === 409) {
      showConflict(body.current, target);
    } else if (status === 422) {
      say(`Not saved: ${body.problems.map((/** @type {{ message: string }} */ p) => p.message).join('; ')}.`, true);
    } else {
      say(`Not saved: ${body.error ?? `the server answered ${status}`}.`, true);
    }
  } catch (error) {
    say(`Not saved: ${error instanceof Error ? error.message : String(error)}.`, true);
  } finally {
    state.busy = false;
  }
}

/** Someone changed the segment since it was opened: show both versions; nothing was written. */
function showConflict(/** @type {Item} */ current, /** @type {string} */ yours) {
  say('Not saved: this segment changed since you opened it. Compare the two versions below.', true);
  const useStored = h('button', { type: 'button', id: 'use-stored' }, ['Use the stored version']);
  const keepMine = h('button', { type: 'button', id: 'keep-mine' }, ['Keep my text (then save again)']);
  byId('conflict').replaceChildren(
    h('section', { class: 'conflict', 'aria-labelledby': 'conflict-label' }, [
      h('h3', { id: 'conflict-label' }, ['Changed by someone else']),
      h('h4', {}, [`Stored now (${current.state}${current.by ? `, by ${current.by}` : ''})`]),
      h('p', { class: 'conflict-stored' }, [literal(current.target ?? '(no translation)')]),
      h('h4', {}, ['Yours, not saved']),
      h('p', { class: 'conflict-yours' }, [literal(yours)]),
      h('div', { class: 'actions' }, [useStored, keepMine]),
    ]),
  );
  useStored.addEventListener('click', () => {
    state.items[state.index] = current;
    select(state.index);
  });
  keepMine.addEventListener('click', () => {
    const editor = byId('target-editor');
    const mine = [...editor.childNodes].map((n) => n.cloneNode(true));
    state.items[state.index] = current;
    select(state.index);
    byId('target-editor').replaceChildren(...mine);
    say('Your text is back on top of the stored version; save again to keep it.');
  });
}

function move(/** @type {number} */ step) {
  const index = state.index + step;
  if (index >= 0 && index < state.items.length) select(index);
}

// ——— Wiring ———

document.addEventListener('keydown', (event) => {
  const key = /** @type {KeyboardEvent} */ (event);
  if ((key.ctrlKey || key.metaKey) && key.key === 'Enter') {
    event.preventDefault();
    void save('approve', true);
  } else if ((key.ctrlKey || key.metaKey) && key.key.toLowerCase() === 's') {
    event.preventDefault();
    void save('edit', false);
  } else if (key.altKey && key.key === 'ArrowDown') {
    event.preventDefault();
    move(1);
  } else if (key.altKey && key.key === 'ArrowUp') {
    event.preventDefault();
    move(-1);
  }
});

byId('queue-list').addEventListener('click', (event) => {
  const button = event.target instanceof HTMLElement ? event.target.closest('.queue-item') : null;
  if (button instanceof HTMLButtonElement) select(Number(button.dataset.index));
});
byId('filters').addEventListener('change', () => void loadQueue());
byId('locale').addEventListener('change', (event) => {
  state.locale = /** @type {HTMLSelectElement} */ (event.target).value;
  void Promise.all([loadQueue(), loadToneGuide()]);
});

await loadLocales();
await Promise.all([loadQueue(), loadToneGuide()]);

export {};
