/**
 * The writing systems the free-text reader cuts words in its own way (`read-tokens.ts`), as tests for one letter: the
 * reader's tables are drawn from its phrases by them (`reader-tables-build.ts`), and its words are cut by them.
 */

/** Japanese, Chinese and Korean script: written without spaces between words, or with particles attached. */
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]/u;

/** Those scripts and Thai, which writes no spaces between words at all ("อยากหางาน", want to look for a job). */
export const RUN_TOGETHER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}ー]/u;

/** Arabic script, whose prepositions and article are written joined to the word ("بالرياض", in Riyadh). */
export const ARABIC = /\p{Script=Arabic}/u;

/** Hebrew script, whose prepositions and article are written joined to the word ("בתל אביב", in Tel Aviv). */
export const HEBREW = /\p{Script=Hebrew}/u;

/** Ge'ez script (Amharic), whose prepositions and endings are written on to the word ("ከጓደኞቼ", from my friends). */
export const ETHIOPIC = /\p{Script=Ethiopic}/u;
