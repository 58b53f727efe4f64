/*
 * The portal's browser rules: what only the rendered page shows (computed styles and line boxes), run in each
 * page after axe-core. Each rule's WCAG criterion, level and explanation are in BrowserRules.java; this file only
 * finds elements. portalRules.run(rootSelector, hiddenSelectors, ruleIds) returns [{rule, selector, html, detail}].
 */
window.portalRules = (() => {
  'use strict';
  const TEXT_BLOCKS = 'p, li, dd, dt, td, th, blockquote, figcaption, label, legend, caption, h1, h2, h3, h4, h5, h6, div, span, a';
  const FOCUSABLE = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex^="-"])';

  function selectorOf(el) {
    const parts = [];
    for (let e = el; e && e.nodeType === 1 && e !== document.documentElement; e = e.parentElement) {
      if (e.id && document.querySelectorAll('#' + CSS.escape(e.id)).length === 1) {
        parts.unshift('#' + CSS.escape(e.id));
        return parts.join(' > ');
      }
      let part = e.localName;
      const parent = e.parentElement;
      if (parent && parent.children.length > 1) {
        part += ':nth-child(' + (Array.prototype.indexOf.call(parent.children, e) + 1) + ')';
      }
      parts.unshift(part);
    }
    return parts.join(' > ');
  }

  /** Whether the element is seen: it has a size, and neither it nor anything around it is hidden or clipped away. */
  function shown(el) {
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2 || getComputedStyle(el).visibility === 'hidden') return false;
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.display === 'none' || s.clipPath !== 'none' || (s.clip && s.clip !== 'auto') || s.opacity === '0') return false;
      if (s.overflow === 'hidden' && e.getBoundingClientRect().width < 2) return false;
    }
    return true;
  }

  /** The element's own words (its text nodes, not its children's), spaces collapsed. */
  function ownText(el) {
    let t = '';
    for (const n of el.childNodes) if (n.nodeType === 3) t += n.nodeValue;
    return t.replace(/\s+/g, ' ').trim();
  }

  /** How many lines the element's text takes, from the line boxes of its text. */
  function lines(el) {
    const range = document.createRange();
    range.selectNodeContents(el);
    const tops = new Set();
    for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) tops.add(Math.round(r.bottom));
    return tops.size;
  }

  function run(root, hidden, ids) {
    const want = new Set(ids);
    const scope = root ? document.querySelector(root) : document.body;
    if (!scope) return [];
    const out = [];
    const isHidden = el => hidden.some(h => el.closest(h));
    const report = (rule, el, detail) => out.push({rule, selector: selectorOf(el), html: el.outerHTML.slice(0, 400), detail});
    // Only the work the rules asked for: at the default level (errors, WCAG AA) that is the focus rule alone.
    const passages = ['line-too-long', 'justified-text', 'line-height-tight', 'italic-text'].some(id => want.has(id));
    const textRules = passages || want.has('text-too-small') || want.has('uppercase-text');
    const blocks = textRules ? [...scope.querySelectorAll(TEXT_BLOCKS)].filter(el => !isHidden(el) && ownText(el).length > 0) : [];
    const seen = new Set();
    for (const el of blocks) {
      const s = getComputedStyle(el);
      const text = ownText(el);
      const parent = el.parentElement ? getComputedStyle(el.parentElement) : null;
      const size = parseFloat(s.fontSize);
      if (want.has('text-too-small') && size < 12 && text.length >= 3 && shown(el)) {
        report('text-too-small', el, Math.round(size * 10) / 10 + ' px');
      }
      // A sentence or more shown in capitals by the style sheet, where it starts (its parent is not in capitals).
      if (want.has('uppercase-text') && s.textTransform === 'uppercase' && !(parent && parent.textTransform === 'uppercase')) {
        const words = el.textContent.replace(/\s+/g, ' ').trim();
        if (words.length >= 30 && words !== words.toUpperCase() && shown(el)) report('uppercase-text', el, '');
      }
      // The rest are about passages: an element that starts the style (its parent does not have it) with text over several lines.
      if (!passages || !/^(p|li|dd|blockquote|td|figcaption|div)$/.test(el.localName) || text.length < 100) continue;
      const n = lines(el);
      if (n < 2 || !shown(el)) continue;
      const all = el.textContent.replace(/\s+/g, ' ').trim();
      if (want.has('line-too-long') && n >= 3 && all.length / n > 80) {
        report('line-too-long', el, Math.round(all.length / n) + ' characters a line');
      }
      if (want.has('justified-text') && s.textAlign === 'justify' && !(parent && parent.textAlign === 'justify' && seen.has(el.parentElement))) {
        report('justified-text', el, '');
        seen.add(el);
      }
      const lineHeight = s.lineHeight === 'normal' ? size * 1.2 : parseFloat(s.lineHeight);
      // Space and a half, allowing the rounding of a line height set in whole pixels (28 px for 19 px text).
      if (want.has('line-height-tight') && lineHeight < size * 1.5 - 1) {
        report('line-height-tight', el, Math.round(lineHeight / size * 100) / 100 + ' times the text size');
      }
      if (want.has('italic-text') && s.fontStyle === 'italic' && !el.closest('em, i, cite') && all.length > 120
          && !(parent && parent.fontStyle === 'italic')) {
        report('italic-text', el, '');
      }
    }
    if (want.has('focus-not-visible')) focusRule(scope, isHidden, report);
    return out;
  }

  const FOCUS_PROPS = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'background-color', 'color',
    'border-top-color', 'border-bottom-color', 'border-left-color', 'border-right-color', 'border-bottom-width',
    'text-decoration-line', 'text-decoration-thickness', 'font-weight', 'transform', 'opacity'];

  function look(el) {
    const parts = [];
    for (const target of [el, ...el.querySelectorAll('*')].slice(0, 20)) {
      for (const pseudo of [null, '::before', '::after']) {
        const s = getComputedStyle(target, pseudo);
        parts.push(FOCUS_PROPS.map(p => s.getPropertyValue(p)).join('|') + (pseudo ? '|' + s.content : ''));
      }
    }
    return parts.join('\n');
  }

  /** Focuses one element of each kind (tag, classes, parent's classes) and reports those whose look does not change. */
  function focusRule(scope, isHidden, report) {
    const kinds = new Set();
    const before = document.activeElement;
    for (const el of scope.querySelectorAll(FOCUSABLE)) {
      if (isHidden(el) || el.disabled || !shown(el)) continue;
      const kind = el.localName + '.' + el.className + '<' + (el.parentElement ? el.parentElement.localName + '.' + el.parentElement.className : '');
      if (kinds.has(kind)) continue;
      kinds.add(kind);
      const unfocused = look(el);
      el.focus({preventScroll: true, focusVisible: true});
      if (document.activeElement !== el) continue;
      const s = getComputedStyle(el);
      const noOutline = s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0 || /rgba\(.*, 0\)$|transparent/.test(s.outlineColor);
      if (noOutline && look(el) === unfocused) report('focus-not-visible', el, '');
      el.blur();
    }
    if (before && before.focus) before.focus({preventScroll: true});
  }

  return {run};
})();
