/*
 * Paperboy's scrolling regions (a display formula's div.math-display, a
 * table's div.table-scroll, an inline formula's math). Dependency-free.
 *
 * The Markdown renderer writes each with tabindex="0", role="group" and
 * an aria-label ("Equation", "Table"), so that a keyboard reaches it to
 * scroll it sideways where it is wider than its column (WCAG 2.1.1; axe's
 * scrollable-region-focusable). Where it fits, that is a Tab stop that
 * does nothing, on every formula: this script takes the three attributes
 * off a region that does not scroll and puts them back when it does (a
 * narrower window, larger text, a font that came late), as a
 * ResizeObserver of the region and of what it holds tells it. A region
 * that has the focus keeps them until it loses it. Without this script
 * (or a ResizeObserver) every region keeps them, the safe default.
 *
 * An inline formula wider than its line (a phone, large text) scrolls
 * too (style.css), where MathML cannot break it: it has no attributes in
 * the markup, which would make every formula of an abstract a Tab stop
 * without this script, and takes only tabindex while it scrolls, keeping
 * its role of math and what it reads as. It scrolls sideways only: a
 * subscript's depth below its box, which overflow-y: hidden cuts, is no
 * reason to stop there. Chromium and Firefox make such a scroller a Tab
 * stop of their own; Safari and axe's scrollable-region-focusable ask
 * for the tabindex. Such a formula also says which of its edges it goes
 * on beyond (data-more="start", "end" or both), where style.css draws a
 * shadow as it does on a display formula's: a card's tint behind it
 * rules out the display formula's way, which covers the shadows with the
 * page's background.
 *
 * Before printing, each display formula gets its width in ems (--math-ems), by
 * which style.css scales one too wide for the printed page to fit it,
 * where it was cut at the page's edge: printed, nothing scrolls.
 */
(function () {
  'use strict';
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('.math-display > math').forEach(function (m) {
      var r = document.createRange();
      r.selectNodeContents(m);
      m.style.setProperty('--math-ems', (r.getBoundingClientRect().width + 1) / parseFloat(getComputedStyle(m).fontSize));
    });
  });
  if (!window.ResizeObserver) return;
  var regions = [];
  document.querySelectorAll('.math-display[tabindex], .table-scroll[tabindex], math:not([display="block"])').forEach(function (el) {
    regions.push({ el: el, role: el.getAttribute('role'), label: el.getAttribute('aria-label'), inline: el.localName === 'math' });
  });
  if (!regions.length) return;
  function set(el, name, value) {
    if (value === null) el.removeAttribute(name);
    else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }
  function edges(el) {
    var more = [], left = el.scrollLeft, room = el.scrollWidth - el.clientWidth;
    if (room > 0 && left > 0.5) more.push('start');
    if (room > 0 && left < room - 0.5) more.push('end');
    set(el, 'data-more', more.length ? more.join(' ') : null);
  }
  function update() {
    regions.forEach(function (r) {
      var el = r.el;
      if (r.inline) edges(el);
      var scrolls = el.scrollWidth > el.clientWidth || (!r.inline && el.scrollHeight > el.clientHeight);
      if (!scrolls && document.activeElement === el) return;
      set(el, 'tabindex', scrolls ? '0' : null);
      set(el, 'role', scrolls ? r.role : null);
      set(el, 'aria-label', scrolls ? r.label : null);
    });
  }
  var observer = new ResizeObserver(update);
  regions.forEach(function (r) {
    observer.observe(r.el);
    if (r.el.firstElementChild) observer.observe(r.el.firstElementChild);
    r.el.addEventListener('focusout', update);
    if (r.inline) r.el.addEventListener('scroll', function () { edges(r.el); }, { passive: true });
  });
})();
