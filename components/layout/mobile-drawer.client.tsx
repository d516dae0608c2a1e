'use client';

import { usePathname } from 'next/navigation';
import { type ReactNode, useEffect, useRef } from 'react';

export interface MobileDrawerProps {
  children: ReactNode;
}

/**
 * The course map on narrow screens. A modal <dialog> gives focus trapping,
 * Escape to close and an inert page behind it without any extra code.
 */
export function MobileDrawer({ children }: MobileDrawerProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const pathname = usePathname();

  // Following a link inside the drawer navigates client-side: close it then.
  useEffect(() => {
    dialog.current?.close();
  }, [pathname]);

  return (
    <>
      <button type="button" className="icon-button menu-button" onClick={() => dialog.current?.showModal()}>
        <span aria-hidden="true" className="menu-icon" />
        <span>Course map</span>
      </button>
      <dialog
        ref={dialog}
        className="drawer"
        aria-label="Course map"
        onClick={(e) => {
          if (e.target === e.currentTarget) e.currentTarget.close();
        }}
      >
        <div className="drawer-inner">
          <div className="drawer-head">
            <p className="drawer-title">Course map</p>
            <button type="button" className="icon-button" onClick={() => dialog.current?.close()}>
              Close
            </button>
          </div>
          {children}
        </div>
      </dialog>
    </>
  );
}
