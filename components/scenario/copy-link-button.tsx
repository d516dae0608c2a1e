'use client';

import { useState } from 'react';

/** Copies the page's address, which holds the whole scenario, and says whether it worked. */
export function CopyLinkButton() {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('Link copied: it opens this exact scenario.');
    } catch {
      setStatus('Could not copy here: copy the address bar instead, it holds the scenario.');
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={copy}>
        Copy link
      </button>
      <span className="action-status" role="status">
        {status}
      </span>
    </>
  );
}
