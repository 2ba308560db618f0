// Errors read their message in English through the label files once source/catalogue.ts is loaded
// (the CLI loads it when it prints); tests that read `error.message` directly load it here.
import '../../src/source/catalogue.js';
