/*
 * Paperboy's copy buttons (a paper page's "Copy BibTeX"). Dependency-free.
 *
 * Markup it expects:
 *
 *   <code id="bibtex-entry">…</code>
 *   <p data-copy="bibtex-entry" data-copy-label="Copy BibTeX" data-status="copy-status"
 *      data-done="BibTeX entry copied." data-failed="…">…</p>
 *   <span id="copy-status" role="status"></span>
 *
 * The button is made here, as the first child of the element with
 * data-copy, and only where the page can write to the clipboard (not on an
 * http:// address other than localhost): a button in the HTML, even a
 * hidden one, shows in a text browser (lynx, w3m), a reader mode or a
 * feed-to-page tool, where it does nothing. Without it the entry is
 * selected and copied by hand. Its words and messages come from the
 * page's data attributes, so the theme's template and translations keep
 * them; its look is the stylesheet's button.copy. A click copies the text
 * of the element data-copy names and puts data-done, or data-failed, in
 * the status element, which screen readers announce, each click again;
 * the message goes after a few seconds.
 *
 * A theme's older template that writes the button itself
 * (<button data-copy … hidden>) keeps working: that button is shown.
 */
(function () {
  'use strict';
  if (!window.isSecureContext || !navigator.clipboard) return;
  document.querySelectorAll('[data-copy]').forEach(function (holder) {
    var source = document.getElementById(holder.getAttribute('data-copy'));
    var status = document.getElementById(holder.getAttribute('data-status'));
    if (!source || !status) return;
    var button = holder;
    if (holder.tagName !== 'BUTTON') {
      button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy';
      button.textContent = holder.getAttribute('data-copy-label');
      holder.insertBefore(button, holder.firstChild);
    }
    var timer = 0;
    // The status is emptied first and the message put in a moment later:
    // a live region whose text is set to what it already says (a second
    // click within the message's four seconds) is not read out again.
    function say(message) {
      clearTimeout(timer);
      status.textContent = '';
      timer = setTimeout(function () {
        status.textContent = message;
        timer = setTimeout(function () { status.textContent = ''; }, 4000);
      }, 100);
    }
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(source.textContent).then(
        function () { say(holder.getAttribute('data-done')); },
        function () { say(holder.getAttribute('data-failed')); });
    });
    button.hidden = false;
  });
})();
