// A drawer opened over a screen is a step the browser's Back (and the mouse's back button) undoes:
// opening it adds a history entry at the same address, Back closes it and stays on the screen,
// and closing it otherwise (×, Escape, a click outside) takes that entry away again.
import { useEffect, useRef } from 'react';

let counter = 0;

export function useBackCloses(opened: boolean, close: () => void): void {
  const closeRef = useRef(close);
  closeRef.current = close;
  useEffect(() => {
    if (!opened) return;
    const token = `drawer-${++counter}`;
    window.history.pushState({ ...(window.history.state ?? {}), drawer: token }, '', window.location.href);
    let ours = true;
    const onPop = () => {
      if ((window.history.state as { drawer?: string } | null)?.drawer === token) return;
      ours = false;
      closeRef.current();
    };
    window.addEventListener('popstate', onPop);
    return () => {
      window.removeEventListener('popstate', onPop);
      // closed on screen: take our entry away; gone to another screen from the drawer: leave it
      if (ours && (window.history.state as { drawer?: string } | null)?.drawer === token) window.history.back();
    };
  }, [opened]);
}
