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
 * where it was cut at the page's edge: printed, nothing scrolls. So does
 * each table: its narrowest width, its words whole, in ems of its text
 * (--table-ems) and the pixels of its cells' padding and borders, which
 * do not scale (--table-edges), by which style.css sets its text small enough that
 * every column prints, down to tableFloor of the page's text. One too
 * wide even then (data-print-fit names it in a rule of a style sheet
 * of this script's) may break its cells' words anywhere, as a table does
 * printed without this script.
 */
(function () {
  'use strict';
  var tableFloor = 0.6; // style.css's smallest printed table text, in ems of the text around it
  var printFit; // the style sheet of the rules that let a table too wide at tableFloor break its words
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('.math-display > math').forEach(function (m) {
      var r = document.createRange();
      r.selectNodeContents(m);
      m.style.setProperty('--math-ems', (r.getBoundingClientRect().width + 1) / parseFloat(getComputedStyle(m).fontSize));
    });
    var rules = [];
    document.querySelectorAll('.table-scroll > table').forEach(function (t, i) {
      var width = t.style.width, edges = 2;
      if (t.rows.length) [].forEach.call(t.rows[0].cells, function (c) {
        var cs = getComputedStyle(c);
        edges += parseFloat(cs.paddingLeft) + parseFloat(cs.paddingRight) + 1;
      });
      t.style.width = 'min-content';
      var ems = (t.getBoundingClientRect().width - edges) / parseFloat(getComputedStyle(t).fontSize);
      t.style.width = width;
      t.style.setProperty('--table-ems', ems);
      t.style.setProperty('--table-edges', edges);
      t.setAttribute('data-print-fit', i);
      // In the container's ems: narrower, the table's text at tableFloor of its own and its edges are too wide.
      rules.push('@container (width < ' + (ems * tableFloor + edges / parseFloat(getComputedStyle(t.parentNode).fontSize)).toFixed(2) + 'em) { .table-scroll > table[data-print-fit="' + i + '"] :is(th, td) { overflow-wrap: anywhere; } }');
    });
    var css = '@media print { ' + rules.join(' ') + ' }';
    if (document.adoptedStyleSheets && window.CSSStyleSheet && CSSStyleSheet.prototype.replaceSync) { // no <style> a CSP may forbid
      if (!printFit) document.adoptedStyleSheets = document.adoptedStyleSheets.concat(printFit = new CSSStyleSheet());
      printFit.replaceSync(css);
    } else {
      printFit = printFit || document.head.appendChild(document.createElement('style'));
      printFit.textContent = css;
    }
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
