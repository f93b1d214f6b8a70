// Electron's classes arrive in main/electron as constructor parameters (so Electronegativity
// sees `new BrowserWindow({...})` with its options). Tests build their fakes with a plain
// factory; this turns it into something `new` can call: a function that returns an object
// gives that object to `new`.
export const constructorFromFactory = <Options, Instance extends object>(
  make: (options: Options) => Instance,
): new (options: Options) => Instance =>
  function construct(options: Options) {
    return make(options);
  } as unknown as new (options: Options) => Instance;
