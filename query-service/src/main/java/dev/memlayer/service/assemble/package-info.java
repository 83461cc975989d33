/**
 * Cutting ranked files to the token budget: {@code BudgetAssembler} (rank order, degrade before
 * dropping, final measured check), {@code RepresentationChooser}, {@code SnippetCutter} and
 * {@code TokenEstimator}, the service's only estimator. Never re-ranks; reads content by hash
 * through {@code read.ContentReader}, never from disk.
 */
package dev.memlayer.service.assemble;
