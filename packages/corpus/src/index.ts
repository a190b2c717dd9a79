export { tokens, lcsLength, similarity, type Similarity } from './similarity.js';
export { readDraft, parseField, parseLineList, pathKey, type DraftModel, type FoundValue, type Segment } from './draft-model.js';
export { checkInvented, normalizeText, writtenDates, type InventedCheck, type InventedValue } from './invented.js';
