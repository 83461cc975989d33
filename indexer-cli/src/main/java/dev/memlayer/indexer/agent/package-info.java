/**
 * Agent integrations: {@code memlayer agent install claude [--uninstall]} adds (or removes) the
 * Claude Code hooks that call {@code scripts/claude-hook} to Claude Code's {@code settings.json},
 * idempotently and with a backup, leaving every other setting and hook exactly as it was.
 */
package dev.memlayer.indexer.agent;
