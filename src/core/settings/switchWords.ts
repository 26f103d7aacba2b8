import { normalizeWord } from '../time/normalizeWord.js';

/**
 * On/off words of the settings commands, English and Korean (`on`, `켜기`, `off`, `끄기` ...). A Map:
 * a typed word like `constructor` must not find an Object.prototype member.
 */
const SWITCHES: ReadonlyMap<string, boolean> = new Map([
  ['on', true],
  ['enable', true],
  ['켜기', true],
  ['켜', true],
  ['켬', true],
  ['off', false],
  ['disable', false],
  ['끄기', false],
  ['꺼', false],
  ['끔', false],
]);

/** True for an "on" word, false for an "off" word, undefined for anything else. */
export function parseSwitch(word: string): boolean | undefined {
  return SWITCHES.get(normalizeWord(word));
}
