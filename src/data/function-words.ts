// Chinese function words (Simplified, as jieba's tokens of the shadow text are): particles,
// prepositions, pronouns, conjunctions, auxiliaries. A sentence has them; a keyword list or a term
// does not.
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  ('的 了 着 过 地 得 之 是 在 和 与 及 跟 把 被 对 从 向 给 将 为 于 以 由 而 但 并 或 也 都 就 还 又 才 再 很 更 不 没 没有 ' +
    '我 你 他 她 它 我们 你们 他们 她们 它们 这 那 这些 那些 这个 那个 其 该 此 每 各 因为 所以 如果 虽然 但是 因此 然后 ' +
    '可以 能 会 要 应 应该 需要 已经 已 正在 使 让 所 等 吗 呢 吧 啊 以及 并且 而且 或者 通过 根据 关于').split(' '),
);
