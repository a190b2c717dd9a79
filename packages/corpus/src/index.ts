export { tokens, lcsLength, similarity, type Similarity } from './similarity.js';
export { readDraft, parseField, parseLineList, pathKey, type DraftModel, type FoundValue, type Segment } from './draft-model.js';
export { checkInvented, normalizeText, writtenDates, type InventedCheck, type InventedValue } from './invented.js';
export { draftTasks, type DraftTask, type DraftTasks } from './draft-tasks.js';
export { parseFacts, scoreFacts, sameNames, factsSchema, type Facts, type FactTask, type FactScores, type Ratio } from './facts.js';
