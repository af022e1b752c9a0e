import * as vscode from 'vscode';
import { Disposable } from '../util/dispose';

/** One command: its id travels with its code, so the wiring is a list. */
export interface Command {
  readonly id: string;
  execute(...args: unknown[]): unknown;
}

export class CommandManager extends Disposable {
  private readonly ids = new Set<string>();

  register<T extends Command>(command: T): T {
    if (this.ids.has(command.id)) throw new Error(`Command ${command.id} is registered twice`);
    this.ids.add(command.id);
    this._register(vscode.commands.registerCommand(command.id, (...args: unknown[]) => command.execute(...args)));
    return command;
  }
}
