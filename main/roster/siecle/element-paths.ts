// The element paths a reader of an XML file is told ("BEE_ELEVES/DONNEES/ELEVES/ELEVE").

/**
 * One path of the file's element tree, made once and shared by every element at that path: a
 * file of millions of elements has a few dozen paths, and readers compare and look paths up by
 * the million (a string built per element would be hashed and compared afresh each time).
 */
export interface ElementPath {
  name: string;
  path: string;
  children: Map<string, ElementPath>;
  /** The child opened last in the element open now, and the sibling that followed a child last. */
  lastOpened: ElementPath | null;
  firstOpened: ElementPath | null;
  followedBy: ElementPath | null;
}

// A hostile file could name every element differently: past this many distinct children of one
// element, paths are made per element instead of kept.
const MAX_KEPT_CHILD_PATHS = 256;

// V8 keeps one copy of each string used as a property name: two such strings are compared by
// identity, so the readers' many comparisons of a path with their constants cost nothing.
const internalised = (text: string): string => Object.keys({ [text]: 0 })[0] ?? text;

export const elementPath = (name: string, path: string): ElementPath => ({
  name: internalised(name),
  path: internalised(path),
  children: new Map(),
  lastOpened: null,
  firstOpened: null,
  followedBy: null,
});

/**
 * The path of element `name` opened in `parent`. Records repeat their fields in one order, so
 * the sibling that followed the previous child last time is tried first, without a lookup.
 */
export function childPath(parent: ElementPath, name: string): ElementPath {
  const previous = parent.lastOpened;
  const guess = previous === null ? parent.firstOpened : previous.followedBy;
  let child: ElementPath;
  if (guess !== null && guess.name === name) child = guess;
  else {
    const known = parent.children.get(name);
    if (known !== undefined) child = known;
    else {
      child = elementPath(name, parent.path === '' ? name : `${parent.path}/${name}`);
      if (parent.children.size >= MAX_KEPT_CHILD_PATHS) return child;
      parent.children.set(name, child);
    }
  }
  if (previous === null) parent.firstOpened = child;
  else previous.followedBy = child;
  parent.lastOpened = child;
  child.lastOpened = null;
  return child;
}
