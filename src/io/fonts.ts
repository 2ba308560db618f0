// Which of the fonts a document asks for are missing on this machine. A layout names its fonts in
// `<meta name="print-font" content="FAMILY">` elements (with `data-script="han"` for one needed only
// when the text holds Chinese characters); Chromium would otherwise fall back to another font
// silently.
import { execFileSync } from 'node:child_process';

export interface MissingFont {
  family: string;
  /** The Debian package that brings it, when known. */
  debianPackage: string | undefined;
}

const PACKAGES: Record<string, string> = {
  'noto sans': 'fonts-noto-core',
  'noto serif': 'fonts-noto-core',
  'wenquanyi micro hei': 'fonts-wqy-microhei',
  'wenquanyi zen hei': 'fonts-wqy-zenhei',
  'noto sans cjk sc': 'fonts-noto-cjk',
};

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** The font families the documents ask for and need (a Han-only font only when there is Han text). */
export function requestedFonts(documents: readonly string[]): string[] {
  const families: string[] = [];
  for (const html of documents) {
    for (const match of html.matchAll(/<meta name="print-font" content="([^"]+)"( data-script="han")?>/g)) {
      const family = match[1]!;
      if (families.includes(family)) continue;
      if (match[2] && !HAN.test(html.replace(/<[^>]*>/g, ''))) continue;
      families.push(family);
    }
  }
  return families;
}

/** The installed font families (fontconfig), lower-cased; undefined when fontconfig cannot be asked. */
export function installedFamilies(): Set<string> | undefined {
  try {
    const out = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 20_000 });
    const set = new Set<string>();
    for (const line of out.split('\n')) for (const name of line.split(',')) if (name.trim()) set.add(name.trim().toLowerCase());
    return set;
  } catch {
    return undefined;
  }
}

/** The requested families that are not installed. */
export function missingFonts(requested: readonly string[], installed: ReadonlySet<string>): MissingFont[] {
  return requested
    .filter((family) => !installed.has(family.toLowerCase()))
    .map((family) => ({ family, debianPackage: PACKAGES[family.toLowerCase()] }));
}
