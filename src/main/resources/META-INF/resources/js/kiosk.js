// The office screen: rotates through the highlights, shows newly approved ones live (server-sent events), and
// finds its way back after a network drop. A static file: the Content-Security-Policy allows no inline script.
(function () {
  var kiosk = document.getElementById('kiosk');
  if (!kiosk) {
    return;
  }
  var slides = document.getElementById('kiosk-slides');
  var bar = kiosk.querySelector('.kiosk-progress__bar');
  var seconds = parseInt(kiosk.dataset.rotate, 10) || 12;
  var maxSlides = Math.max(slides.children.length, 20);
  var timer = null;
  var current = null;
  kiosk.classList.add('kiosk--live');

  function restartProgress() {
    bar.classList.remove('is-running');
    void bar.offsetWidth; // restart the CSS animation
    bar.style.animationDuration = seconds + 's';
    bar.classList.add('is-running');
  }

  function show(slide) {
    if (current) {
      current.classList.remove('is-current');
    }
    current = slide;
    if (slide) {
      slide.classList.add('is-current');
      restartProgress();
    }
    window.clearTimeout(timer);
    timer = window.setTimeout(next, seconds * 1000);
  }

  function next() {
    var following = current && current.nextElementSibling;
    show(following || slides.firstElementChild);
  }

  // A new highlight goes first and is shown at once; the rotation continues from there.
  function arrive(html) {
    var parsed = new DOMParser().parseFromString(html, 'text/html').body.firstElementChild;
    if (!parsed || document.getElementById(parsed.id)) {
      return;
    }
    var slide = document.adoptNode(parsed);
    slides.insertBefore(slide, slides.firstElementChild);
    var empty = kiosk.querySelector('.kiosk-empty');
    if (empty) {
      empty.remove();
    }
    while (slides.children.length > maxSlides) {
      slides.lastElementChild.remove();
    }
    show(slide);
  }

  // EventSource reconnects by itself after a dropped connection. When it gives up (the server answered with
  // an error, e.g. the link was revoked or the server restarts), ask for the page until it answers, then reload.
  function listen() {
    var source = new EventSource(kiosk.dataset.events);
    source.addEventListener('post', function (event) {
      arrive(event.data);
    });
    // Today's pulse, re-rendered by the server when new feedback arrives: swapped in place.
    source.addEventListener('pulse', function (event) {
      var side = document.getElementById('kiosk-pulse');
      var parsed = new DOMParser().parseFromString(event.data, 'text/html').body.firstElementChild;
      if (side && parsed) {
        side.replaceChildren(document.adoptNode(parsed));
      }
    });
    source.onopen = function () {
      kiosk.classList.add('kiosk--connected');
    };
    source.onerror = function () {
      kiosk.classList.remove('kiosk--connected');
      if (source.readyState === EventSource.CLOSED) {
        waitForServer();
      }
    };
  }

  function waitForServer() {
    window.setTimeout(function () {
      fetch(window.location.href, { method: 'HEAD', cache: 'no-store' })
        .then(function () { window.location.reload(); }, waitForServer);
    }, 10000);
  }

  show(slides.firstElementChild);
  listen();
  // The stream brings new posts only: a post taken off the board (removed, sent back to the moderators, a
  // customer's name erased) leaves the screen with the next full load, every ten minutes.
  window.setTimeout(function () { window.location.reload(); }, 10 * 60 * 1000);
}());
