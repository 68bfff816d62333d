/*
 * Paperboy's header Menu (the .site-menu disclosure of the site header on a
 * phone with large text). Dependency-free.
 *
 * Escape closes the open menu and returns the focus to its Menu button,
 * as the WAI-ARIA disclosure pattern expects, wherever the focus is in
 * it: on the button, a link or the search field (whose Escape first
 * clears what is typed in it, as the field does alone). Where the header
 * has room, the stylesheet shows the menu's content without its button,
 * and Escape does nothing. Without this script the button still opens
 * and closes the menu.
 */
(function () {
  'use strict';
  document.querySelectorAll('details.site-menu').forEach(function (menu) {
    var button = menu.querySelector('summary');
    if (!button) return;
    menu.addEventListener('keydown', function (e) {
      if (e.key !== 'Escape' || e.defaultPrevented || !menu.open || !button.getClientRects().length) return;
      if (e.target.tagName === 'INPUT' && e.target.value !== '') return;
      menu.open = false;
      button.focus();
      e.preventDefault();
    });
  });
})();
