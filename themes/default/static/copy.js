/*
 * Paperboy's copy buttons (a paper page's "Copy BibTeX"). Dependency-free.
 *
 * Markup it expects:
 *
 *   <code id="bibtex-entry">…</code>
 *   <button type="button" data-copy="bibtex-entry" data-status="copy-status"
 *           data-done="BibTeX entry copied." data-failed="…" hidden>Copy BibTeX</button>
 *   <span id="copy-status" role="status"></span>
 *
 * A button stays hidden where a page cannot write to the clipboard (no
 * script, or an http:// address other than localhost); the entry is then
 * selected and copied by hand, as before. A click copies the text of the
 * element data-copy names and puts data-done, or data-failed, in the status
 * element, which screen readers announce, each click again; the message
 * goes after a few seconds.
 */
(function () {
  'use strict';
  if (!window.isSecureContext || !navigator.clipboard) return;
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var source = document.getElementById(button.getAttribute('data-copy'));
    var status = document.getElementById(button.getAttribute('data-status'));
    if (!source || !status) return;
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
        function () { say(button.getAttribute('data-done')); },
        function () { say(button.getAttribute('data-failed')); });
    });
    button.hidden = false;
  });
})();
