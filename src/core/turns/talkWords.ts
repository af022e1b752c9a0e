// What Chinese write-ups call a talk and its text, as regular-expression alternations in both scripts: one vocabulary
// for every reading of speechLeads.ts and writeUpParts.ts (lead-ins, bylines, lead paragraphs, notes, sign-offs), so
// that a new shape of introduction needs no word list of its own.

/** A talk: `演讲`, `讲话`, `发言`, `致辞`, `讲座`, `报告`, `分享`, `讲解`, `演说`. */
export const SPEECH = '演讲|演講|讲话|講話|发言|發言|致辞|致詞|致词|讲座|講座|报告|報告|分享|讲解|講解|演说|演說';
/** A statement (`发表谈话`): a speech only where a full text follows (`全文如下`). */
export const STATEMENT = '谈话|談話';
export const HAS_SPEECH_WORD = new RegExp(SPEECH);
/** What a lead-in calls the text that follows (`实录`, `全文`). */
export const RECORD = '实录|實錄|全文|内容|內容|摘要|节选|節選|要点|要點|整理|精编|精編';
