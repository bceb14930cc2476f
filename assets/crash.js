// Wires the buttons of the error screen that the app draws when it panics. Plain JS on purpose:
// after a panic the wasm can no longer run.
document.addEventListener('click', (event) => {
  const button = event.target.closest && event.target.closest('[data-crash-action]');
  if (!button) return;
  if (button.dataset.crashAction === 'reload') {
    // Without the panic drill: a link carrying `?drill=panic` must not stop the quiz twice.
    const url = new URL(location.href);
    if (url.searchParams.has('drill')) {
      url.searchParams.delete('drill');
      location.replace(url.href);
    } else {
      location.reload();
    }
    return;
  }
  const details = document.getElementById('crash-details');
  const copied = () => { button.textContent = button.dataset.copiedLabel; };
  const selectForCopying = () => {
    const range = document.createRange();
    range.selectNodeContents(details);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  };
  if (navigator.clipboard) {
    navigator.clipboard.writeText(details.textContent).then(copied, selectForCopying);
  } else {
    selectForCopying();
  }
});
