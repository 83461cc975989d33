/**
 * Cutting ranked files to the token budget: {@code BudgetAssembler} (rank order, count each piece
 * once, final measured check near the limit), {@code SectionChooser} (whole → snippets → outline
 * → path), {@code SymbolTargets} (what of a file the task points at), {@code Outline},
 * {@code SnippetCutter} (term windows for files without symbols) and {@code TokenEstimator}, the
 * service's only estimator. Never re-ranks; reads content and symbols by hash through
 * {@code read/}, never from disk.
 */
package dev.memlayer.service.assemble;
