/*
 * portal serve's preview script. Only `portal serve` sends it, adding it to each page as it serves it; a built
 * site never has it. It:
 *  - reloads this page when a rebuild changed it (the server's events name the pages each rebuild changed);
 *  - shows the errors of the latest build over every page, worded as in the terminal, until a build succeeds;
 *  - lists the warnings about this page in a panel of its own.
 * It makes elements only (no inline styles or scripts), so the site's Content-Security-Policy allows it.
 */
(() => {
  'use strict';

  const script = document.currentScript;
  const build = (script && script.dataset.build) || '';
  const page = (script && script.dataset.page) || location.pathname;
  const here = [page, location.pathname, location.pathname.replace(/\/index\.html$/, '/')];
  const root = document.documentElement;
  let hidden = false; // the writer closed the error box: it stays closed until the next build
  let returnFocus = null;

  const make = (tag, className, text) => {
    const element = document.createElement(tag);
    if (className) {
      element.className = className;
    }
    if (text !== undefined) {
      element.textContent = text;
    }
    return element;
  };

  const plural = (n, word) => n + ' ' + word + (n === 1 ? '' : 's');

  /** One problem, in the terminal's three parts: "file:line:col: error: ...", the line with a caret, "Fix: ...". */
  const problem = (p) => {
    const item = make('li', 'portal-preview__problem');
    item.append(make('p', 'portal-preview__heading', p.heading));
    if (p.excerpt) {
      const excerpt = make('pre', 'portal-preview__excerpt', p.excerpt);
      excerpt.tabIndex = 0; // a long line scrolls sideways: the keyboard can scroll it too
      item.append(excerpt);
    }
    if (p.fix) {
      item.append(make('p', 'portal-preview__fix', p.fix));
    }
    return item;
  };

  const list = (problems) => {
    const items = make('ol', 'portal-preview__list');
    problems.forEach((p) => items.append(problem(p)));
    return items;
  };

  const closeErrors = () => {
    const box = document.getElementById('portal-preview-errors');
    if (box) {
      box.remove();
      if (returnFocus && document.contains(returnFocus)) {
        returnFocus.focus();
      }
      returnFocus = null;
    }
  };

  const showErrors = (report) => {
    const old = document.getElementById('portal-preview-errors');
    if (!report.errors.length || hidden) {
      closeErrors();
      return;
    }
    const count = report.errors.length + report.errorsNotShown;
    const box = make('section', 'portal-preview portal-preview--errors');
    box.id = 'portal-preview-errors';
    box.setAttribute('aria-labelledby', 'portal-preview-errors-title');
    const title = make('h2', 'portal-preview__title', 'Error: your change could not be built');
    title.id = 'portal-preview-errors-title';
    title.tabIndex = -1;
    const summary = make('p', 'portal-preview__summary', plural(count, 'error') + ' to fix. What you see under this box is '
      + 'the site before the change. Fix the ' + (count === 1 ? 'error' : 'errors') + ' and save the file: this box '
      + 'goes away by itself.');
    summary.setAttribute('role', 'alert');
    box.append(title, summary, list(report.errors));
    if (report.errorsNotShown) {
      box.append(make('p', 'portal-preview__more', '... and ' + report.errorsNotShown
        + ' more not shown. Fix the ones above and save to see the rest.'));
    }
    const close = make('button', 'portal-preview__close', 'Hide this box (Esc)');
    close.type = 'button';
    close.addEventListener('click', () => {
      hidden = true;
      closeErrors();
    });
    box.append(close);
    if (old) {
      const hadFocus = old.contains(document.activeElement);
      old.replaceWith(box);
      if (hadFocus) {
        title.focus(); // the box was redrawn under the keyboard: keep it in the box
      }
    } else {
      returnFocus = document.activeElement;
      document.body.prepend(box);
      title.focus();
    }
  };

  const showWarnings = (report) => {
    const old = document.getElementById('portal-preview-warnings');
    if (!report.warnings.length) {
      if (old) {
        old.remove();
      }
      return;
    }
    const panel = make('aside', 'portal-preview portal-preview--warnings');
    panel.id = 'portal-preview-warnings';
    panel.setAttribute('aria-label', 'Warnings about this page');
    const details = make('details', 'portal-preview__details');
    details.open = old ? old.querySelector('details').open : false;
    details.append(make('summary', 'portal-preview__summary-line', 'Warning: ' + plural(report.warnings.length, 'thing')
      + ' to look at on this page (only shown in the preview)'), list(report.warnings));
    panel.append(details);
    if (old) {
      old.replaceWith(panel);
    } else {
      const main = document.querySelector('main');
      if (main) {
        main.prepend(panel);
      } else {
        document.body.append(panel);
      }
    }
  };

  const showProblems = () => fetch('/_portal/problems.json?page=' + encodeURIComponent(page), { cache: 'no-store' })
    .then((response) => response.json())
    .then((report) => {
      showErrors(report);
      showWarnings(report);
    })
    .catch(() => { /* the preview has stopped: what is shown stays */ });

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && document.getElementById('portal-preview-errors')) {
      hidden = true;
      closeErrors();
    }
  });

  const events = new EventSource('/_portal/events?since=' + encodeURIComponent(build));
  events.addEventListener('open', () => {
    root.dataset.portalPreview = 'connected';
  });
  events.addEventListener('error', () => {
    root.dataset.portalPreview = 'reconnecting';
  });
  events.addEventListener('build', (event) => {
    const message = JSON.parse(event.data);
    if (message.all || message.changed.some((changed) => here.includes(changed))) {
      events.close();
      location.reload();
      return;
    }
    hidden = false;
    showProblems();
  });

  showProblems();
})();
