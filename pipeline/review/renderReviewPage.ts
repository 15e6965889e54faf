import { escapeMarkup } from '../text/escapeMarkup.ts';

interface ReviewPageOptions {
  token: string;
  reviewer: string;
  locales: readonly string[];
}

/**
 * The review app's page: a shell the script (client/reviewApp.js) fills from the API. The CSRF
 * token sits in a meta tag, readable only by pages of this origin.
 */
export function renderReviewPage({ token, reviewer, locales }: ReviewPageOptions): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="kb-csrf" content="${escapeMarkup(token)}">
<meta name="kb-locales" content="${escapeMarkup(locales.join(' '))}">
<meta name="robots" content="noindex, nofollow">
<title>Review translations</title>
<link rel="stylesheet" href="/review.css">
<script type="module" src="/review.js"></script>
</head>
<body>
<header class="top">
  <h1>Review translations</h1>
  <p class="reviewer">Reviewing as <strong>${escapeMarkup(reviewer)}</strong></p>
  <div class="locale-picker"><label for="locale">Locale</label> <select id="locale"></select></div>
  <div id="progress" class="progress" aria-live="polite"></div>
</header>
<div class="layout">
  <nav class="queue" aria-label="Review queue">
    <h2>Queue <span id="queue-count"></span></h2>
    <form id="filters" class="filters">
      <label for="filter-state">State</label>
      <select id="filter-state" name="state">
        <option value="needs-review">Needs review</option>
        <option value="">All translated</option>
        <option value="outdated">Outdated</option>
        <option value="fuzzy">Fuzzy</option>
        <option value="machine">Machine</option>
        <option value="translated">Translated</option>
        <option value="reviewed">Reviewed</option>
        <option value="approved">Approved</option>
      </select>
      <label for="filter-article">Article</label>
      <select id="filter-article" name="article"><option value="">All articles</option></select>
      <label for="filter-check">Check</label>
      <select id="filter-check" name="check"><option value="">Any finding or none</option></select>
    </form>
    <ol id="queue-list" class="queue-list"></ol>
  </nav>
  <main id="segment" class="segment" tabindex="-1">
    <p class="empty">Loading…</p>
  </main>
  <aside class="help" aria-label="Reviewer help">
    <section>
      <h2>Keyboard</h2>
      <dl class="keys">
        <dt><kbd>Ctrl</kbd>+<kbd>Enter</kbd></dt><dd>approve and go to the next segment</dd>
        <dt><kbd>Ctrl</kbd>+<kbd>S</kbd></dt><dd>save the edit</dd>
        <dt><kbd>Alt</kbd>+<kbd>↓</kbd></dt><dd>next segment</dd>
        <dt><kbd>Alt</kbd>+<kbd>↑</kbd></dt><dd>previous segment</dd>
      </dl>
    </section>
    <section>
      <h2>Glossary in this segment</h2>
      <ul id="terms" class="terms"></ul>
    </section>
    <details id="tone-guide" class="tone-guide">
      <summary>Tone guide</summary>
      <pre id="tone-guide-text"></pre>
    </details>
  </aside>
</div>
</body>
</html>
`;
}
