/**
 * The first page a parent opens (the emailed link) arrives drawn by the api
 * (prerender/first-page.tsx) before the script: what the guardian did on it meanwhile is
 * carried into the page the script draws in its place.
 */
let keep = false;

/**
 * Reads the drawn page (if any) just before the script draws its own in its place, and turns
 * on the whole stylesheet, which came with it as "print" so as to hold nothing up
 * (apps/web/prerender.mjs): the other pages need it.
 */
export function readPrerenderedPage(root: HTMLElement): void {
  keep = root.querySelector<HTMLInputElement>('input[name="keep"]')?.checked ?? false;
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[data-whole-stylesheet]'))
    link.media = 'all';
}

/** "Keep me signed in on this device", if it was ticked before the script ran. */
export function prerenderedKeep(): boolean {
  return keep;
}
