/**
 * Parses the coalition agreement (Markdown converted from the PDF) into chapters and pledges.
 *
 * The headings of the document are inconsistent (#, ##, ###, ####, bold, and bold inside a
 * heading), so heading levels say nothing. The rule:
 * - **Chapters** are the entries of the table of contents: the lines `Title<TAB>page` before the
 *   body. A chapter starts at the body heading (any level, bold or not) whose text equals an
 *   entry. Every other heading ("Darauf setzen wir:", "Koalitionsausschuss", "Stadtbezirke", …)
 *   is a sub-heading inside the current chapter.
 * - **Pledges** are the bulleted items inside a chapter: lines starting with `-`, `*`, `•` or an
 *   indented line (a bullet whose glyph the conversion lost); a leading list number ("2. ") is
 *   dropped. A pledge whose text does not end a sentence (. ! ? : " ) …) was cut by a page
 *   break: the next text line (bullet or paragraph) continues it. Plain paragraphs are prose.
 */
export type AgreementPledge = { key: string; position: number; text: string };
export type AgreementChapter = {
  key: string;
  title: string;
  position: number;
  pledges: AgreementPledge[];
};
export type ParsedAgreement = { chapters: AgreementChapter[] };

const TOC_ENTRY = /^(\S.*?)\t+\s*\d+\s*$/;
const HEADING = /^#{1,6}\s+(.*?)\s*#*\s*$/;
const BOLD_LINE = /^\*\*(.+)\*\*\s*$/;
const BULLET = /^(?:[-*•▪]\s+|\s+(?=\S))(.*)$/;
const LIST_NUMBER = /^\d{1,3}[.)]\s+/;
const SENTENCE_END = /[.!?:;"“”)]$/;

const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Markdown escapes (`Bürger\*innen`) and emphasis markers removed, whitespace collapsed. */
function plainText(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function headingText(line: string): string | null {
  const match = HEADING.exec(line) ?? BOLD_LINE.exec(line);
  return match ? plainText(match[1]) : null;
}

/** A stable key of a chapter title: lower case, umlauts transliterated, "und" dropped. */
export function chapterKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/[äöüß]/g, (char) => TRANSLITERATION[char] ?? char)
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && word !== 'und')
    .join('-');
}

function tableOfContents(lines: readonly string[]): string[] {
  const titles: string[] = [];
  for (const line of lines) {
    const match = TOC_ENTRY.exec(line);
    if (match) titles.push(plainText(match[1]));
  }
  return titles;
}

export function parseAgreement(markdown: string): ParsedAgreement {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const toc = tableOfContents(lines);
  if (toc.length === 0) throw new Error('The agreement has no table of contents (Title<TAB>page)');
  const pending = new Set(toc);
  const chapters: AgreementChapter[] = [];
  let chapter: AgreementChapter | null = null;
  let open: AgreementPledge | null = null;

  for (const line of lines) {
    if (line.trim() === '' || TOC_ENTRY.test(line)) continue;
    const heading = headingText(line);
    if (heading !== null) {
      open = null;
      if (pending.delete(heading)) {
        chapter = {
          key: chapterKey(heading),
          title: heading,
          position: chapters.length,
          pledges: [],
        };
        chapters.push(chapter);
      }
      continue;
    }
    if (!chapter) continue;
    const bullet = BULLET.exec(line);
    const text = plainText(bullet ? bullet[1] : line);
    if (open && !SENTENCE_END.test(open.text)) {
      open.text = `${open.text} ${text}`;
      continue;
    }
    if (!bullet) {
      open = null;
      continue;
    }
    const position = chapter.pledges.length;
    open = {
      key: `${chapter.key}-${position + 1}`,
      position,
      text: text.replace(LIST_NUMBER, ''),
    };
    chapter.pledges.push(open);
  }
  return { chapters };
}
