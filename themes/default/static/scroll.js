/*
 * Paperboy's scrolling regions (a display formula's div.math-display, a
 * table's div.table-scroll). Dependency-free.
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
 */
(function () {
  'use strict';
  if (!window.ResizeObserver) return;
  var regions = [];
  document.querySelectorAll('.math-display[tabindex], .table-scroll[tabindex]').forEach(function (el) {
    regions.push({ el: el, role: el.getAttribute('role'), label: el.getAttribute('aria-label') });
  });
  if (!regions.length) return;
  function set(el, name, value) {
    if (value === null) el.removeAttribute(name);
    else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }
  function update() {
    regions.forEach(function (r) {
      var el = r.el;
      var scrolls = el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight;
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
  });
})();
