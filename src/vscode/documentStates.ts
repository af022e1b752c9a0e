import * as vscode from 'vscode';
import { Disposable } from './util/dispose';

/** One service's state for one document. `release` runs when the state is dropped: clear timers, dispose watchers. */
export class DocumentSlot<T> {
  constructor(
    readonly name: string,
    readonly release: (value: T) => void = () => undefined,
  ) {}
}

/**
 * Everything the extension keeps about open documents, in one URI-keyed map. Each service owns a slot
 * and reads and writes only that; when a document closes, every slot of it is released at once, so no
 * service can keep a closed document's analysis, timers, decorations or sidecar session alive. Disposing it
 * (after the services, which activate registers later) releases every slot of every document the same way.
 */
export class DocumentStates extends Disposable {
  private readonly documents = new Map<string, Map<DocumentSlot<never>, unknown>>();

  constructor() {
    super();
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)));
    this._register({ dispose: () => [...this.documents.keys()].forEach((key) => this.forgetKey(key)) });
  }

  get<T>(uri: vscode.Uri, slot: DocumentSlot<T>): T | undefined {
    return this.documents.get(uri.toString())?.get(slot as DocumentSlot<never>) as T | undefined;
  }

  /** Stores `value`; a value already there is replaced without being released (the owner decides). */
  set<T>(uri: vscode.Uri, slot: DocumentSlot<T>, value: T): T {
    const key = uri.toString();
    let slots = this.documents.get(key);
    if (!slots) this.documents.set(key, (slots = new Map<DocumentSlot<never>, unknown>()));
    slots.set(slot as DocumentSlot<never>, value);
    return value;
  }

  /** The slot's value, created by `create` when absent. */
  ensure<T>(uri: vscode.Uri, slot: DocumentSlot<T>, create: () => NoInfer<T>): T {
    return this.get(uri, slot) ?? this.set(uri, slot, create());
  }

  /** Drops and releases one slot of a document (the service stops caring about it, e.g. it was turned off). */
  delete<T>(uri: vscode.Uri, slot: DocumentSlot<T>): void {
    const key = uri.toString();
    const slots = this.documents.get(key);
    if (!slots?.has(slot as DocumentSlot<never>)) return;
    const value = slots.get(slot as DocumentSlot<never>) as T;
    slots.delete(slot as DocumentSlot<never>);
    if (slots.size === 0) this.documents.delete(key);
    slot.release(value);
  }

  /** The slot names a document still holds state in (for tests: a closed document holds none). */
  slotsOf(uri: vscode.Uri): string[] {
    return [...(this.documents.get(uri.toString())?.keys() ?? [])].map((slot) => slot.name);
  }

  forget(uri: vscode.Uri): void {
    this.forgetKey(uri.toString());
  }

  private forgetKey(key: string): void {
    const slots = this.documents.get(key);
    if (!slots) return;
    this.documents.delete(key);
    for (const [slot, value] of slots) {
      try {
        slot.release(value as never);
      } catch {
        // One failing release must not keep the others' state alive.
      }
    }
  }
}
