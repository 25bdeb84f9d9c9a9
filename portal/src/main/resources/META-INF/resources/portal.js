// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  // The NHS number's Modulus 11 check digit, told as the person types (the service checks it again).
  function validNhsNumber(digits) {
    if (!/^\d{10}$/.test(digits)) return false;
    var sum = 0;
    for (var i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
    var check = 11 - (sum % 11);
    if (check === 11) check = 0;
    return check !== 10 && check === Number(digits[9]);
  }

  document.querySelectorAll('[data-nhs-number]').forEach(function (input) {
    var message = document.getElementById(input.id + '-check');
    input.addEventListener('input', function () {
      var digits = input.value.replace(/\s/g, '');
      var wrong = digits.length >= 10 && !validNhsNumber(digits);
      message.hidden = !wrong;
      message.textContent = wrong ? 'Error: this is not a valid NHS number. Check the digits.' : '';
    });
  });

  // Break-glass access: the minutes left, so no one forgets it runs out.
  document.querySelectorAll('[data-countdown]').forEach(function (element) {
    var ends = Date.parse(element.getAttribute('data-countdown'));
    function tick() {
      var minutes = Math.ceil((ends - Date.now()) / 60000);
      element.textContent = minutes > 0 ? 'in ' + minutes + (minutes === 1 ? ' minute' : ' minutes') : 'now: it has ended';
    }
    tick();
    setInterval(tick, 15000);
  });
})();
