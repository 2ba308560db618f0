// A place as one line of text in the reader's language: its name, then its address.
import { textIn } from '../model/text.js';
import type { Place } from '../model/types.js';

export function placeText(place: Place, lang: string): string {
  const name = textIn(place.name, lang);
  const address = place.address ? textIn(place.address, lang) : '';
  return address && address !== name ? `${name}, ${address}` : name;
}
