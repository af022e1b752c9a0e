import type { ActiveTranscript } from './activeTranscript';
import type { AnalysisCache } from './analysisCache';
import type { AuthorName } from './author';
import type { AnnotationSessions } from './annotations/sessions';
import type { Configuration } from './configuration';
import type { DecorationManager } from './decorations';
import type { DocumentTracker } from './documentTracker';
import type { TaggingHistory } from './history';
import type { ScriptDisplay } from './scriptDisplay';
import type { AnnotationsModel } from './views/annotationsView';
import type { SpeakersModel } from './views/speakersView';
import type { TopicsModel } from './views/topicsView';

/** What commands, hovers and quick fixes work with; built once in `activate`. */
export interface Services {
  readonly configuration: Configuration;
  readonly tracker: DocumentTracker;
  readonly analysis: AnalysisCache;
  readonly sessions: AnnotationSessions;
  readonly active: ActiveTranscript;
  readonly decorations: DecorationManager;
  readonly history: TaggingHistory;
  /** Who is tagging; asks once when the setting is empty. */
  readonly author: AuthorName;
  readonly topics: TopicsModel;
  readonly speakers: SpeakersModel;
  readonly annotations: AnnotationsModel;
  /** Speaker names and topic titles in the script the user chose to see them in. */
  readonly scripts: ScriptDisplay;
}
