// The ceremony: → or space for the next slide, ← for the previous one, without reloading the page. A static
// file (the Content-Security-Policy allows no inline script); without it the ?slide=N links do the same.
(function () {
  var ceremony = document.getElementById('ceremony');
  if (!ceremony) {
    return;
  }
  var base = ceremony.dataset.base;
  var count = parseInt(ceremony.dataset.count, 10) || 1;
  var current = parseInt(ceremony.dataset.current, 10) || 1;
  var prev = document.getElementById('ceremony-prev');
  var next = document.getElementById('ceremony-next');
  var position = document.getElementById('ceremony-position');

  function show(number) {
    if (number < 1 || number > count || number === current) {
      return;
    }
    document.getElementById('slide-' + current).hidden = true;
    document.getElementById('slide-' + number).hidden = false;
    current = number;
    prev.hidden = current <= 1;
    next.hidden = current >= count;
    prev.href = base + (current - 1);
    next.href = base + (current + 1);
    position.textContent = current + ' / ' + count;
    history.replaceState(null, '', base + current);
  }

  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    if (event.key === 'ArrowRight' || event.key === ' ' || event.key === 'PageDown') {
      event.preventDefault();
      show(current + 1);
    } else if (event.key === 'ArrowLeft' || event.key === 'PageUp') {
      event.preventDefault();
      show(current - 1);
    } else if (event.key === 'Home') {
      show(1);
    } else if (event.key === 'End') {
      show(count);
    }
  });

  [prev, next].forEach(function (link) {
    link.addEventListener('click', function (event) {
      event.preventDefault();
      show(current + (link === next ? 1 : -1));
    });
  });
})();
