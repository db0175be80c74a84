// Shows the items of a screen's display page one after another, every 10 seconds.
(() => {
  const slides = document.querySelectorAll('.slide');
  if (slides.length < 2) return;
  let current = 0;
  setInterval(() => {
    slides[current].classList.remove('current');
    current = (current + 1) % slides.length;
    slides[current].classList.add('current');
  }, 10000);
})();
