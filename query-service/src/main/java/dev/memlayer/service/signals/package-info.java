/**
 * Ranking signals, one class each behind {@code Signal}: {@code PathSignal}, {@code MentionSignal},
 * {@code PinnedSignal}. A signal reads only the pinned {@code SnapshotView} it is given and
 * records its evidence where it computes its score; it knows no weights and no other signal.
 */
package dev.memlayer.service.signals;
