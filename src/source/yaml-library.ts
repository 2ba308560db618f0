// The `yaml` library as one module: the build bundles it on its own into dist/lazy/yaml-library.cjs and
// has every import of `yaml` in the command go through a stand-in that requires it on first use
// (scripts/build.mjs), so that a command reading a well-formed file with nothing to report never
// loads it (clean files are read with js-yaml, src/source/fast-parse.ts).
export * from 'yaml';
