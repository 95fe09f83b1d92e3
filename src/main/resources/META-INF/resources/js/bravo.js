// Small behaviours that would otherwise need inline script (the Content-Security-Policy allows none).

// Forms that undo something ask first.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
}, true);
