/**
 * Project overviews ({@code POST /v1/explore}). {@code OverviewBuilder} ranks every layer of a
 * snapshot once and keeps the {@code Overview} with the view ({@code ProjectMapBuilder},
 * {@code CodeLayersBuilder}, {@code ProjectFactsBuilder}); per request {@code ExploreService} picks
 * the layers of the {@code QueryType}, {@code LayerSlices} cuts them to the {@code Detail},
 * {@code ExploreAssembler} fits them in the budget with the one {@code TokenEstimator}, and
 * {@code ExploreMarkdown} renders. No SQL here: facts come from {@code read/}.
 */
package dev.memlayer.service.explore;
