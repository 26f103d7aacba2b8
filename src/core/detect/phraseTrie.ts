import { AsciiWordTable } from './asciiWordTable.js';
import { PHRASE_INDEX } from './statusPhrases.js';

/**
 * The reason phrases as word tries, one read forwards (after a number) and one backwards (before it), so
 * the detector matches a phrase word by word as it reads and gives up at the first word no phrase has,
 * without building word lists or joined keys.
 */
export interface PhraseNode {
  readonly next: Map<string, PhraseNode>;
  /** Codes whose phrase ends here. */
  readonly codes: number[];
  /** 4 or 5 for "Client Error"/"Server Error" (Python requests names the class, not the code); else 0. */
  statusClass: number;
}

function newNode(): PhraseNode {
  return { next: new Map(), codes: [], statusClass: 0 };
}

function buildTrie(backwards: boolean): PhraseNode {
  const root = newNode();
  const insert = (words: string[]): PhraseNode => {
    let node = root;
    for (const word of backwards ? [...words].reverse() : words) {
      let child = node.next.get(word);
      if (!child) {
        child = newNode();
        node.next.set(word, child);
      }
      node = child;
    }
    return node;
  };
  for (const [key, codes] of PHRASE_INDEX) insert(key.split(' ')).codes.push(...codes);
  insert(['server', 'error']).statusClass = 5;
  insert(['client', 'error']).statusClass = 4;
  return root;
}

/** Phrases read first word first. */
export const PHRASES_FORWARDS: PhraseNode = buildTrie(false);
/** Phrases read last word first. */
export const PHRASES_BACKWARDS: PhraseNode = buildTrie(true);

/** Every word of every phrase, so a word of the text is matched to a trie key without cutting it out. */
const PHRASE_WORDS = new AsciiWordTable(
  [...PHRASE_INDEX.keys()].flatMap((key) => key.split(' ')).concat(['server', 'client', 'error']),
  10,
);

/** The child of `node` for the word `text[start, end)` (any ASCII case), or undefined. */
export function childFor(node: PhraseNode, text: string, start: number, end: number): PhraseNode | undefined {
  const word = PHRASE_WORDS.wordOf(text, start, end);
  return word === undefined ? undefined : node.next.get(word);
}

/** True when the phrase ending at `node` names `code` or its class. */
export function phraseNames(node: PhraseNode, code: number): boolean {
  return node.codes.includes(code) || (node.statusClass !== 0 && node.statusClass === Math.floor(code / 100));
}
