// Small behaviours that would otherwise need inline script (the Content-Security-Policy allows none).
document.addEventListener('DOMContentLoaded', function () {
  // Language switch: submit on change; the button stays for browsers without script.
  document.querySelectorAll('select.js-autosubmit').forEach(function (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  });
  document.querySelectorAll('.js-hide').forEach(function (el) { el.hidden = true; });
});

// Forms that undo something ask first.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
}, true);
