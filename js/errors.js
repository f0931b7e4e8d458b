// Every error a widget surfaces (the error box, `widget-error`, a rejected `mount()`, a throwing
// method) is an Error with `problems: [{path, message}]`. The wasm's data errors carry their own,
// with JSON paths; errors that start in JS get one problem here, at "" or the input they name.
export const problem = (message, path = "") => Object.assign(new Error(message), { problems: [{ path, message }] });

export const toProblems = (error) => error?.problems ?? [{ path: "", message: String(error?.message ?? error) }];

export function withProblems(error) {
  const e = error instanceof Error ? error : new Error(String(error));
  e.problems = toProblems(e);
  return e;
}
