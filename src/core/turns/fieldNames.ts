import { simplified } from './chars';

// Minutes and notes put a colon after a field name (`時間：`, `**決議**:`, `Attendees:`): what follows is a
// value, not speech. These words are a small prior; the document's own evidence (a label over a list, see
// scheme.ts) catches the fields nobody listed. Chinese entries are Simplified (matched on folded text).
const FIELD_NAMES = new Set([
  '时间', '日期', '地点', '地址', '会议时间', '会议地点', '会议日期', '决议', '决定', '结论', '议程', '议题', '备注', '附件',
  '记录', '纪录', '会议记录', '会议纪录', '网址', '链接', '连结', '邮箱', '电邮',
  'date', 'time', 'location', 'venue', 'place', 'agenda', 'decision', 'decisions', 'resolution', 'resolved',
  'attendees', 'participants', 'present', 'absent', 'apologies', 'action item', 'action items', 'minutes', 'note taker', 'notetaker',
  // `QA：` / `Q&A:` over a talk's questions in notes: the section, never a person.
  'qa', 'q&a',
  // A page's contact and link fields (`電子郵件:` over a mailto link, `原文連結：[…](…)`): an address follows, never speech.
  'email', 'e-mail', 'url', 'link', 'website',
]);

/** Who attended: `出席委員`, `列席住戶`, `與會者`, `缺席`; a list of people follows, none of them speaking here. */
const ATTENDANCE_PREFIXES = ['出席', '列席', '缺席', '与会', '参会', '请假'];

/**
 * Chinese compounds name their kind last: `录音信息`, `采访时间`, `会议主题`, `资料来源`, `原文链接`, `电子邮件` are kinds
 * of information, time, topic, source, link and mail, so a field, whatever their first part; `大會決議` is the body's
 * resolution (council minutes under each agenda item), as `決議` alone is.
 */
const FIELD_HEADS = ['信息', '资讯', '时间', '日期', '地点', '主题', '来源', '网址', '链接', '连结', '邮件', '邮箱', '决议'];

/** A label name that is a metadata field of minutes or notes rather than a speaker. */
export function isFieldName(name: string): boolean {
  if (FIELD_NAMES.has(name.toLowerCase())) return true;
  const folded = simplified(name);
  return FIELD_NAMES.has(folded) || ATTENDANCE_PREFIXES.some((prefix) => folded.startsWith(prefix)) || FIELD_HEADS.some((head) => folded.length > head.length && folded.endsWith(head));
}
