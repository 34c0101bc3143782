// Where new Values come from. The language sets the current site (an id it can turn back
// into a source position) and the current scope (the module whose forward is running) so
// that every Value records them without the engine knowing about source code.

let currentSite = 0;
let currentScope = 0;

export function setCurrentSite(site: number): void {
  currentSite = site;
}

export function getCurrentSite(): number {
  return currentSite;
}

/** Enter a module's scope; returns the previous scope, to be restored with `setCurrentScope`. */
export function setCurrentScope(scope: number): number {
  const previous = currentScope;
  currentScope = scope;
  return previous;
}

export function getCurrentScope(): number {
  return currentScope;
}
