// At most one animation frame pending per widget: data, resizes, theme changes, input and
// animation all coalesce into one render per frame. Cancelled when the widget draws anew or
// leaves the page, so no frame ever runs on a released wasm object.
export class Frames {
  #id = 0;
  #run;
  constructor(run) {
    this.#run = run;
  }
  request() {
    this.#id ||= requestAnimationFrame((now) => {
      this.#id = 0;
      this.#run(now);
    });
  }
  cancel() {
    cancelAnimationFrame(this.#id);
    this.#id = 0;
  }
}
