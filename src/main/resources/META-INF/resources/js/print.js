// The print view's "Print" button (a static file: the Content-Security-Policy allows no inline script).
document.addEventListener('click', function (event) {
  if (event.target.closest && event.target.closest('[data-print]')) {
    window.print();
  }
});
