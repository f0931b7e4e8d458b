// Widgets draw when they come within a screen of the viewport, so pages with many widgets start
// fast. One observer serves every element; what each one waits to run is kept in a WeakMap.
const waiting = new WeakMap();
let observer;

/** Elements that draw at once wherever they are (mounted through the API, which awaits them). */
export const eager = new WeakSet();

export function whenNearView(element, run) {
  if (eager.has(element) || typeof IntersectionObserver != "function") return run();
  observer ||= new IntersectionObserver((entries) => {
    for (const { isIntersecting, target } of entries) {
      const fn = isIntersecting && waiting.get(target);
      if (fn) {
        stopWaiting(target);
        fn();
      }
    }
  }, { rootMargin: "100% 0px" });
  waiting.set(element, run);
  observer.observe(element);
}

export function stopWaiting(element) {
  waiting.delete(element);
  observer?.unobserve(element);
}
