'use client';
/**
 * Brings the highlighted <mark> into view inside the source's own scroll box. The page itself is moved by
 * the #source anchor; scrollIntoView would move the page a second time, so only the box's scrollTop is set.
 */
import { useEffect } from 'react';

export function ScrollToMark({ containerId, markKey }: { containerId: string; markKey: string }) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new mark (another cell chosen) scrolls again, though the box is the same.
  useEffect(() => {
    const box = document.getElementById(containerId);
    const mark = box?.querySelector('mark');
    if (!box || !mark) return;
    const offset = mark.getBoundingClientRect().top - box.getBoundingClientRect().top;
    // A third of the way down, so the lines before the number are visible too.
    box.scrollTop += offset - box.clientHeight / 3;
  }, [containerId, markKey]);
  return null;
}
