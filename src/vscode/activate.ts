import * as vscode from 'vscode';
import { CLAIM_KINDS } from '../core/analysis/model';
import { ActiveTranscript } from './activeTranscript';
import { AnalysisCache } from './analysisCache';
import { EditsInWorker, isEditsChannel } from './editsInWorker';
import type { AnalysisRunner } from './analysisRunner';
import { AuthorName } from './author';
import type { AnnotationRepository } from './annotations/repository';
import { AnnotationSessions } from './annotations/sessions';
import type { TranscriptAnnotatorApi } from './api';
import { AgreementReports } from './agreement/reportDocuments';
import { CompareAnnotatorsCommand } from './commands/agreement';
import { CommandManager } from './commands/commandManager';
import { ConvertScriptCommand } from './commands/convert';
import { AddSourceCommand, NextUncheckedCommand, RemoveSourceCommand, SetStatusCommand, SetVerdictCommand } from './commands/desk';
import { ExportCommand } from './commands/export';
import { MergeConflictedSidecarCommand, ReloadSidecarCommand, ToggleFileCommand } from './commands/file';
import { NextClaimCommand, PreviousClaimCommand, RevealCommand } from './commands/navigation';
import { RelocateOrphanCommand } from './commands/relocate';
import { StatusMenuCommand } from './commands/statusMenu';
import { OpenSampleCommand } from './commands/sample';
import { MergeSpeakerCommand, RemoveAliasCommand, RenameSpeakerCommand } from './commands/speakers';
import { AcceptSuggestionCommand, EditNoteCommand, RemoveTagCommand, TagCommand, UndoLastTaggingCommand } from './commands/tagging';
import { ClearTopicsFilterCommand, FilterTopicsCommand, GroupTopicsCommand } from './commands/topics';
import { ClearQueueFilterCommand, FilterQueueCommand, GroupQueueCommand, OpenQueueItemCommand, RefreshQueueCommand } from './commands/queue';
import { Configuration } from './configuration';
import { DocumentStates } from './documentStates';
import { DocumentTexts } from './documentTexts';
import { DecorationManager } from './decorations';
import { AnnotationCodeActions, AnnotationDiagnostics } from './diagnostics';
import { DocumentTracker } from './documentTracker';
import { EncodingHint } from './encodingHint';
import { TaggingHistory } from './history';
import { TranscriptHoverProvider } from './hover';
import { ClosedTranscriptDiagnostics } from './queue/closedDiagnostics';
import { DeskIndex } from './queue/deskIndex';
import { SchemaDocuments } from './schemaDocuments';
import { ScriptDisplay } from './scriptDisplay';
import type { Services } from './services';
import { TranscriptStatusBar } from './statusBar';
import { TranscriptWordWrap } from './wordWrap';
import { CancelEditCommentCommand, DeleteCommentCommand, DiscussTagCommand, EditCommentCommand, ReplyCommand, SaveCommentCommand, TagThreads } from './threads';
import { shownMessages } from './ui/untrustedUi';
import { Disposable } from './util/dispose';
import { ANNOTATIONS_VIEW, AnnotationsModel, AnnotationsTreeProvider } from './views/annotationsView';
import { createQueueView, QueueModel } from './views/queueView';
import { SPEAKERS_VIEW, SpeakersModel, SpeakersTreeProvider } from './views/speakersView';
import { TOPICS_VIEW, TopicsModel, TopicsTreeProvider } from './views/topicsView';

/** What differs between the desktop (Node) and the web extension host. */
export interface Platform {
  /** Where annotations are stored; the Node host writes sidecars atomically. */
  createRepository(log: vscode.LogOutputChannel): AnnotationRepository;
  /** A name to prefill when asking for the author (the setting is empty); undefined when there is none to offer. */
  suggestAuthorName(scope: vscode.Uri | undefined): Promise<string | undefined>;
  /** Where full analyses run (a worker where the host can start one). */
  createAnalysisRunner(log: vscode.LogOutputChannel): AnalysisRunner;
}

/** Documents the extension may look at: the user's own files, never output panes or diff views. */
const DOCUMENT_SELECTOR: vscode.DocumentSelector = ['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'memfs'].map((scheme) => ({ scheme }));

/** The one wiring both entry points share. */
export function activateShared(context: vscode.ExtensionContext, platform: Platform): TranscriptAnnotatorApi {
  const extension = new TranscriptExtension(context, platform);
  context.subscriptions.push(extension);
  return extension.api;
}

class TranscriptExtension extends Disposable {
  readonly api: TranscriptAnnotatorApi;

  constructor(context: vscode.ExtensionContext, platform: Platform) {
    super();
    const log = this._register(vscode.window.createOutputChannel('Transcript Annotator', { log: true }));
    const configuration = this._register(new Configuration());
    // Registered before the services that keep state in it, so it is disposed after them.
    const states = this._register(new DocumentStates());
    const tracker = this._register(new DocumentTracker(states, configuration, context.workspaceState));
    const texts = new DocumentTexts(states);
    const sessions = this._register(new AnnotationSessions(states, texts, platform.createRepository(log), tracker, log));
    const runner = platform.createAnalysisRunner(log);
    // Before the cache: its change listener runs first, so the cache knows which keystrokes the worker was sent.
    const edits = this._register(new EditsInWorker(states, tracker, configuration, isEditsChannel(runner) ? runner : undefined, log));
    const analysis = this._register(new AnalysisCache(states, texts, tracker, configuration, (uri) => sessions.aliasesFor(uri), log, runner, edits));
    // Alias changes from the sidecar rename speakers, so they re-run the analysis (the cache notices them).
    this._register(sessions.onDidChange((document) => analysis.aliasesMayHaveChanged(document)));
    const active = this._register(new ActiveTranscript(tracker));
    const decorations = this._register(new DecorationManager(states, context.extensionUri, tracker, analysis, sessions, configuration));
    edits.drawWith(decorations);
    const scripts = this._register(new ScriptDisplay(configuration, log));
    const topics = this._register(new TopicsModel(active, analysis, sessions, scripts));
    const speakers = this._register(new SpeakersModel(active, analysis, sessions, scripts));
    const annotations = this._register(new AnnotationsModel(active, sessions, scripts));
    const services: Services = { configuration, tracker, analysis, sessions, active, decorations, history: new TaggingHistory(), author: new AuthorName(configuration, (scope) => platform.suggestAuthorName(scope)), topics, speakers, annotations, scripts };

    const views = this.registerViews(services);
    const threads = this._register(new TagThreads(services));
    this.registerCommands(services, threads, context.extensionUri);
    const diagnostics = this._register(new AnnotationDiagnostics(services));
    this._register(vscode.languages.registerHoverProvider(DOCUMENT_SELECTOR, new TranscriptHoverProvider(services)));
    this._register(vscode.languages.registerCodeActionsProvider(DOCUMENT_SELECTOR, new AnnotationCodeActions(services), AnnotationCodeActions.metadata));
    const queue = this.registerQueue(services, log);
    this._register(new TranscriptStatusBar(services));
    this._register(SchemaDocuments.register(context.extensionUri));
    this._register(new EncodingHint(configuration));
    this._register(new TranscriptWordWrap(tracker, configuration));

    this.api = {
      isEnabled: (uri) => withDocument(uri, (document) => tracker.isEnabled(document)) ?? false,
      state: (uri) => withDocument(uri, (document) => tracker.state(document).kind),
      decorations: (uri) => decorations.snapshot(uri),
      decoratedVersion: (uri, preview) => decorations.analysedVersion(uri, preview),
      shownVersion: (uri) => decorations.shownVersion(uri),
      editsFollowed: (uri) => edits.follows(uri),
      decoratedLines: (editor) => decorations.drawnLines(editor),
      shownAnalysisDecorations: (editor) => decorations.shownAnalysis(editor),
      analysisThread: () => analysis.where,
      topicsTree: () => topics.roots(),
      speakersTree: () => speakers.roots(),
      shownTreeRows: (view) => views[view].shownRootCount,
      annotationsTree: () => annotations.roots(),
      annotations: (uri) => sessions.peek(uri)?.annotations ?? [],
      sidecarProblem: (uri) => sessions.peek(uri)?.problem,
      diagnostics: (uri) => diagnostics.diagnostics(uri),
      queue: () => ({ grouping: queue.grouping, filter: queue.filter, groups: queue.roots().map((node) => ({ key: node.group.key, label: node.label, items: node.group.items })), message: queue.message() }),
      queueSettled: () => queue.index.settled(),
      shownMessages,
      onDidRender: decorations.onDidRender,
      documentState: (uri) => states.slotsOf(uri),
      threads: (uri) => threads.snapshot(uri),
    };
  }

  /** The desk queue over every sidecar of the workspace, and the Problems of closed transcripts. */
  private registerQueue(services: Services, log: vscode.LogOutputChannel): QueueModel {
    const index = this._register(new DeskIndex(services.sessions, services.configuration, log));
    this._register(new ClosedTranscriptDiagnostics(index));
    const model = this._register(new QueueModel(index, services.configuration));
    this._register(createQueueView(model));
    const commands = this._register(new CommandManager());
    commands.register(new GroupQueueCommand(model));
    commands.register(new FilterQueueCommand(model));
    commands.register(new ClearQueueFilterCommand(model));
    commands.register(new RefreshQueueCommand(model));
    commands.register(new OpenQueueItemCommand(services));
    // In the background: the scan reads in short slices and never holds up the editor.
    void index.rescan();
    return model;
  }

  private registerViews(services: Services): { topics: TopicsTreeProvider; speakers: SpeakersTreeProvider } {
    const topics = this._register(new TopicsTreeProvider(services.topics));
    topics.showIn(this._register(vscode.window.createTreeView(TOPICS_VIEW, { treeDataProvider: topics, showCollapseAll: true })));
    const speakers = this._register(new SpeakersTreeProvider(services.speakers));
    speakers.showIn(this._register(vscode.window.createTreeView(SPEAKERS_VIEW, { treeDataProvider: speakers, showCollapseAll: true })));
    const annotationsView = this._register(
      vscode.window.createTreeView(ANNOTATIONS_VIEW, { treeDataProvider: this._register(new AnnotationsTreeProvider(services.annotations)), showCollapseAll: true }),
    );
    const showProblem = (): void => {
      annotationsView.message = services.annotations.problem();
    };
    this._register(services.annotations.onDidChange(showProblem));
    showProblem();
    return { topics, speakers };
  }

  private registerCommands(services: Services, threads: TagThreads, extensionUri: vscode.Uri): void {
    const commands = this._register(new CommandManager());
    for (const kind of CLAIM_KINDS) commands.register(new TagCommand(services, kind));
    commands.register(new AcceptSuggestionCommand(services));
    commands.register(new EditNoteCommand(services));
    commands.register(new RemoveTagCommand(services));
    commands.register(new UndoLastTaggingCommand(services));
    commands.register(new NextClaimCommand(services));
    commands.register(new SetVerdictCommand(services));
    commands.register(new SetStatusCommand(services));
    commands.register(new AddSourceCommand(services));
    commands.register(new RemoveSourceCommand(services));
    commands.register(new NextUncheckedCommand(services));
    commands.register(new PreviousClaimCommand(services));
    commands.register(new RelocateOrphanCommand(services));
    commands.register(new ToggleFileCommand(services));
    commands.register(new StatusMenuCommand(services));
    commands.register(new OpenSampleCommand(extensionUri));
    commands.register(new ReloadSidecarCommand(services));
    commands.register(new MergeConflictedSidecarCommand(services));
    commands.register(new GroupTopicsCommand(services, 'speaker'));
    commands.register(new GroupTopicsCommand(services, 'kind'));
    commands.register(new FilterTopicsCommand(services));
    commands.register(new ClearTopicsFilterCommand(services));
    commands.register(new RenameSpeakerCommand(services));
    commands.register(new MergeSpeakerCommand(services));
    commands.register(new RemoveAliasCommand(services));
    commands.register(new ExportCommand(services));
    commands.register(new ConvertScriptCommand(services));
    commands.register(new CompareAnnotatorsCommand(services, this._register(new AgreementReports())));
    commands.register(new RevealCommand());
    commands.register(new DiscussTagCommand(services, threads));
    commands.register(new ReplyCommand(services, threads));
    commands.register(new EditCommentCommand(threads));
    commands.register(new SaveCommentCommand(services, threads));
    commands.register(new CancelEditCommentCommand(threads));
    commands.register(new DeleteCommentCommand(services, threads));
  }
}

function withDocument<T>(uri: vscode.Uri, use: (document: vscode.TextDocument) => T): T | undefined {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return document ? use(document) : undefined;
}
