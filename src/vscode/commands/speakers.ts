import * as vscode from 'vscode';
import { ownEntry } from '../../core/text/nameTable';
import type { SpeakerNode } from '../../presentation/speakersTree';
import type { AnnotationSession } from '../annotations/repository';
import type { Services } from '../services';
import type { Command } from './commandManager';
import { ensureWritable } from './targets';
import { pickString } from '../ui/untrustedUi';
import { plainText } from '../../presentation/untrustedText';

async function activeSession(services: Services): Promise<AnnotationSession | undefined> {
  const document = services.active.document;
  const session = document ? await services.sessions.get(document) : undefined;
  return session && ensureWritable(session) ? session : undefined;
}

function speakerName(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  const node = arg as Partial<SpeakerNode> | undefined;
  return node?.type === 'speaker' && typeof node.name === 'string' ? node.name : undefined;
}

/** Points `name`, and every alias that pointed at it, to `canonical`. */
async function mapSpeaker(session: AnnotationSession, name: string, canonical: string): Promise<void> {
  for (const [alias, target] of Object.entries(session.aliases)) {
    if (target === name) await session.setAlias(alias, alias === canonical ? undefined : canonical);
  }
  if (name !== canonical) await session.setAlias(name, canonical);
  if (ownEntry(session.aliases, canonical) !== undefined) await session.setAlias(canonical, undefined);
}

/** Renames a speaker by storing an alias in the sidecar, so the team sees the same name. */
export class RenameSpeakerCommand implements Command {
  readonly id = 'transcriptAnnotator.speakers.rename';

  constructor(private readonly services: Services) {}

  async execute(arg?: unknown, newName?: unknown): Promise<void> {
    const session = await activeSession(this.services);
    const name = speakerName(arg) ?? (await pickSpeaker(this.services.speakers.speakerNames(), vscode.l10n.t('Rename which speaker?')));
    if (!session || !name) return;
    const next =
      typeof newName === 'string'
        ? newName
        : await vscode.window.showInputBox({ title: plainText(vscode.l10n.t('Rename {0}', name)), value: name, validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('Enter a name.')) });
    if (!next || next.trim() === name) return;
    await mapSpeaker(session, name, next.trim());
  }
}

/** Merges a speaker into another (e.g. 老黃 → 黃仁勳). */
export class MergeSpeakerCommand implements Command {
  readonly id = 'transcriptAnnotator.speakers.merge';

  constructor(private readonly services: Services) {}

  async execute(arg?: unknown, into?: unknown): Promise<void> {
    const session = await activeSession(this.services);
    const names = this.services.speakers.speakerNames();
    const name = speakerName(arg) ?? (await pickSpeaker(names, vscode.l10n.t('Merge which speaker?')));
    if (!session || !name) return;
    const canonical = typeof into === 'string' ? into : await pickSpeaker(names.filter((n) => n !== name), vscode.l10n.t('Merge {0} into…', name));
    if (!canonical) return;
    await mapSpeaker(session, name, canonical);
  }
}

export class RemoveAliasCommand implements Command {
  readonly id = 'transcriptAnnotator.speakers.removeAlias';

  constructor(private readonly services: Services) {}

  async execute(arg?: unknown): Promise<void> {
    const session = await activeSession(this.services);
    const name = speakerName(arg);
    if (!session || !name) return;
    const aliases = Object.keys(session.aliases).filter((alias) => session.aliases[alias] === name);
    const alias = aliases.length === 1 ? aliases[0] : await pickSpeaker(aliases, vscode.l10n.t('Stop treating which name as {0}?', name));
    if (alias) await session.setAlias(alias, undefined);
  }
}

async function pickSpeaker(names: readonly string[], title: string): Promise<string | undefined> {
  if (names.length === 0) return undefined;
  return pickString(names, title);
}
