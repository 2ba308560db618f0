// The language of the tool's own words for this run: `--lang`, else the environment (see text/lang.ts).
import { chooseMessageLanguage, type LanguageSource, type MessageLanguage } from '../text/lang.js';

export function toolLanguage(flag?: string): MessageLanguage {
  return chooseMessageLanguage(flag, process.env).lang;
}

export function toolLanguageChoice(flag?: string): { lang: MessageLanguage; source: LanguageSource } {
  return chooseMessageLanguage(flag, process.env);
}
