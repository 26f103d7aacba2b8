/**
 * Words people type that the dataset's names spell differently: Korean loanwords beside the native
 * terms the Korean reason phrases use ("게이트웨이 타임아웃" for "게이트웨이 시간 초과"). Applied only
 * after the query as typed found nothing, so an alias that uses the loanword still wins.
 */
const SYNONYMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/타임 ?아웃/g, ' 시간 초과 '],
  [/에러/g, ' 오류 '],
  [/\btime out\b/g, 'timeout'],
];

/** The normalised query with known synonyms replaced, or undefined when nothing changed. */
export function expandSynonyms(text: string): string | undefined {
  let expanded = text;
  for (const [pattern, replacement] of SYNONYMS) expanded = expanded.replace(pattern, replacement);
  expanded = expanded.replace(/\s+/g, ' ').trim();
  return expanded === text ? undefined : expanded;
}
