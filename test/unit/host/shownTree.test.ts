import assert from 'node:assert/strict';
import { ShownTree, type TreeShape } from '../../../src/vscode/views/shownTree';

interface Node {
  readonly id: string;
  readonly label: string;
  readonly at: number;
  readonly children: readonly Node[];
}

const SHAPE: TreeShape<Node> = { id: (node) => node.id, children: (node) => node.children, sameRow: (a, b) => a.label === b.label };

/** A tree of two topics with three statements each, every position moved by `shift`. */
function tree(shift = 0, label = (id: string): string => id): Node[] {
  return ['a', 'b'].map((topic, t) => ({
    id: topic,
    label: label(topic),
    at: t * 100 + shift,
    children: [0, 1, 2].map((i) => ({ id: `${topic}/${i}`, label: label(`${topic}/${i}`), at: t * 100 + i * 10 + shift, children: [] })),
  }));
}

/** What VS Code does on a full draw: the roots, each row, the children of the expanded ones. */
function draw(shown: ShownTree<Node>, roots: readonly Node[], expanded: (node: Node) => boolean = () => true): void {
  const visit = (parent: Node | undefined, children: readonly Node[]): void => {
    shown.gaveChildren(parent, children);
    for (const child of children) {
      shown.drew(child, child);
      if (expanded(child) && child.children.length > 0) visit(child, child.children);
    }
  };
  visit(undefined, roots);
}

describe('ShownTree', () => {
  it('asks for a full redraw before anything was drawn, and when the roots change', () => {
    const shown = new ShownTree(SHAPE);
    assert.equal(shown.changes(tree()), 'all');
    draw(shown, tree());
    assert.equal(shown.changes(tree().slice(1)), 'all');
    shown.clear();
    assert.equal(shown.changes(tree()), 'all');
  });

  it('redraws nothing when only positions moved', () => {
    const shown = new ShownTree(SHAPE);
    draw(shown, tree());
    assert.deepEqual(shown.changes(tree(7)), []);
  });

  it('redraws the rows whose label changed, as the objects VS Code holds', () => {
    const shown = new ShownTree(SHAPE);
    const before = tree();
    draw(shown, before);
    const changes = shown.changes(tree(3, (id) => (id === 'b/1' ? 'edited' : id)));
    assert.notEqual(changes, 'all');
    assert.deepEqual((changes as Node[]).map((node) => node.id), ['b/1']);
    assert.equal((changes as Node[])[0], before[1]!.children[1], 'the element VS Code was given');
  });

  it('redraws the parent when its children changed, and forgets the rows that went', () => {
    const shown = new ShownTree(SHAPE);
    draw(shown, tree());
    const after = tree();
    const fewer = [after[0]!, { ...after[1]!, children: after[1]!.children.slice(0, 2) }];
    assert.deepEqual((shown.changes(fewer) as Node[]).map((node) => node.id), ['b']);
    // VS Code redraws b and asks for its children: after that, the same tree changes nothing.
    shown.drew(tree()[1]!, fewer[1]!);
    shown.gaveChildren(tree()[1]!, fewer[1]!.children);
    assert.deepEqual(shown.changes(fewer), []);
  });

  it('compares a redrawn row with what it was drawn from, not with the first version', () => {
    const shown = new ShownTree(SHAPE);
    const first = tree();
    draw(shown, first);
    const edited = tree(0, (id) => (id === 'a/0' ? 'edited' : id));
    assert.equal((shown.changes(edited) as Node[]).length, 1);
    shown.drew(first[0]!.children[0]!, edited[0]!.children[0]!);
    assert.deepEqual(shown.changes(edited), []);
    assert.deepEqual((shown.changes(tree()) as Node[]).map((node) => node.id), ['a/0']);
  });

  it('does not look below nodes VS Code never expanded', () => {
    const shown = new ShownTree(SHAPE);
    draw(shown, tree(), (node) => node.id !== 'b');
    const changes = shown.changes(tree(0, (id) => (id.startsWith('b/') ? 'edited' : id)));
    assert.deepEqual(changes, []);
  });
});

describe('ShownTree.comparedNode', () => {
  it('finds the nodes of the last compared tree that VS Code can hold, and nothing for another tree', () => {
    const shown = new ShownTree(SHAPE);
    draw(shown, tree(), (node) => node.id !== 'b');
    const after = tree(5);
    assert.equal(shown.comparedNode(after, 'a'), undefined, 'nothing compared yet');
    shown.changes(after);
    assert.equal(shown.comparedNode(after, 'a/2'), after[0]!.children[2]);
    assert.equal(shown.comparedNode(after, 'b'), after[1]);
    assert.equal(shown.comparedNode(after, 'b/0'), null, 'below a collapsed node');
    assert.equal(shown.comparedNode(tree(5), 'a'), undefined, 'another tree');
  });
});
