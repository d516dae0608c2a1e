import '@testing-library/jest-dom/vitest';

// jsdom has <dialog> but not its methods; the real behaviour is covered by the browser tests.
if (typeof HTMLDialogElement !== 'undefined' && typeof HTMLDialogElement.prototype.showModal !== 'function') {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

// next.config.mjs sets trailingSlash; next/link reads it from this variable at build time.
process.env.__NEXT_TRAILING_SLASH = 'true';
