// Small behaviours that would otherwise need inline script (the Content-Security-Policy allows none).

// Forms that undo something ask first.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
}, true);

// The recognise form: a colleague ticked among the search results moves to the chosen ones, so the next search
// does not take them away; the story shows how many characters it has.
document.addEventListener('change', function (event) {
  var box = event.target;
  var found = document.getElementById('recipients-found');
  var chosen = document.getElementById('recipients-chosen');
  if (box.name === 'recipientIds' && box.checked && found && chosen && found.contains(box)) {
    chosen.appendChild(box.closest('label'));
  }
});
document.addEventListener('input', function (event) {
  var field = event.target;
  if (field.dataset && field.dataset.count) {
    var counter = document.getElementById(field.dataset.count);
    if (counter) {
      counter.textContent = field.value.length + ' / ' + field.maxLength;
    }
  }
});

// The language switch returns to the address shown now: htmx may have changed it (a live search pushes ?q=…)
// since the page, and the form's back field, were rendered.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.classList && form.classList.contains('lang-form') && form.elements.back) {
    form.elements.back.value = window.location.pathname + window.location.search;
  }
}, true);

// Enter in the recognise form's colleague search searches (htmx already does, as you type); it does not publish.
document.addEventListener('keydown', function (event) {
  if (event.key === 'Enter' && event.target.id === 'f-q' && event.target.closest('.recognise')) {
    event.preventDefault();
  }
});

// The purpose statement on the board can be hidden for this browser session (without JavaScript it simply stays).
// The key names the statement's version, so an edited statement shows again.
(function () {
  function purpose() {
    var box = document.getElementById('purpose');
    if (!box || !window.sessionStorage) {
      return;
    }
    var key = box.dataset.dismissKey;
    try {
      if (sessionStorage.getItem(key) === 'hidden') {
        box.hidden = true;
        return;
      }
    } catch (e) {
      return; // storage refused (private mode): keep the statement, offer no button that cannot work
    }
    var button = box.querySelector('.purpose__dismiss');
    if (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        try {
          sessionStorage.setItem(key, 'hidden');
        } catch (e) {
          // not remembered; hidden for this page anyway
        }
        box.hidden = true;
      });
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', purpose);
  } else {
    purpose();
  }
})();
