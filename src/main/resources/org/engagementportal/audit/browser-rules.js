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
    // Only the work the rules asked for: at the default level (errors, WCAG AA) that is the focus rule and the
    // animated pictures, which read only pictures in the formats that can move.
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
    if (!want.has('animated-image')) return out;
    return animatedImages(scope, isHidden, report).then(() => out);
  }

  /** The longest a picture may move without a way to stop it (WCAG 2.2.2), in milliseconds. */
  const FIVE_SECONDS = 5000;

  /** Pictures larger than this are not read: no animation a page shows beside its text is so big. */
  const LARGEST_PICTURE = 16 * 1024 * 1024;

  /**
   * Reports each shown picture that is animated and moves for more than five seconds: each GIF, PNG or WebP picture
   * is fetched (from the browser's cache, as the page loaded it), all at once, and its frames read. Pictures from
   * another site, which the browser will not let the page read, those in other formats (a JPEG photograph cannot
   * move), very large ones and those that do not arrive within a few seconds are left alone.
   */
  async function animatedImages(scope, isHidden, report) {
    const read = new Map();
    const shownPictures = [];
    for (const img of scope.querySelectorAll('img, input[type=image]')) {
      const src = img.currentSrc || img.src;
      if (!src || !/^https?:/.test(src) || isHidden(img) || !shown(img)) continue;
      const url = new URL(src);
      if (url.origin !== location.origin || /\.(jpe?g|svg|avif|bmp|ico)$/i.test(url.pathname)) continue;
      shownPictures.push([img, src]);
      if (!read.has(src)) read.set(src, frames(src));
    }
    for (const [img, src] of shownPictures) {
      const a = await read.get(src);
      if (!a || a.frames < 2) continue;
      if (a.plays === 0) {
        report('animated-image', img, 'for ever (it starts again each time it ends)');
      } else if (a.ms * a.plays > FIVE_SECONDS) {
        report('animated-image', img, 'for ' + Math.round(a.ms * a.plays / 100) / 10 + ' seconds');
      }
    }
  }

  /** The frames of the picture at src ({@link animation}), or null when it cannot or need not be read. */
  async function frames(src) {
    try {
      const r = await fetch(src, {cache: 'force-cache', signal: AbortSignal.timeout(5000)});
      const type = (r.headers.get('content-type') || '').toLowerCase();
      if (!r.ok || !/^image\/(gif|png|apng|webp)\b/.test(type) || Number(r.headers.get('content-length') || 0) > LARGEST_PICTURE) {
        return null;
      }
      const b = await r.arrayBuffer();
      return b.byteLength > LARGEST_PICTURE ? null : animation(new DataView(b));
    } catch (e) {
      return null;
    }
  }

  /**
   * The frames of a GIF, PNG (APNG) or WebP picture: {frames, ms (one play), plays (0 for ever)}, or null for any
   * other kind. Short delays count as browsers play them (10 ms or less as 100 ms).
   */
  function animation(v) {
    try {
      return frameCount(v);
    } catch (e) {
      return null; // cut short or damaged: not read (RangeError from the DataView)
    }
  }

  function frameCount(v) {
    const n = v.byteLength;
    const delay = ms => (ms <= 10 ? 100 : ms);
    const ascii = (at, len) => (at + len <= n ? String.fromCharCode(...new Uint8Array(v.buffer, v.byteOffset + at, len)) : '');
    if (ascii(0, 4) === 'GIF8') {
      let frames = 0, ms = 0, plays = 1, next = 100;
      let at = 13 + ((v.getUint8(10) & 0x80) ? 3 * (2 << (v.getUint8(10) & 7)) : 0);
      const skipBlocks = p => { while (p < n && v.getUint8(p) !== 0) p += v.getUint8(p) + 1; return p + 1; };
      while (at < n) {
        const b = v.getUint8(at);
        if (b === 0x3B) break;
        if (b === 0x21 && at + 1 < n) {
          const label = v.getUint8(at + 1);
          if (label === 0xF9 && at + 6 < n) next = delay(v.getUint16(at + 4, true) * 10);
          if (label === 0xFF && ascii(at + 3, 11) === 'NETSCAPE2.0' && at + 17 < n) {
            const loops = v.getUint16(at + 16, true);
            plays = loops === 0 ? 0 : loops + 1;
          }
          at = skipBlocks(at + 2);
        } else if (b === 0x2C && at + 9 < n) {
          const flags = v.getUint8(at + 9);
          at += 10 + ((flags & 0x80) ? 3 * (2 << (flags & 7)) : 0) + 1; // the colour table, the LZW code size
          at = skipBlocks(at);
          frames++;
          ms += next;
          next = 100;
        } else {
          break; // damaged: what was read so far
        }
      }
      return {frames, ms, plays};
    }
    if (ascii(1, 3) === 'PNG') {
      let frames = 0, ms = 0, plays = 1, animated = false;
      for (let at = 8; at + 8 <= n;) {
        const len = v.getUint32(at), type = ascii(at + 4, 4);
        if (type === 'acTL' && at + 16 <= n) {
          animated = true;
          plays = v.getUint32(at + 12);
        } else if (type === 'fcTL' && at + 34 <= n) {
          const num = v.getUint16(at + 28), den = v.getUint16(at + 30) || 100;
          frames++;
          ms += delay(num * 1000 / den);
        } else if (type === 'IDAT' && !animated) {
          return {frames: 1, ms: 0, plays: 1};
        } else if (type === 'IEND') {
          break;
        }
        at += 12 + len;
      }
      return {frames, ms, plays};
    }
    if (ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') {
      let frames = 0, ms = 0, plays = 1;
      for (let at = 12; at + 8 <= n;) {
        const type = ascii(at, 4), len = v.getUint32(at + 4, true);
        if (type === 'ANIM' && at + 14 <= n) plays = v.getUint16(at + 12, true);
        if (type === 'ANMF' && at + 23 <= n) {
          frames++;
          ms += delay(v.getUint16(at + 20, true) | (v.getUint8(at + 22) << 16));
        }
        at += 8 + len + (len & 1);
      }
      return {frames, ms, plays};
    }
    return null;
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

  return {run, animation};
})();
