// Sotay: small progressive enhancements. Every core path works without this file.
(function () {
  "use strict";
  // htmx requests carry the CSRF token of the page.
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // The account menu closes when the user clicks elsewhere or presses Escape.
  document.addEventListener("click", function (event) {
    var menu = document.getElementById("account-menu");
    if (menu && menu.open && !menu.contains(event.target)) {
      menu.open = false;
    }
  });
  // "In": print buttons of the print views.
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-print]") : null;
    if (button) {
      window.print();
    }
  });
  document.addEventListener("keydown", function (event) {
    var menu = document.getElementById("account-menu");
    if (event.key === "Escape" && menu && menu.open) {
      menu.open = false;
      menu.querySelector("summary").focus();
    }
  });
})();
