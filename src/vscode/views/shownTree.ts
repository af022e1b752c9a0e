// What a tree view has been given, to redraw only the rows that changed. No `vscode` import: unit-tested
// in Node.

/** How to read a tree's nodes. */
export interface TreeShape<Node> {
  id(node: Node): string;
  children(node: Node): readonly Node[];
  /** Whether two versions of a node show the same row (label, description, icon, tooltip); positions aside. */
  sameRow(shown: Node, current: Node): boolean;
}

interface ShownNode<Node> {
  /** The object VS Code holds for this id: what it passes back to getTreeItem, getChildren and refresh. */
  readonly element: Node;
  /** The version of the node its row was drawn from. */
  drawn: Node;
  /** The ids of the children VS Code asked for, if it did. */
  childIds?: readonly string[];
}

/**
 * The rows a tree view has drawn, by id, and which of them a new version of the tree changes. VS Code
 * asks for children only of expanded nodes, so only those are compared; a node whose children changed is
 * redrawn (VS Code then asks for its children again).
 */
export class ShownTree<Node> {
  private rootIds: readonly string[] | undefined;
  private readonly shown = new Map<string, ShownNode<Node>>();
  /** The nodes of the last compared tree that VS Code holds or may ask about: its roots and the expanded part. */
  private compared: { readonly roots: readonly Node[]; readonly byId: ReadonlyMap<string, Node> } | undefined;

  constructor(private readonly shape: TreeShape<Node>) {}

  /** Forget everything: the whole tree is redrawn. */
  clear(): void {
    this.rootIds = undefined;
    this.compared = undefined;
    this.shown.clear();
  }

  /** The ids of the roots VS Code was last given; `undefined` when it has not asked since the last full redraw. */
  get shownRootIds(): readonly string[] | undefined {
    return this.rootIds;
  }

  /** VS Code asked for the children of `parent` (the roots when undefined) and got `children`. */
  gaveChildren(parent: Node | undefined, children: readonly Node[]): void {
    const ids = children.map((child) => this.shape.id(child));
    if (parent === undefined) this.rootIds = ids;
    else {
      const entry = this.shown.get(this.shape.id(parent));
      if (entry) entry.childIds = ids;
    }
    children.forEach((child, i) => {
      const id = ids[i]!;
      const entry = this.shown.get(id);
      // A new object for a known id replaces the old one in VS Code: keep the one it holds now.
      if (entry?.element === child) return;
      this.shown.set(id, { element: child, drawn: child });
    });
  }

  /**
   * A node of `roots` by id, when `roots` is the tree last compared; `null` when it is not among the nodes
   * VS Code holds (a child it has not asked for yet is from the latest tree already); `undefined` when
   * another tree was compared.
   */
  comparedNode(roots: readonly Node[], id: string): Node | null | undefined {
    if (this.compared?.roots !== roots) return undefined;
    return this.compared.byId.get(id) ?? null;
  }

  /** VS Code drew the row of `element` from `current` (the same node in the latest tree). */
  drew(element: Node, current: Node): void {
    const entry = this.shown.get(this.shape.id(element));
    if (entry) entry.drawn = current;
  }

  /**
   * The elements to redraw for the tree `roots`, as VS Code holds them; `'all'` when the roots changed or
   * nothing was drawn yet. An empty list means nothing the view shows changed (positions may have).
   */
  changes(roots: readonly Node[]): Node[] | 'all' {
    const rootIds = roots.map((root) => this.shape.id(root));
    if (this.rootIds === undefined || !sameIds(this.rootIds, rootIds)) return 'all';
    const current = new Map<string, Node>();
    const index = (nodes: readonly Node[]): void => {
      for (const node of nodes) {
        const id = this.shape.id(node);
        current.set(id, node);
        // Below a node VS Code never expanded, nothing is shown to compare.
        if (this.shown.get(id)?.childIds !== undefined) index(this.shape.children(node));
      }
    };
    index(roots);
    this.compared = { roots, byId: current };
    const changed: Node[] = [];
    for (const [id, entry] of this.shown) {
      const now = current.get(id);
      // Gone: its parent's children changed, and redrawing the parent drops it.
      if (now === undefined) {
        this.shown.delete(id);
        continue;
      }
      const childrenChanged = entry.childIds !== undefined && !sameIds(entry.childIds, this.shape.children(now).map((child) => this.shape.id(child)));
      if (childrenChanged || !this.shape.sameRow(entry.drawn, now)) changed.push(entry.element);
    }
    return changed;
  }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
