import * as vscode from 'vscode';
import type { Span } from '../../core/text/positions';
import { Disposable } from '../util/dispose';
import type { AnalysisTreeModel } from './analysisTreeModel';
import { REVEAL_COMMAND } from './revealTarget';
import { ShownTree, type TreeShape } from './shownTree';
import { TreeRefresher, type TreeRedraw } from './treeRefresh';

/**
 * A tree view of an AnalysisTreeModel that redraws only the rows whose content changed: after typing,
 * positions shift but rows rarely change, and redrawing every row cost the extension host seconds per
 * keystroke at 10 MB (every item rebuilt, its tooltip parsed and sent to the window). Rows are always
 * drawn from the latest tree (found by id), tooltips only when VS Code asks for one, and a click reveals
 * the node's span in the latest analysis, so rows left alone never point at a stale position.
 */
export abstract class AnalysisTreeProvider<Node> extends Disposable implements vscode.TreeDataProvider<Node> {
  private readonly refresher = this._register(new TreeRefresher());
  private readonly changeEmitter = this._register(new vscode.EventEmitter<Node | Node[] | undefined>());
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly shown: ShownTree<Node>;
  /** Nodes of the latest tree by id: its roots and the children read so far (children are built when first read). */
  private index: { roots: readonly Node[]; byId: Map<string, Node> } | undefined;
  private view: vscode.TreeView<Node> | undefined;

  constructor(
    protected readonly model: AnalysisTreeModel<Node>,
    private readonly shape: TreeShape<Node>,
    private readonly revealNodeCommand: string,
  ) {
    super();
    this.shown = new ShownTree(shape);
    this._register(model.onDidChange((why) => this.refresher.requestFor(why)));
    this._register(this.refresher.onRedraw((redraw) => this.redraw(redraw)));
    this._register(vscode.commands.registerCommand(revealNodeCommand, (id: unknown) => this.reveal(id)));
  }

  /** The view showing this tree: while it is hidden, a change redraws the whole tree when shown (nothing is compared). */
  showIn(view: vscode.TreeView<Node>): void {
    this.view = view;
  }

  /** How many rows the view was last given at its top level; `undefined` while it has not asked since a full redraw. */
  get shownRootCount(): number | undefined {
    return this.shown.shownRootIds?.length;
  }

  getChildren(node?: Node): Node[] {
    const children = node === undefined ? this.model.roots() : this.shape.children(this.current(node));
    if (node !== undefined) this.indexed(this.model.roots(), children);
    this.shown.gaveChildren(node, children);
    return [...children];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const current = this.current(node);
    this.shown.drew(node, current);
    return this.item(current);
  }

  resolveTreeItem(item: vscode.TreeItem, node: Node): vscode.TreeItem {
    item.tooltip ??= this.tooltip(this.current(node));
    return item;
  }

  /** The row of a node of the latest tree. */
  protected abstract item(node: Node): vscode.TreeItem;

  /** A row's tooltip, built only when VS Code shows it. */
  protected tooltip(_node: Node): vscode.MarkdownString | string | undefined {
    return undefined;
  }

  /** Where a click on the node goes, if anywhere. */
  protected abstract spanOf(node: Node): Span | undefined;

  /** The click command of a node's row: by id, so a row not redrawn after an edit still goes to the right place. */
  protected revealCommand(node: Node): vscode.Command | undefined {
    if (!this.model.uri || !this.spanOf(node)) return undefined;
    return { command: this.revealNodeCommand, title: vscode.l10n.t('Reveal in Editor'), arguments: [this.shape.id(node)] };
  }

  private async reveal(id: unknown): Promise<void> {
    const node = typeof id === 'string' ? this.byId(id) : undefined;
    const span = node && this.spanOf(node);
    const uri = this.model.uri;
    if (span && uri) await vscode.commands.executeCommand(REVEAL_COMMAND, uri, span.start, span.end);
  }

  private redraw({ full }: TreeRedraw): void {
    if (!full && this.view?.visible !== false) {
      const changes = this.shown.changes(this.model.roots());
      if (changes !== 'all') {
        if (changes.length > 0) this.changeEmitter.fire(changes);
        return;
      }
    }
    this.shown.clear();
    this.changeEmitter.fire(undefined);
  }

  /** The same node in the latest tree; itself when it is gone (its parent is redrawn soon). */
  private current(node: Node): Node {
    return this.byId(this.shape.id(node)) ?? node;
  }

  private byId(id: string): Node | undefined {
    const roots = this.model.roots();
    // After a comparison, the nodes it indexed are what VS Code holds.
    const compared = this.shown.comparedNode(roots, id);
    if (compared) return compared;
    const byId = this.indexed(roots, []);
    const known = byId.get(id);
    if (known) return known;
    // Not read yet (e.g. a reveal of a node VS Code never drew): ids extend their parent's with `/`, so
    // descend only into nodes whose id leads to it, building just those children.
    let level: readonly Node[] = roots;
    for (;;) {
      // The longest such id: a title may hold a `/` itself.
      let next: Node | undefined;
      for (const node of level) {
        const nodeId = this.shape.id(node);
        if (id.startsWith(`${nodeId}/`) && (next === undefined || nodeId.length > this.shape.id(next).length)) next = node;
      }
      if (!next) return undefined;
      level = this.shape.children(next);
      this.indexed(roots, level);
      const found = byId.get(id);
      if (found) return found;
    }
  }

  /** The index of the tree `roots`, with `children` added (a new tree starts a new index: no walk of the whole tree). */
  private indexed(roots: readonly Node[], children: readonly Node[]): Map<string, Node> {
    if (this.index?.roots !== roots) {
      this.index = { roots, byId: new Map(roots.map((root) => [this.shape.id(root), root])) };
    }
    const byId = this.index.byId;
    for (const child of children) byId.set(this.shape.id(child), child);
    return byId;
  }
}
