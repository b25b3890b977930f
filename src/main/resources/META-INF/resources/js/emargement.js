// Issue 18: the signature box of the émargement page. The candidate signs with a finger, a stylus or the mouse; on
// « Enregistrer » the drawing goes with the form as a PNG data URL (nothing is sent when the box is empty).
(function () {
  'use strict';

  function pad(canvas) {
    var ctx = canvas.getContext('2d');
    var drawing = false;
    canvas.dataset.signed = '';
    ctx.lineWidth = 2.2;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#000091';

    function point(e) {
      var box = canvas.getBoundingClientRect();
      return {
        x: (e.clientX - box.left) * canvas.width / box.width,
        y: (e.clientY - box.top) * canvas.height / box.height
      };
    }
    canvas.addEventListener('pointerdown', function (e) {
      e.preventDefault();
      drawing = true;
      canvas.setPointerCapture(e.pointerId);
      var p = point(e);
      ctx.beginPath();
      ctx.moveTo(p.x, p.y);
      ctx.lineTo(p.x + 0.1, p.y + 0.1);
      ctx.stroke();
      canvas.dataset.signed = 'true';
    });
    canvas.addEventListener('pointermove', function (e) {
      if (!drawing) {
        return;
      }
      var p = point(e);
      ctx.lineTo(p.x, p.y);
      ctx.stroke();
    });
    ['pointerup', 'pointercancel', 'pointerleave'].forEach(function (type) {
      canvas.addEventListener(type, function () {
        drawing = false;
      });
    });
    return {
      clear: function () {
        ctx.clearRect(0, 0, canvas.width, canvas.height);
        canvas.dataset.signed = '';
      }
    };
  }

  document.querySelectorAll('form.emargement-form').forEach(function (form) {
    var canvas = form.querySelector('canvas.signature-pad');
    var signature = form.querySelector('input[name="signature"]');
    var p = pad(canvas);
    form.querySelector('[data-clear-signature]').addEventListener('click', function () {
      p.clear();
    });
    form.addEventListener('submit', function () {
      var present = form.querySelector('input[name="present"]:checked');
      signature.value = present && present.value === 'true' && canvas.dataset.signed ? canvas.toDataURL('image/png') : '';
    });
  });
}());
