// Single English words whose everyday sense (in UI strings especially) is not the ML term:
// "New feature" is 新功能, not 新特征; "Privacy policy" is 隐私政策, not 策略. pair/term-missing does
// not expect the glossary rendering for these words on their own; as part of a longer term
// ("feature map", "policy gradient") they still count.
export const POLYSEMOUS_WORDS = new Set([
  'agent', 'application', 'attention', 'batch', 'environment', 'evaluation', 'feature', 'head',
  'image', 'inference', 'kernel', 'label', 'layer', 'loss', 'memory', 'model', 'policy', 'reward',
  'sample', 'shot', 'state', 'token', 'training', 'weight', 'weights', 'framework', 'architecture',
  'baseline', 'benchmark', 'similarity', 'diversity', 'planning', 'reasoning', 'reflection', 'retrieval',
]);
